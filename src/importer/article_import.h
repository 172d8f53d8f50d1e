// `mwp import`: turning plain-text article exports into site articles.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "importer/line_shapes.h"
#include "model/date.h"
#include "model/site.h"

namespace mwp {

struct ImportOptions {
  // A category path ("men-women/emotions-and-feelings") or breadcrumb, for
  // files whose breadcrumb line is missing or names no category of the site.
  std::string category;
  bool force = false;    // overwrite an existing article file
  bool dry_run = false;  // convert and check, write nothing
  TextLayout layout = TextLayout::automatic;
  Date date;  // the article's `date` and `reviewed` unless its text dates the review
};

// One converted article, in memory.
struct ImportedArticle {
  Article article;            // as written to `markdown`
  std::string relative_path;  // "content/<category path>/<slug>.md", relative to the site
  std::string markdown;
};

// Converts the bytes of one plain-text export (see docs/import.md) into the
// Markdown of an article of `site`. The slug is the slugified `file_stem`
// (else the title's); the description is the first sentence of the first
// paragraph (at most 200 characters); a sources note that says what the
// template's note says is dropped in favour of the template's.
//
// Reports every diagnostic of decode_import_text() and
// parse_plain_text_article(), then unknown-category (a breadcrumb or
// --category that names no category), missing-category (neither given),
// invalid-slug, and import-mismatch (the Markdown does not read back as the
// same article: a bug, reported rather than written). Returns nullopt on
// any error.
std::optional<ImportedArticle> convert_plain_text(std::string bytes,
                                                  const std::string& display_path,
                                                  std::string_view file_stem, const Site& site,
                                                  const ImportOptions& options,
                                                  Diagnostics& diagnostics);

struct ImportResult {
  std::string output;       // site-relative path of the article ("" when conversion failed)
  std::string url;          // its site path
  bool written = false;     // the file was written (never for a dry run)
  bool io_failure = false;  // the input could not be read or the output written
};

// Reads `file`, converts it and writes the article into the site's content
// tree through a temporary file and a rename. Reports, besides convert_plain_text()'s
// diagnostics, file-unreadable, file-too-large (before reading), and
// article-exists when the target exists and !options.force; nothing is
// written for a file with any error.
ImportResult import_plain_text_file(const std::filesystem::path& file,
                                    const std::string& display_path, const Site& site,
                                    const ImportOptions& options, Diagnostics& diagnostics);

// The first sentence of `paragraph`, cut at a word boundary to at most
// `limit` code points with "…" when longer.
std::string first_sentence(std::string_view paragraph, size_t limit = 200);

}  // namespace mwp
