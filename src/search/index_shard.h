// Writing one shard of a search index: a Xapian glass database holding some
// of the site's documents (see index_writer.h for how they are spread).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "model/site.h"
#include "search/search_document.h"

namespace mwp {

// The documents a shard receives, as indexes into the site's
// search_document_sources(), and the ids of the documents it must drop first
// (an update of a copied shard).
struct ShardChanges {
  std::vector<size_t> add;
  std::vector<std::string> remove;  // SearchDocument::id
};

// Id and content hash of every document, by index into the sources. Each
// shard fills in the documents it adds (distinct entries: no lock needed).
struct DocumentKeys {
  std::vector<std::string> ids;
  std::vector<uint64_t> hashes;
};

// Documents are made from the site as a shard adds them, so only one per
// shard is held at a time.
struct ShardInput {
  const Site& site;
  const std::vector<SearchDocumentSource>& sources;
  DocumentKeys& keys;
};

// The error message of a shard that stopped at `source` because its
// article's text could not be read again (read_article_text()).
std::string unreadable_text_message(const Site& site, const SearchDocumentSource& source);

// Creates the database `path` (replacing anything there) with the documents
// `changes.add`, then compacts it. Returns an error message, or "" on success.
// An article whose text cannot be read again is reported into `diagnostics`
// and stops the shard.
std::string build_shard(const std::filesystem::path& path, const ShardInput& input,
                        const ShardChanges& changes, Diagnostics& diagnostics);

// Opens the existing database `path`, deletes the documents `changes.remove`
// (absent ones are ignored) and adds `changes.add`; synonyms are kept as they
// are. Compacted only when the changes touch more than 1/16 of its documents:
// below that, updated blocks take new space in the files, which later updates
// reuse. Returns an error message, or "" on success; unreadable text as
// build_shard().
std::string update_shard(const std::filesystem::path& path, const ShardInput& input,
                         const ShardChanges& changes, Diagnostics& diagnostics);

}  // namespace mwp
