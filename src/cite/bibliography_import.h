// Merging imported references into a site's bibliography.json.
#pragma once

#include <cstddef>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "model/reference.h"

namespace mwp {

struct ImportSummary {
  size_t added = 0;
  size_t duplicates = 0;  // already present (same work), not added
  size_t conflicts = 0;   // id already used by a different work, not added
};

// Appends to `items` (the CSL-JSON array of the bibliography, kept as read so
// fields mwp does not model survive) the CSL-JSON of every `imported`
// reference that is new. Requires `existing` to be `items` parsed.
// Promises: an imported work that is already present (same_work()) is a
// bib-duplicate warning at import_path:source_line; an id held by a
// different work is a bib-id-conflict error there; neither is added, the
// others are.
ImportSummary merge_into_bibliography(nlohmann::json& items, std::vector<Reference>& existing,
                                      const std::vector<Reference>& imported,
                                      const std::string& import_path, Diagnostics& diagnostics);

// Reads `bib_file` (BibTeX) and `site_dir`/bibliography.json (absent: empty),
// merges, and writes the bibliography back atomically (a temporary file in
// the same folder renamed over it) unless the inputs have errors or nothing
// was added. Nullopt on I/O failure or when either input has errors, with
// diagnostics (io-error for the file system).
std::optional<ImportSummary> import_bibtex_file(const std::filesystem::path& bib_file,
                                                const std::filesystem::path& site_dir,
                                                Diagnostics& diagnostics);

}  // namespace mwp
