// Writes the Xapian search index of a site (see docs/search.md for the schema
// and ranking).
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "diag/diagnostic.h"
#include "model/site.h"

namespace mwp {

struct IndexOptions {
  // Number of shard databases, each written by its own thread and opened
  // together as one database at query time. 0 = one per core (at most 8).
  unsigned shards = 0;
  // Files written into the index folder beside the shards, by relative name
  // (the search page bundle, see render/search_page.h).
  std::map<std::string, std::string> extra_files = {};
};

// Indexes every non-draft article and page of `site`, and every FAQ entry as
// its own document, into `index_dir` ("public.index"). Writes into a staging
// folder beside `index_dir` and swaps it in only when every shard was written.
// Returns false (index_dir untouched) after adding a "search-index-write"
// diagnostic.
bool write_search_index(const Site& site, const std::filesystem::path& index_dir,
                        Diagnostics& diagnostics);
bool write_search_index(const Site& site, const std::filesystem::path& index_dir,
                        const IndexOptions& options, Diagnostics& diagnostics);

}  // namespace mwp
