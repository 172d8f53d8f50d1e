// ApaReader: legal references, which APA 7 (chapter 11) writes in the legal
// style: a court case, a U.S. statute, a U.K., Canadian or Australian act
// (apa_reader.h).
#include <optional>
#include <string>

#include "cite/apa_fields.h"
#include "cite/apa_reader.h"
#include "cite/apa_source_names.h"
#include "cite/apa_source_words.h"
#include "model/date.h"
#include "text/code_point.h"
#include "text/trim.h"
#include "text/word_set.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

// "(1976)" or "(9th Cir. 1976)" closing `text`: the year, and the court in
// `court`; 0 when none.
int closing_year(std::string_view text, size_t& open, std::string_view& court) {
  if (!text.ends_with(")")) return 0;
  open = text.rfind('(');
  if (open == npos || text.size() - open < 6) return 0;
  const std::string_view year = text.substr(text.size() - 5, 4);
  if (!is_ascii_digits(year)) return 0;
  court = trim(text.substr(open + 1, text.size() - open - 6));
  if (!court.empty() && !court.ends_with('.')) return 0;
  return std::stoi(std::string(year));
}

// "17 Cal. 3d 425", "122 Stat. 3881": volume, reporter or code, first page.
bool read_volume_source_page(std::string_view text, Reference& out) {
  // A code's title and sections: "20 U.S.C. §§ 1681–1688", "42 U.S.C. § 12101".
  if (const size_t section = text.find(" \xC2\xA7"); section != npos) {
    const size_t first = text.find(' ');
    const std::string_view code = trim(text.substr(first + 1, section - first - 1));
    if (first == section || !is_ascii_digits(text.substr(0, first)) ||
        (code != "U.S.C." && code != "C.F.R.")) {
      return false;
    }
    out.volume = std::string(text.substr(0, first));
    out.container_title = std::string(code);
    // "§§ 1681–1688" keeps its section signs; its range is in CSL form.
    const std::string_view sections = trim(text.substr(section + 1));
    const size_t number = sections.find_first_of("0123456789");
    out.page = number == npos
                   ? std::string(sections)
                   : std::string(sections.substr(0, number)) + csl_pages(sections.substr(number));
    return true;
  }
  const size_t first = text.find(' ');
  const size_t last = text.rfind(' ');
  if (first == npos || last <= first) return false;
  const std::string_view volume = text.substr(0, first);
  const std::string_view page = text.substr(last + 1);
  const std::string_view source = trim(text.substr(first + 1, last - first - 1));
  if (!is_ascii_digits(volume) || !is_ascii_digits(page) || source.empty() ||
      source.find('.') == npos) {
    return false;
  }
  out.volume = std::string(volume);
  out.container_title = std::string(source);
  out.page = std::string(page);
  return true;
}

// "R. v. Swain, [1991] 1 S.C.R. 933": a case whose reporter is found by its
// year, in brackets, as Canadian, Australian and English law reports are;
// and England's neutral citation, "R (Daly) v Secretary of State for the
// Home Department [2001] UKHL 26, [2001] 2 AC 532". Its name and year are
// read, and its reporter's volume and page when they are one of them.
bool read_bracketed_year_case(std::string_view text, Reference& out) {
  const size_t open = text.find(" [");
  if (open == npos || text.size() < open + 8 || text[open + 6] != ']' ||
      !is_ascii_digits(text.substr(open + 2, 4))) {
    return false;
  }
  std::string_view title = text.substr(0, open);
  if (title.ends_with(',')) title.remove_suffix(1);
  const std::string_view report = trim(text.substr(open + 7));
  if ((title.find(" v. ") == npos && title.find(" v ") == npos) || report.empty()) return false;
  read_volume_source_page(report, out);
  out.type = ReferenceType::legal_case;
  out.title = std::string(title);
  out.year = std::stoi(std::string(text.substr(open + 2, 4)));
  return true;
}

// "Mental Health Act, R.S.O. 1990, c. M.7": a Canadian statute by its
// revised statutes' series, year and chapter.
bool read_canadian_statute(std::string_view text, Reference& out) {
  const size_t first = text.find(", ");
  const size_t last = text.rfind(", ");
  if (first == npos || last <= first || !text.substr(last + 2).starts_with("c. ")) return false;
  const std::string_view series_year = text.substr(first + 2, last - first - 2);
  const size_t space = series_year.rfind(' ');
  if (space == npos || space + 5 != series_year.size() ||
      !is_ascii_digits(series_year.substr(space + 1))) {
    return false;
  }
  const std::string_view series = series_year.substr(0, space);
  const std::string_view chapter = text.substr(last + 5);
  if (series.size() < 2 || !series.ends_with('.') || series.find(' ') != npos || chapter.empty() ||
      chapter.find(' ') != npos) {
    return false;
  }
  out.type = ReferenceType::legislation;
  out.title = std::string(text.substr(0, first));
  out.container_title = std::string(series);
  out.year = std::stoi(std::string(series_year.substr(space + 1)));
  out.number = std::string(text.substr(last + 2));
  return true;
}

// "Mental Health Act 2014 (Vic)": an Australian act, its jurisdiction after
// its year.
bool read_australian_act(std::string_view text, Reference& out) {
  const size_t open = text.rfind(" (");
  if (open == npos || open < 9 || !text.ends_with(')')) return false;
  const std::string_view jurisdiction = text.substr(open + 2, text.size() - open - 3);
  const bool known =
      is_one_of(jurisdiction, {"Cth", "Vic", "NSW", "Qld", "SA", "WA", "Tas", "NT", "ACT"});
  const std::string_view year = text.substr(open - 4, 4);
  if (!known || !is_ascii_digits(year) || text.substr(0, open - 5).rfind(" Act") != open - 9) {
    return false;
  }
  out.type = ReferenceType::legislation;
  out.title = std::string(text);
  out.year = std::stoi(std::string(year));
  return true;
}

// "Mental Health Act 2001 (No. 25 of 2001)": an Irish act by its name and
// year, and its number of that year, as the Irish Statute Book cites it.
bool read_irish_act(std::string_view text, Reference& out) {
  const size_t open = text.rfind(" (No. ");
  if (open == npos || open < 9 || !text.ends_with(')')) return false;
  const std::string_view title = text.substr(0, open);
  const std::string_view number = text.substr(open + 6, text.size() - open - 7);
  const size_t of = number.find(" of ");
  if (!names_a_law(title) || !is_ascii_digits(title.substr(title.size() - 4)) || of == npos ||
      !is_ascii_digits(number.substr(0, of)) ||
      number.substr(of + 4) != title.substr(title.size() - 4)) {
    return false;
  }
  out.type = ReferenceType::legislation;
  out.title = std::string(title);
  out.number = std::string(number);
  out.year = std::stoi(std::string(title.substr(title.size() - 4)));
  return true;
}

// "Inquiries Act 2013", "Pae Ora (Healthy Futures) Act 2022": an act by its
// name and year alone, as New Zealand cites its acts.
bool read_act_by_name(std::string_view whole, Reference& out) {
  // "Domestic Violence Act 116 of 1998 (South Africa)": a South African act
  // by its number of its year, and its country, all of it the title.
  std::string_view text = whole;
  if (text.ends_with(" (South Africa)")) text.remove_suffix(15);
  const size_t of = text.size() > 8 ? text.rfind(" of ") : npos;
  const std::string_view before = of == npos ? std::string_view{} : text.substr(0, of);
  const size_t number = before.rfind(' ');
  const bool numbered = of != npos && of + 8 == text.size() && number != npos &&
                        before.substr(0, number).ends_with(" Act") &&
                        is_ascii_digits(before.substr(number + 1));
  if ((!names_a_law(text) && !numbered) || text.size() < 9 ||
      !is_ascii_digits(text.substr(text.size() - 4)) || text.find(", ") != npos || text[0] < 'A' ||
      text[0] > 'Z') {
    return false;
  }
  out.type = ReferenceType::legislation;
  out.title = std::string(whole);
  out.year = std::stoi(std::string(text.substr(text.size() - 4)));
  return true;
}

// "Convention on the Rights of Persons with Disabilities, Dec. 13, 2006,
// 2515 U.N.T.S. 3": a treaty, its date and where the treaty series prints it.
bool read_treaty(std::string_view text, Reference& out) {
  const size_t source = text.rfind(", ");
  if (source == npos || !read_volume_source_page(text.substr(source + 2), out)) return false;
  const std::string_view before = text.substr(0, source);
  const size_t year_at = before.rfind(", ");
  const size_t date_at = year_at == npos ? npos : before.rfind(", ", year_at - 1);
  if (date_at == npos) return false;
  const std::optional<Date> date = Date::parse_written(before.substr(date_at + 2));
  if (!date) return false;
  out.type = ReferenceType::legislation;
  out.title = std::string(before.substr(0, date_at));
  out.year = date->year;
  out.month = date->month;
  out.day = std::to_string(date->day);
  return true;
}

}  // namespace

// "Tarasoff v. Regents of the University of California, 17 Cal. 3d 425
// (1976).", "Mental Health Parity and Addiction Equity Act of 2008, Pub. L.
// No. 110-343, 122 Stat. 3881 (2008).", "Mental Health Act 1983, c. 20.",
// "Mental Health Act, R.S.O. 1990, c. M.7.", "Mental Health Act 2014
// (Vic).", "Inquiries Act 2013.", and, with a doubt, "R. v. Swain, [1991] 1
// S.C.R. 933." and a treaty.
// False when the text is none of these, and nothing is read.
bool ApaReader::read_legal(TextRange rest) {
  std::string_view text = trim(view(rest));
  while (text.ends_with('.')) text.remove_suffix(1);
  Reference legal = reference_;
  size_t open = npos;
  std::string_view court;
  if (const int year = closing_year(text, open, court); year > 0) {
    const std::string_view before = trim(text.substr(0, open));
    const size_t comma = before.rfind(", ");
    if (comma == npos || !read_volume_source_page(before.substr(comma + 2), legal)) return false;
    std::string_view title = before.substr(0, comma);
    legal.year = year;
    if (const size_t law = title.find(", Pub. L. No. "); law != npos) {
      legal.type = ReferenceType::legislation;  // a U.S. statute
      legal.number = std::string(title.substr(law + 14));
      title = title.substr(0, law);
      if (!is_ascii_digits(std::string_view(legal.number).substr(0, 2))) return false;
    } else if (legal.container_title == "U.S.C." || legal.container_title == "C.F.R.") {
      legal.type = ReferenceType::legislation;  // a statute or rule by its code's sections
    } else if (title.find(" v. ") != npos) {
      legal.type = ReferenceType::legal_case;
      legal.authority = std::string(court);
    } else {
      return false;
    }
    legal.title = std::string(title);
  } else if (read_canadian_statute(text, legal) || read_australian_act(text, legal) ||
             read_irish_act(text, legal) || read_act_by_name(text, legal)) {
  } else if (read_bracketed_year_case(text, legal)) {
    doubt("the year in brackets of a case, a form mwp does not format");
  } else if (read_treaty(text, legal)) {
    doubt("a treaty, a form mwp does not format");
  } else {
    // A U.K. act: "Mental Health Act 1983, c. 20", "Alcohol (Minimum Pricing)
    // (Scotland) Act 2012, asp 4", and a section of one: "Serious Crime Act
    // 2015, c. 9, s. 76".
    if (const size_t section = text.rfind(", s. "); section != npos) {
      const std::string_view number = text.substr(section + 5);
      if (!number.empty() && is_ascii_digit(number[0]) &&
          number.find_first_not_of("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ()") == npos) {
        legal.page = std::string(text.substr(section + 2));
        text = text.substr(0, section);
      }
    }
    const size_t chapter = text.rfind(", ");
    const std::string_view title = chapter == npos ? text : text.substr(0, chapter);
    if (chapter == npos || act_chapter_prefix(text.substr(chapter + 2)).empty() ||
        title.size() < 9 || !is_ascii_digits(title.substr(title.size() - 4)) ||
        title.substr(0, title.size() - 5).rfind(" Act") != title.size() - 9) {
      return false;
    }
    legal.type = ReferenceType::legislation;
    legal.title = std::string(title);
    legal.year = std::stoi(std::string(title.substr(title.size() - 4)));
    legal.number = std::string(text.substr(chapter + 2));
  }
  reference_ = std::move(legal);
  return true;
}

}  // namespace mwp
