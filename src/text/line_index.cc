#include "text/line_index.h"

#include <algorithm>

#include "text/utf8.h"

namespace mwp {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1)) {
    starts_.push_back(at + 1);
  }
  block_code_points_.reserve(text.size() / kBlock + 1);
  size_t before = 0;
  for (size_t block = 0; block <= text.size(); block += kBlock) {
    block_code_points_.push_back(before);
    before += count_code_points(text.substr(block, kBlock));
  }
}

size_t LineIndex::code_points_before(size_t offset) const {
  const size_t block = offset / kBlock;
  return block_code_points_[block] +
         count_code_points(text_.substr(block * kBlock, offset - block * kBlock));
}

TextPosition LineIndex::position(size_t offset) const {
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const auto line = static_cast<size_t>(it - starts_.begin());  // >= 1
  const size_t start = starts_[line - 1];
  const size_t col = code_points_before(offset) - code_points_before(start) + 1;
  return {static_cast<int>(line), static_cast<int>(col)};
}

}  // namespace mwp
