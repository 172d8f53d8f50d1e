// Laws and court cases named in prose, as APA 7 cites them in the text: by
// their name, which for a U.K. act holds its year ("the Equal Pay Act 1970
// made it unlawful").
#pragma once

#include <string_view>
#include <vector>

#include "cite/citation_mention.h"
#include "model/reference.h"

namespace mwp {

// The places in `text` where the title of a law or court case of
// `references` is written whole, as written in the list ("Equal Pay Act
// 1970", "Mental Health Parity Act of 1996"), outside the ranges of `taken`
// (sorted by begin, not overlapping) and not inside a longer word. Each
// mention has `title` set to the law's title and its year, and is strong.
// Titles of fewer than two words are not looked for, nor the titles of more
// than kMaxLaws laws (no article cites so many). Linear in the size of
// `text` for a given list.
std::vector<CitationMention> find_law_names(std::string_view text,
                                            const std::vector<Reference>& references,
                                            const std::vector<CitationMention>& taken);

inline constexpr size_t kMaxLaws = 64;

}  // namespace mwp
