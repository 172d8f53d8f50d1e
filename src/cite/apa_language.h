// APA references written in another language's edition of the style: the
// Spanish, Portuguese, German and French words that stand where APA 7 in
// English writes "&", "In", "Retrieved from", "n.d.", "in press", "ed." and
// "Original work published". mwp formats APA 7 in English, so it reads such
// an entry for its authors and year and publishes it as written.
#pragma once

#include <string_view>

namespace mwp {

// The first word or phrase of `entry` that belongs to APA in another
// language ("Recuperado de", ", y ", "(s.f.)", "(6a ed.)", "(Hrsg.)", French
// "Dans", "[Thèse" and the place "Paris : Odile Jacob."), or
// empty when there is none. A title in another language is not such a word:
// APA 7 in English cites works by their own titles. Linear in the size of
// `entry`.
std::string_view other_language_apa_word(std::string_view entry);

// Whether `inside`, the text between a date element's parentheses, is a
// date in another language's APA: "s.f.", "s. f.", "s.d.", "o. J.", "en
// prensa", "no prelo", "im Druck", "sous presse", or a year and a day
// written "2023, 31 de marzo". Sets `year` to the year, or 0 for an undated
// or forthcoming work.
bool other_language_date(std::string_view inside, int& year);

// Whether `word` is one that title case leaves in lower case inside a name,
// in English or in the languages whose journals and publishers psychology
// cites: "of", "and", "the"; "e", "della", "y", "de", "und", "für", "och",
// Irish "na" and "agus".
bool is_title_case_small_word(std::string_view word);

}  // namespace mwp
