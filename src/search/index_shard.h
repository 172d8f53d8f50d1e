// Writing one shard of a search index: a Xapian glass database holding some
// of the site's documents (see index_writer.h for how they are spread).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "search/search_document.h"

namespace mwp {

// The documents a shard receives, as indexes into `docs`, and the ids of the
// documents it must drop first (an update of a copied shard).
struct ShardChanges {
  std::vector<size_t> add;
  std::vector<std::string> remove;  // SearchDocument::id
};

// Creates the database `path` (replacing anything there) with the documents
// `changes.add` of `docs`, then compacts it. `hashes[i]` is
// docs[i].content_hash(). Returns an error message, or "" on success.
std::string build_shard(const std::filesystem::path& path, const std::vector<SearchDocument>& docs,
                        const std::vector<uint64_t>& hashes, const ShardChanges& changes);

// Opens the existing database `path`, deletes the documents `changes.remove`
// (absent ones are ignored) and adds `changes.add`; synonyms are kept as they
// are. Not compacted: updated blocks take new space in the files, which later
// updates reuse. Returns an error message, or "" on success.
std::string update_shard(const std::filesystem::path& path, const std::vector<SearchDocument>& docs,
                         const std::vector<uint64_t>& hashes, const ShardChanges& changes);

}  // namespace mwp
