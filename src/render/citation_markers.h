// Citation markers: private-use code points put around each cited span of
// Markdown before md4c parses it, so the HTML writer can turn the span into
// a link. U+E000, the citation's index as digits U+E010..U+E019, the cited
// text, then U+E001. md4c passes them through as ordinary text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "render/markdown.h"

namespace mwp {

enum class MarkerKind { none, open, digit, close };

// What starts at byte `i` of `text`: a marker (3 bytes) or none. For a
// digit, *digit receives its value.
MarkerKind marker_at(std::string_view text, size_t i, unsigned* digit = nullptr);

// Returns `markdown` with a marker pair around each valid citation (begin <=
// end <= size, both on UTF-8 boundaries, not overlapping one that starts
// earlier); the open marker carries the citation's index in `citations`. A
// citation with begin == end (one inside a link's text, which cannot hold
// a second link) gets the pair at one offset: the writer makes it an anchor.
// Marker code points already in the text become U+FFFD (same length).
std::string insert_citation_markers(std::string_view markdown,
                                    const std::vector<CitationLink>& citations);

// `text` without any marker code points.
std::string strip_citation_markers(std::string_view text);

}  // namespace mwp
