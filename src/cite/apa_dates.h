// The dates of APA 7 references: the date element after the authors
// ("(2003a).", "(2019, March 4).", "(2018, September 27–30).", "(n.d.).",
// "(in press)."), retrieval dates and month names.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mwp {

struct ApaDate {
  int year = 0;  // 0 for n.d. and in press
  bool in_press = false;
  std::string suffix;  // "a"
  int month = 0;
  std::string day;              // "4", "27-30"
  int end_month = 0;            // 4 of "March 30–April 2" (day "30-2")
  int original_year = 0;        // 1969 of a reprint's "(1969/1982)"
  bool ongoing = false;         // a series still running: "(2019–present)"
  int year_end = 0;             // 1980 of a multivolume work's "(1969–1980)"
  bool other_language = false;  // "(s.f.)", "(2023, 31 de marzo)": APA in another language
  size_t begin = 0;             // the element in the text: "(" ... ")" and its period
  size_t end = 0;
};

// The first date element of `text`: a parenthesised date at the start or
// after a space or a period ("J. W.(1997)."), followed by a period, a space
// or the end. Nullopt when there
// is none. Besides APA 7's forms it reads the ones editors type: "(N.D.)",
// "(in-press)", a reprint's "(1969/1982)", a running series' "(2019–present)", a multivolume work's
// "(1969–1980)", "(Sept 2017)" and
// "(2023, 30 April)".
std::optional<ApaDate> find_apa_date(std::string_view text);

// Whether `text` is a day and a month and nothing else: "23 Apr", "April 23".
bool names_a_day(std::string_view text);

// "March 4, 2021" or "4 March 2021" -> "2021-03-04", and a date in figures
// whose day is over 12, "11/14/2023" or "14/11/2023" -> "2023-11-14";
// nullopt when it is not such a date (Date::parse_written()).
std::optional<std::string> iso_date(std::string_view written);

// "2021-03-04" -> "March 4, 2021".
std::string written_date(std::string_view iso);

// Whether `text` holds a month's name and a year: "(August 2017, amended
// July 2023)", a note of a document's versions.
bool holds_month_and_year(std::string_view text);

}  // namespace mwp
