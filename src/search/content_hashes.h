// The content hash of every document of a search index, kept beside its
// shards so that the next build reindexes only what changed:
//
//   <index>/content-hashes.tsv   one "id<TAB>hash" line per document
//
// A hash is 16 hex digits; "-" in its place forgets the id. Updates append
// lines and a later line for an id wins, so an update costs what it changes,
// not the size of the site.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/diagnostic.h"

namespace mwp {

inline constexpr std::string_view kContentHashesFile = "content-hashes.tsv";

// "0123456789abcdef": a hash as the file writes it.
std::string content_hash_text(uint64_t hash);

// The whole file's text for these ids and hashes (same length).
std::string content_hash_lines(const std::vector<std::string>& ids,
                               const std::vector<uint64_t>& hashes);

// Id -> hash after every line of the file at `path`, or nullopt when it is
// missing or a line is malformed.
std::optional<std::map<std::string, std::string>> read_content_hashes(
    const std::filesystem::path& path);

// Appends `entries` (id, hash text or "-") to the file at `path`. False
// after a "search-index-write" diagnostic.
bool append_content_hashes(const std::filesystem::path& path,
                           const std::vector<std::pair<std::string, std::string>>& entries,
                           Diagnostics& diagnostics);

}  // namespace mwp
