#include "cite/apa_dates.h"

#include "cite/apa_language.h"
#include "model/date.h"
#include "text/code_point.h"
#include "text/word_set.h"

namespace mwp {
namespace {

// A day or range of days: "4", "27-30", "27–30".
std::optional<std::string> day_text(std::string_view text) {
  if (is_ascii_digits(text) && text.size() <= 2) return std::string(text);
  for (std::string_view dash : {"-", "\xE2\x80\x93"}) {
    const size_t at = text.find(dash);
    if (at == std::string_view::npos) continue;
    const std::string_view first = text.substr(0, at);
    const std::string_view last = text.substr(at + dash.size());
    if (is_ascii_digits(first) && is_ascii_digits(last) && first.size() <= 2 && last.size() <= 2) {
      return std::string(first) + "-" + std::string(last);
    }
  }
  return std::nullopt;
}

// A "-a" letter after "n.d." or "in press".
bool dashed_suffix(std::string_view rest, std::string& suffix) {
  if (rest.empty()) return true;
  if (rest.size() == 2 && rest[0] == '-' && rest[1] >= 'a' && rest[1] <= 'z') {
    suffix = std::string(1, rest[1]);
    return true;
  }
  return false;
}

bool starts_with_folded(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    const char c = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] + 32) : text[i];
    if (c != prefix[i]) return false;
  }
  return true;
}

// "Sept 2017", "March 2020": a month before the year.
std::optional<ApaDate> read_month_year(std::string_view inside) {
  const size_t space = inside.find(' ');
  if (space == std::string_view::npos) return std::nullopt;
  const std::string_view year = inside.substr(space + 1);
  const int month = month_number(inside.substr(0, space));
  if (month == 0 || year.size() != 4 || !is_ascii_digits(year)) return std::nullopt;
  ApaDate date;
  date.year = std::stoi(std::string(year));
  date.month = month;
  return date;
}

// Reads what stands between the parentheses of a date element.
std::optional<ApaDate> read_date(std::string_view inside) {
  ApaDate date;
  if (other_language_date(inside, date.year)) {
    date.other_language = true;
    return date;
  }
  // Harvard's "(no date)"; "(n.d)", its last period left out.
  for (std::string_view undated : {"n.d.", "n. d.", "no date", "n.d"}) {
    if (!starts_with_folded(inside, undated)) continue;
    if (!dashed_suffix(inside.substr(undated.size()), date.suffix)) return std::nullopt;
    return date;
  }
  for (std::string_view press : {"in press", "in-press"}) {
    if (!starts_with_folded(inside, press)) continue;
    date.in_press = true;
    if (!dashed_suffix(inside.substr(press.size()), date.suffix)) return std::nullopt;
    return date;
  }
  if (std::optional<ApaDate> month_year = read_month_year(inside)) return month_year;
  if (inside.size() < 4 || !is_ascii_digits(inside.substr(0, 4))) return std::nullopt;
  date.year = std::stoi(std::string(inside.substr(0, 4)));
  std::string_view rest = inside.substr(4);
  if (rest.size() == 5 && rest[0] == '/' && is_ascii_digits(rest.substr(1))) {
    // A reprint: "(1969/1982)", the original year first.
    date.original_year = date.year;
    date.year = std::stoi(std::string(rest.substr(1)));
    return date;
  }
  // A podcast or series still running: "(2019–present)", "(2019-present)";
  // a multivolume work published over years: "(1969–1980)".
  for (std::string_view dash : {"\xE2\x80\x93", "-"}) {
    if (!rest.starts_with(dash)) continue;
    const std::string_view end = rest.substr(dash.size());
    if (end == "present") {
      date.ongoing = true;
      return date;
    }
    if (end.size() == 4 && is_ascii_digits(end) && std::stoi(std::string(end)) > date.year) {
      date.year_end = std::stoi(std::string(end));
      return date;
    }
  }
  if (!rest.empty() && rest[0] >= 'a' && rest[0] <= 'z' && (rest.size() == 1 || rest[1] == ',')) {
    date.suffix = std::string(1, rest[0]);
    rest.remove_prefix(1);
  }
  if (rest.empty()) return date;
  if (!rest.starts_with(", ")) return std::nullopt;
  rest.remove_prefix(2);
  const size_t space = rest.find(' ');
  // Inside the date element a month may be in lower case, as BibTeX's month
  // field writes it: "(2005, august)".
  date.month = month_number(rest.substr(0, space), true);
  if (date.month == 0 && space != std::string_view::npos && day_text(rest.substr(0, space)) &&
      month_number(rest.substr(space + 1)) != 0) {
    // "30 April": the day first, as British writers put it.
    date.month = month_number(rest.substr(space + 1));
    date.day = *day_text(rest.substr(0, space));
    return date;
  }
  if (date.month == 0) {
    // A season ("Spring") or another description: the year is still certain.
    if (is_one_of(rest, {"Spring", "Summer", "Fall", "Autumn", "Winter"})) return date;
    return std::nullopt;
  }
  if (space == std::string_view::npos) return date;
  std::string_view days = rest.substr(space + 1);
  // "30–April 2": a range across months.
  for (std::string_view dash : {"-", "\xE2\x80\x93"}) {
    const size_t at = days.find(dash);
    const size_t space_after = at == std::string_view::npos ? at : days.find(' ', at);
    if (space_after == std::string_view::npos) continue;
    const int end_month =
        month_number(days.substr(at + dash.size(), space_after - at - dash.size()));
    const std::string_view first = days.substr(0, at);
    const std::string_view last = days.substr(space_after + 1);
    if (end_month == 0 || !day_text(first) || !day_text(last)) return std::nullopt;
    date.end_month = end_month;
    date.day = std::string(first) + "-" + std::string(last);
    return date;
  }
  const std::optional<std::string> day = day_text(days);
  if (!day) return std::nullopt;
  date.day = *day;
  return date;
}

}  // namespace

bool names_a_day(std::string_view text) {
  const size_t space = text.find(' ');
  if (space == std::string_view::npos || text.find(' ', space + 1) != std::string_view::npos) {
    return false;
  }
  const std::string_view first = text.substr(0, space);
  const std::string_view second = text.substr(space + 1);
  const auto is_day = [](std::string_view word) {
    return !word.empty() && word.size() <= 2 && is_ascii_digits(word);
  };
  return (is_day(first) && month_number(second) != 0) ||
         (month_number(first) != 0 && is_day(second));
}

std::optional<ApaDate> find_apa_date(std::string_view text) {
  size_t close = 0;  // the first ")" after `open`: it only moves forward
  for (size_t open = text.find('('); open != std::string_view::npos;
       open = text.find('(', open + 1)) {
    // "Pennebaker, J. W.(1997).": the space after the initials' period left out.
    if (open > 0 && text[open - 1] != ' ' && text[open - 1] != '.') continue;
    if (close <= open) close = text.find(')', open);
    if (close == std::string_view::npos) return std::nullopt;
    std::optional<ApaDate> date = read_date(text.substr(open + 1, close - open - 1));
    if (!date) continue;
    size_t end = close + 1;
    // "(1989).." pasted twice; "(1990):" as German writers close the date.
    while (end < text.size() && (text[end] == '.' || (text[end] == ':' && end == close + 1))) ++end;
    // "(1977).Self-efficacy": the space after the date's period left out.
    const bool closed = end > close + 1 && text[end - 1] == '.';
    if (end < text.size() && text[end] != ' ' &&
        !(closed && ((text[end] >= 'A' && text[end] <= 'Z') || text[end] == '*'))) {
      continue;
    }
    date->begin = open;
    date->end = end;
    return date;
  }
  return std::nullopt;
}

namespace {

// "2021-03-04" from its parts, or nullopt when they are not a day, a month
// and a year.
}  // namespace

namespace {

// "11/14/2023" or "14/11/2023": a date in figures, read only when one of its
// first two numbers is over 12, so that its day and month cannot be swapped.
std::optional<std::string> iso_figures_date(std::string_view written) {
  const size_t first = written.find('/');
  const size_t second = first == std::string_view::npos ? first : written.find('/', first + 1);
  if (second == std::string_view::npos || written.size() != second + 5) return std::nullopt;
  const std::string_view a = written.substr(0, first);
  const std::string_view b = written.substr(first + 1, second - first - 1);
  const std::string_view year = written.substr(second + 1);
  if (a.empty() || b.empty() || a.size() > 2 || b.size() > 2 || !is_ascii_digits(a) ||
      !is_ascii_digits(b) || !is_ascii_digits(year)) {
    return std::nullopt;
  }
  const int x = std::stoi(std::string(a));
  const int y = std::stoi(std::string(b));
  if ((x > 12) == (y > 12) || x < 1 || y < 1 || x > 31 || y > 31) return std::nullopt;
  const int month = x > 12 ? y : x;
  const int day = x > 12 ? x : y;
  std::string iso(year);
  iso += (month < 10 ? "-0" : "-") + std::to_string(month);
  iso += (day < 10 ? "-0" : "-") + std::to_string(day);
  return iso;
}

}  // namespace

std::optional<std::string> iso_date(std::string_view written) {
  const std::optional<Date> date = Date::parse_written(written);
  if (!date) return iso_figures_date(written);
  return date->iso();
}

std::string written_date(std::string_view iso) {
  if (iso.size() != 10) return std::string(iso);
  const int month = std::stoi(std::string(iso.substr(5, 2)));
  const int day = std::stoi(std::string(iso.substr(8, 2)));
  return std::string(month_name(month)) + " " + std::to_string(day) + ", " +
         std::string(iso.substr(0, 4));
}

bool holds_month_and_year(std::string_view text) {
  bool month = false;
  bool year = false;
  for (size_t at = 0; at < text.size();) {
    while (at < text.size() && !is_ascii_alnum(text[at])) ++at;
    size_t end = at;
    while (end < text.size() && is_ascii_alnum(text[end])) ++end;
    const std::string_view word = text.substr(at, end - at);
    month = month || (word.size() >= 3 && month_number(word) != 0);
    year = year || (word.size() == 4 && is_ascii_digits(word));
    at = end;
  }
  return month && year;
}

}  // namespace mwp
