// Releasing an article's Markdown once it is checked, and reading it again.
//
// A build parses every article before it renders any. Holding all of their
// Markdown in between is most of a large site's memory, so the pipeline
// releases each article's text once its citations and structure are
// checked, and the renderer and the search index read it again. Readers see
// no difference: they read through ArticleText (model/article_text.h).
#pragma once

#include <optional>
#include <string_view>

#include "diag/diagnostic.h"
#include "model/article_text.h"
#include "model/site.h"

namespace mwp {

// The text of `article`, which must outlive the result. While the article
// holds it, nothing is read. Once released, reads article.source_path
// again; reports file-unreadable (or another read_source_file() code), or
// source-changed when the file no longer holds the text that was parsed,
// at the article's display_path, and returns nullopt.
std::optional<ArticleText> read_article_text(const Article& article, Diagnostics& diagnostics);

// Frees the Markdown of `article`'s sections and FAQ answers and records the
// size and hash of `source_text`, the text parse_article() read it from
// (whose offsets its MarkdownBlocks hold). Pages and category intros keep
// theirs: they are few.
void release_article_text(Article& article, std::string_view source_text);

}  // namespace mwp
