// Headings of an article export that the site's article template does not
// know: a section someone added, or a template heading mistyped.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "importer/line_shapes.h"
#include "model/site.h"

namespace mwp {

// Reports unknown-section at `path`, at the line of each block concerned,
// in `blocks`, text in which the template's own headings were not found:
// for a kicker-and-heading pair (two heading-like blocks before text), and
// for a heading-like block a short edit away from one of the template's
// kickers or headings, which the suggestion names ("did you mean 'The
// mechanism'?"). Returns whether it reported any.
bool report_unknown_sections(const std::vector<TextBlock>& blocks,
                             const ArticleTemplate& article_template, const std::string& path,
                             Diagnostics& diagnostics);

}  // namespace mwp
