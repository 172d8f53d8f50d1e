// Byte offsets to line:column positions, for diagnostics.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace mwp {

struct TextPosition {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, in code points
};

// Indexes the line starts of a text once, then answers position queries in
// O(log lines). The text must outlive the index.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  // Requires offset <= text.size().
  TextPosition position(size_t offset) const;
  size_t line_count() const { return starts_.size(); }

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

}  // namespace mwp
