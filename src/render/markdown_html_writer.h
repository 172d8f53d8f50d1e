// The md4c callbacks that write a Markdown document as HTML, for
// markdown_to_html() (render/markdown.h): blocks (markdown_html_blocks.cc),
// and spans, text and the citation markers in it (markdown_html_spans.cc).
// Internal to src/render/.
#pragma once

#include <md4c.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "render/anchor_ids.h"
#include "render/markdown.h"

namespace mwp {

class MarkdownHtmlWriter {
 public:
  MarkdownHtmlWriter(const MarkdownOptions& options, size_t expected_size)
      : options_(options), ids_(options.ids ? options.ids : &own_ids_) {
    out_.reserve(expected_size);
  }

  std::string take() { return std::move(out_); }

  int enter_block(MD_BLOCKTYPE type, void* detail);
  int leave_block(MD_BLOCKTYPE type, void* detail);
  int enter_span(MD_SPANTYPE type, void* detail);
  int leave_span(MD_SPANTYPE type, void* detail);
  int text(MD_TEXTTYPE type, std::string_view text);

 private:
  // An attribute's text: entities decoded, citation markers taken out.
  static std::string attribute_text(const MD_ATTRIBUTE& attribute);
  void emit_text(std::string_view text, bool raw);
  void emit_plain(std::string_view text, bool raw);
  void finish_marker();
  void end_citation_at_block();
  void open_citation(size_t index);
  void close_citation();

  const MarkdownOptions& options_;
  AnchorIds own_ids_;
  AnchorIds* ids_;
  std::string out_;
  int image_depth_ = 0;               // inside an image: text goes to its alt attribute
  std::vector<bool> skipped_images_;  // per open top-level image: dropped as unsafe
  int link_depth_ = 0;
  int span_depth_ = 0;
  bool in_heading_ = false;
  size_t heading_start_ = 0;
  std::string heading_text_;
  std::optional<size_t> reading_marker_;  // digits read so far of an open marker
  bool cite_open_ = false;
  bool cite_close_pending_ = false;
  int cite_depth_ = 0;
  std::string cite_close_tag_;
};

}  // namespace mwp
