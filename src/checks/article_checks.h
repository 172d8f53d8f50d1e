// Structural checks of one article against the site's article template.
#pragma once

#include "diag/diagnostic.h"
#include "model/article_text.h"
#include "model/site.h"

namespace mwp {

// Checks text.article(), whose section and FAQ text it reads through `text`.
// Reports, at the article's path:
//   missing-section    a required template section is absent
//   section-order      a section stands before one the template puts first
//   empty-section      a section has no text
//   missing-faq        the FAQ is required and has no question
//   faq-without-answer a question has no answer text
//   missing-sources    the sources list is required and empty
void check_article_structure(const ArticleText& text, const ArticleTemplate& article_template,
                             Diagnostics& diagnostics);

}  // namespace mwp
