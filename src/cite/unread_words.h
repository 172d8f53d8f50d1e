// Whether a reading of a reference holds every word written: the check that
// catches a reading which drops part of an entry it did not understand.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/reference.h"

namespace mwp {

// The words of `written` (text::words_of) that the reading `reference` does
// not hold, as written, in order. Each occurrence of a word is held once, by
// one of:
// - a word of one of the reference's fields: its creators' names and roles,
//   title, source, numbers, description and link;
// - a word of its APA 7 form (format_apa_text), as often as that writes it:
//   what it writes for the reading's flags and numbers ("Article e0123",
//   "[Unpublished doctoral dissertation]", "(2nd ed.)");
// - a word of `set_aside`: text the reader read and chose to leave out, such
//   as APA 6's place of publication;
// - a word that APA 6 and other styles write around the fields ("Retrieved
//   from", "pp.", "Vol.", "and", "Available at");
// - a number that ends a held number, as a page range's shortened end does
//   ("1124–31" read as 1124-1131).
// Words are compared folded (fold_for_matching). Linear in the sizes of
// `written`, `set_aside` and the fields.
std::vector<std::string> unread_words(std::string_view written, const Reference& reference,
                                      std::string_view set_aside);

}  // namespace mwp
