// Updating a written search index in place, for live preview: the documents
// of a few edited articles are replaced without copying or rebuilding the
// shards.
#pragma once

#include <filesystem>
#include <vector>

#include "diag/diagnostic.h"
#include "model/site.h"

namespace mwp {

// Replaces, in the index at `index_dir`, the documents of the articles
// `articles` (indices into site.articles): each article's own and its FAQ
// entries' (entries that no longer exist are deleted, new ones go to the
// article's shard), and records their new content hashes (content_hashes.h) so
// that the next write_search_index() reuses them. Requires an index that
// write_search_index() wrote for this site, with the same URLs. Readers see
// the change after reopening. Returns false after a "search-index-write"
// diagnostic; the index may then hold some of the changes.
bool update_search_index(const Site& site, const std::vector<size_t>& articles,
                         const std::filesystem::path& index_dir, Diagnostics& diagnostics);

}  // namespace mwp
