// Calendar dates as written in front matter (YYYY-MM-DD).
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace mwp {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  bool empty() const { return year == 0; }
  auto operator<=>(const Date&) const = default;

  // Accepts "YYYY-MM-DD", optionally followed by a time ("T..." or " ...")
  // which is ignored. Returns nullopt unless the date exists in the calendar.
  static std::optional<Date> parse(std::string_view text);

  // A date written out in English, the day first or the month first, a comma
  // after the second word or none: "4 March 2021", "March 4, 2021" (the month
  // as month_number() reads it, so "Mar. 4, 2021" too, and with `any_case` "4
  // march 2021"). Returns nullopt unless it is such a date and exists in the
  // calendar.
  static std::optional<Date> parse_written(std::string_view text, bool any_case = false);

  // Today's date in UTC. When the SOURCE_DATE_EPOCH environment variable holds
  // a count of seconds since 1970 (as in reproducible builds), the date of
  // that moment instead, so that builds and tests can fix "today".
  static Date today();

  std::string iso() const;    // "2025-03-07"
  std::string human() const;  // "7 March 2025"
};

// The month an English month name names, 1 to 12: "March", "Mar" or "Mar."
// gives 3, and "Sept" or "Sept." gives 9; 0 for anything else. Names are
// capitalised, as English writes them ("may" is a word, not a month); with
// `any_case`, "march" and "MARCH" are months too.
int month_number(std::string_view name, bool any_case = false);

// "January" to "December" for 1 to 12; empty for any other number.
std::string_view month_name(int month);

}  // namespace mwp
