// A line-level outline of a Markdown body: its ATX headings, outside code
// fences, with their lines. Shared by the article and page parsers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mwp {

struct OutlineHeading {
  int level = 0;     // 1..6
  std::string text;  // without the #s and closing sequence, trimmed
  int line = 0;      // 1-based line in the source file
  size_t begin = 0;  // byte offset of the heading line in the body
  size_t end = 0;    // byte offset just past the heading line's '\n'
};

// Returns the ATX headings of `body` (whose first line is `first_line` of the
// file) that are not inside fenced code blocks.
std::vector<OutlineHeading> outline_headings(std::string_view body, int first_line);

}  // namespace mwp
