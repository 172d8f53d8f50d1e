// The sentences of an APA 7 reference after its date: title, source,
// publisher. A sentence ends at ". ", "? " or "! " outside parentheses and
// brackets, but not after an initial ("W. H. Freeman"), an abbreviation
// ("Vol. 1. Attachment", "U.S. Department", "Ed.") or a number ("No. 7"),
// and not at a "? " or "! " before the title's details ("Title? [Master's
// thesis, ...]").
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace mwp {

struct TextRange {
  size_t begin = 0;
  size_t end = 0;
  bool empty() const { return begin >= end; }
};

// The sentences of text[range], each without its final period (a "?" or
// "!" is kept: it belongs to the title) and trimmed of spaces. When
// `italic_at` is given, a period just after italics ends a sentence even
// after an abbreviation: "*... in the EU*. Publications Office", as does
// one that closes italics: "*... Erickson, M.D.* W. W. Norton"; and a
// period inside italics that go on after it does not: "*MMWR. Morbidity
// and Mortality Weekly Report*".
std::vector<TextRange> apa_sentences(std::string_view text, TextRange range,
                                     const std::function<bool(size_t)>& italic_at = {});

// Whether the word ending at text[at] (the period at `at`) is an initial or
// an abbreviation that a period does not end a sentence after.
bool period_ends_abbreviation(std::string_view text, size_t at);

}  // namespace mwp
