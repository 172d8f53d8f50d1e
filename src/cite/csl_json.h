// CSL-JSON (as Zotero and citeproc-js read and write it) <-> Reference.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "model/reference.h"

namespace mwp {

// Parses a CSL-JSON array of items. Items of the types mwp models (see
// csl_type_name(); post-weblog is read as webpage, and a motion_picture's
// directors as its authors) become References in file order. Promises: each
// problem is one diagnostic at display_path:line:col of the item (malformed
// JSON: code csl-json-syntax; not an array: csl-json-not-array; item without
// id: csl-missing-id; duplicate id: csl-duplicate-id; unsupported type:
// csl-unsupported-type, a warning, the item is read as a journal article; an
// item with neither title nor author: csl-empty-item). Items with errors are
// left out.
std::vector<Reference> parse_csl_json(std::string_view json, const std::string& display_path,
                                      Diagnostics& diagnostics);

// The CSL-JSON item for `reference` (id, type, author, editor, issued,
// title, container-title, volume, issue, page, edition, version, publisher,
// DOI, URL; the creators' role as its CSL 1.0.2 name variable; empty fields
// omitted). parse_csl_json() of it gives `reference` back, apart from a
// social media handle, a role with no CSL 1.0.2 variable ("Writer &
// Director") or a role for each creator, and a retraction notice, which
// CSL-JSON has no place for.
nlohmann::json to_csl_json(const Reference& reference);

// The CSL type name: "article-journal", "book", "chapter", "report", "webpage",
// "entry-dictionary", "motion_picture", "post", "dataset", "software", ...
std::string_view csl_type_name(ReferenceType type);

}  // namespace mwp
