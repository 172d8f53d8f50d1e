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

// Indexes the line starts of a text, and its code points at every
// kBlock-th byte, once; then answers a position query in O(log lines +
// kBlock), however long the line. The text must outlive the index.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  // Requires offset <= text.size().
  TextPosition position(size_t offset) const;
  size_t line_count() const { return starts_.size(); }

 private:
  static constexpr size_t kBlock = 256;

  // The code points of text_ before `offset`.
  size_t code_points_before(size_t offset) const;

  std::string_view text_;
  std::vector<size_t> starts_;
  std::vector<size_t> block_code_points_;  // before each kBlock-th byte
};

}  // namespace mwp
