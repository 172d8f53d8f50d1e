// Markdown to HTML on md4c's parser (CommonMark plus tables, strikethrough
// and URL autolinks), with citation links and unique heading ids.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "render/anchor_ids.h"

namespace mwp {

// A citation to render as a link to its entry in the page's source list.
struct CitationLink {
  size_t begin = 0;  // byte offsets [begin, end) into the Markdown
  size_t end = 0;
  size_t reference = 0;   // 1-based number N of the reference: href="#ref-N"
  size_t occurrence = 0;  // 1-based occurrence K of that reference: id="cite-N-K"
};

struct MarkdownOptions {
  bool raw_html = false;      // pass raw HTML through; otherwise it is shown as text
  int min_heading_level = 2;  // shallower headings are demoted (the page owns the h1)
  std::vector<CitationLink> citations;
  AnchorIds* ids = nullptr;  // heading ids are claimed here; null: a private set
};

// Returns the HTML of `markdown`. Promises: every piece of text and every
// attribute is escaped; raw HTML appears verbatim only when options.raw_html;
// link targets with a scheme other than http, https, mailto or tel lose their
// href (images: other than http, https); each citation whose range is valid
// (begin < end <= size, on UTF-8 boundaries, not overlapping an earlier one)
// becomes <a class="cite" href="#ref-N" id="cite-N-K">...</a> (a <span> with
// that id when it falls inside another link); every heading gets an id.
std::string markdown_to_html(std::string_view markdown, const MarkdownOptions& options);

}  // namespace mwp
