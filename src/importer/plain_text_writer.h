// Writing an article back out in the plain-text layout `mwp import` reads.
#pragma once

#include <string>
#include <vector>

#include "importer/line_shapes.h"
#include "model/article_text.h"
#include "model/site.h"

namespace mwp {

enum class ListStyle {
  numbered,  // "  1. " as the seeds indent it
  bulleted,  // "- "
  plain,     // the entry alone on its line
};

struct PlainTextStyle {
  TextLayout layout = TextLayout::spaced;  // automatic writes spaced
  ListStyle list = ListStyle::numbered;
};

// Returns text.article() as plain text: the breadcrumb (the category's display
// names joined by spaces, omitted when `breadcrumb` is empty), the title,
// "Last reviewed by <reviewer>." ("the <editorial team>" for the site's
// team), each section's kicker, heading and paragraphs, the FAQ heading with
// each question and its answer paragraphs, the sources heading, its note (the
// article's, else the template's) and one line per entry. Markdown is reduced
// to the text a reader sees. Spaced: blank lines between all of these except
// between source entries; compact: none. Ends with a newline.
std::string write_article_plain_text(const ArticleText& text, const SiteConfig& config,
                                     const std::vector<std::string>& breadcrumb,
                                     const PlainTextStyle& style);

}  // namespace mwp
