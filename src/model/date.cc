#include "model/date.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <cstring>

namespace mwp {
namespace {

bool parse_int(std::string_view text, int& value) {
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  return ec == std::errc() && ptr == end;
}

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[static_cast<size_t>(month - 1)];
}

}  // namespace

std::optional<Date> Date::parse(std::string_view text) {
  if (text.size() > 10 && (text[10] == 'T' || text[10] == ' ')) text = text.substr(0, 10);
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  Date d;
  if (!parse_int(text.substr(0, 4), d.year) || !parse_int(text.substr(5, 2), d.month) ||
      !parse_int(text.substr(8, 2), d.day)) {
    return std::nullopt;
  }
  if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1 ||
      d.day > days_in_month(d.year, d.month)) {
    return std::nullopt;
  }
  return d;
}

std::optional<Date> Date::parse_written(std::string_view text, bool any_case) {
  std::array<std::string_view, 3> words;
  size_t count = 0;
  for (size_t at = 0; at <= text.size();) {
    const size_t end = std::min(text.find(' ', at), text.size());
    if (end > at) {
      if (count == words.size()) return std::nullopt;
      words[count++] = text.substr(at, end - at);
    }
    at = end + 1;
  }
  if (count != 3) return std::nullopt;
  if (words[1].ends_with(',')) words[1].remove_suffix(1);
  Date d;
  std::string_view day = words[0];
  d.month = month_number(words[1], any_case);
  if (d.month == 0) {  // "March 4, 2021"
    day = words[1];
    d.month = month_number(words[0], any_case);
  }
  if (d.month == 0 || day.empty() || day.size() > 2 || words[2].size() != 4 ||
      !parse_int(day, d.day) || !parse_int(words[2], d.year) || day[0] == '+' ||
      words[2][0] == '+' || d.year < 1 || d.day < 1 || d.day > days_in_month(d.year, d.month)) {
    return std::nullopt;
  }
  return d;
}

Date Date::today() {
  using namespace std::chrono;
  sys_seconds now = floor<seconds>(system_clock::now());
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr) {
    long long seconds_since_epoch = 0;
    const char* end = epoch + std::strlen(epoch);
    const auto [ptr, ec] = std::from_chars(epoch, end, seconds_since_epoch);
    if (ec == std::errc() && ptr == end && seconds_since_epoch >= 0) {
      now = sys_seconds(seconds(seconds_since_epoch));
    }
  }
  const year_month_day ymd{floor<days>(now)};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

std::string Date::iso() const {
  std::array<char, 16> buf{};
  auto put = [&](char* at, int value, int width) {
    for (int i = width - 1; i >= 0; --i) {
      at[i] = static_cast<char>('0' + value % 10);
      value /= 10;
    }
  };
  put(buf.data(), year, 4);
  buf[4] = '-';
  put(buf.data() + 5, month, 2);
  buf[7] = '-';
  put(buf.data() + 8, day, 2);
  return std::string(buf.data(), 10);
}

std::string Date::human() const {
  if (empty()) return {};
  return std::to_string(day) + " " + std::string(month_name(month)) + " " + std::to_string(year);
}

int month_number(std::string_view name, bool any_case) {
  if (name.ends_with('.')) name.remove_suffix(1);
  if (name.size() < 3 || name.size() > 9) return 0;
  std::string written(name);
  if (any_case) {
    for (size_t at = 0; at < written.size(); ++at) {
      const char c = written[at];
      if (at == 0 && c >= 'a' && c <= 'z') written[at] = static_cast<char>(c - 'a' + 'A');
      if (at > 0 && c >= 'A' && c <= 'Z') written[at] = static_cast<char>(c - 'A' + 'a');
    }
  }
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i] == written || (written.size() == 3 && kMonths[i].starts_with(written)) ||
        (written == "Sept" && i == 8)) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

std::string_view month_name(int month) {
  return month >= 1 && month <= 12 ? kMonths[static_cast<size_t>(month) - 1] : std::string_view();
}

}  // namespace mwp
