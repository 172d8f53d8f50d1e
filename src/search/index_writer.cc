#include "search/index_writer.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "search/content_hashes.h"
#include "search/index_schema.h"
#include "search/index_shard.h"
#include "search/search_document.h"
#include "write/output_tree.h"

namespace mwp {
namespace {

namespace fs = std::filesystem;
namespace schema = search_schema;

std::string shard_name(size_t shard) {
  return "shard-" + std::to_string(shard);
}

nlohmann::json manifest(const Site& site, const DocumentKeys& keys, size_t shard_count) {
  nlohmann::json shards = nlohmann::json::array();
  for (size_t i = 0; i < shard_count; ++i) shards.push_back(shard_name(i));
  nlohmann::json categories = nlohmann::json::array();
  for (const Category& category : site.categories) {
    categories.push_back(
        {{"path", category.path},
         {"name", category.name},
         {"url", category.url},
         {"parent", category.parent ? site.categories[*category.parent].path : std::string()}});
  }
  return {{"format", schema::kFormat},
          {"documents", keys.ids.size()},
          {"shards", shards},
          {"categories", categories}};
}

// An explicit count is kept (up to one shard per document); the default is one
// per core, at most 8, and no more than one per 64 documents.
size_t shard_count_for(const IndexOptions& options, size_t documents) {
  if (options.shards != 0) return std::max<size_t>(1, std::min<size_t>(options.shards, documents));
  const size_t cores = std::max(1u, std::thread::hardware_concurrency());
  return std::max<size_t>(1, std::min({size_t{8}, cores, documents / 64}));
}

// Content hash per document id of the index in `index_dir`, when it exists,
// has the current format and exactly `shard_count` shards.
std::optional<std::map<std::string, std::string>> reusable_hashes(const fs::path& index_dir,
                                                                  size_t shard_count) {
  std::ifstream in(index_dir / schema::kManifestFile, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream text;
  text << in.rdbuf();
  const nlohmann::json old = nlohmann::json::parse(text.str(), nullptr, false);
  if (!old.is_object() || old.value("format", 0) != schema::kFormat) return std::nullopt;
  const nlohmann::json& shards = old.value("shards", nlohmann::json());
  if (!shards.is_array() || shards.size() != shard_count) return std::nullopt;
  for (size_t i = 0; i < shard_count; ++i) {
    std::error_code error;
    if (shards[i] != shard_name(i) || !fs::is_directory(index_dir / shard_name(i), error)) {
      return std::nullopt;
    }
  }
  return read_content_hashes(index_dir / kContentHashesFile);
}

// Document i goes to shard i % shard_count: shard k's local docid j is then
// the combined database's docid (j - 1) * shard_count + k + 1, the order of
// a single database, so ties rank alike however many shards there are.
std::vector<ShardChanges> full_build(size_t documents, size_t shard_count) {
  std::vector<ShardChanges> changes(shard_count);
  for (size_t i = 0; i < documents; ++i) changes[i % shard_count].add.push_back(i);
  return changes;
}

// The changes turning the previous index (`old_hashes`) into one of `keys`:
// every shard drops the ids that are gone or changed, and the new and changed
// documents are added where a full build would put them. nullopt when so
// much changed that building afresh is cheaper.
std::optional<std::vector<ShardChanges>> update_of(
    const std::map<std::string, std::string>& old_hashes, const DocumentKeys& keys,
    size_t shard_count) {
  std::vector<ShardChanges> changes(shard_count);
  std::map<std::string, bool> kept;  // old id -> unchanged
  for (const auto& [id, hash] : old_hashes) kept.emplace(id, false);
  size_t work = 0;
  const size_t documents = keys.ids.size();
  for (size_t i = 0; i < documents; ++i) {
    const auto old = kept.find(keys.ids[i]);
    if (old != kept.end() && old_hashes.at(keys.ids[i]) == content_hash_text(keys.hashes[i])) {
      old->second = true;
      continue;
    }
    changes[i % shard_count].add.push_back(i);
    ++work;
  }
  std::vector<std::string> remove;
  for (const auto& [id, unchanged] : kept) {
    if (!unchanged) remove.push_back(id);
  }
  work += remove.size();
  if (work * 2 > documents) return std::nullopt;
  for (ShardChanges& shard : changes) shard.remove = remove;
  return changes;
}

// Runs `write(shard)` for every shard, each in its own thread; returns the
// error messages ("" for success).
template <typename Write>
std::vector<std::string> for_each_shard(size_t shard_count, Write write) {
  std::vector<std::string> errors(shard_count);
  std::vector<std::thread> workers;
  for (size_t shard = 0; shard < shard_count; ++shard) {
    workers.emplace_back([&, shard] { errors[shard] = write(shard); });
  }
  for (std::thread& worker : workers) worker.join();
  return errors;
}

bool all_empty(const std::vector<std::string>& errors) {
  return std::all_of(errors.begin(), errors.end(), [](const std::string& e) { return e.empty(); });
}

// Id and content hash of every document, made on all shards' threads.
// Returns false (with the reasons in `diagnostics`) when an article's text
// cannot be read again.
bool compute_keys(const ShardInput& input, size_t shard_count,
                  std::vector<Diagnostics>& diagnostics) {
  return all_empty(for_each_shard(shard_count, [&](size_t shard) {
    SearchDocumentMaker maker(input.site);
    for (size_t i = shard; i < input.sources.size(); i += shard_count) {
      const std::optional<SearchDocument> doc = maker.make(input.sources[i], diagnostics[shard]);
      if (!doc) return unreadable_text_message(input.site, input.sources[i]);
      input.keys.ids[i] = doc->id;
      input.keys.hashes[i] = doc->content_hash();
    }
    return std::string();
  }));
}

// Updates copies of the previous index's shards in the staging folder.
// Returns false (leaving the staging folder to be overwritten) on any error.
bool update_shards(const fs::path& index_dir, const fs::path& staging, const ShardInput& input,
                   const std::vector<ShardChanges>& changes,
                   std::vector<Diagnostics>& diagnostics) {
  for (size_t shard = 0; shard < changes.size(); ++shard) {
    std::error_code error;
    fs::copy(index_dir / shard_name(shard), staging / shard_name(shard),
             fs::copy_options::recursive | fs::copy_options::overwrite_existing, error);
    if (error) return false;
  }
  return all_empty(for_each_shard(changes.size(), [&](size_t shard) {
    return update_shard(staging / shard_name(shard), input, changes[shard], diagnostics[shard]);
  }));
}

}  // namespace

bool write_search_index(const Site& site, const fs::path& index_dir, Diagnostics& diagnostics) {
  return write_search_index(site, index_dir, IndexOptions{}, diagnostics);
}

bool write_search_index(const Site& site, const fs::path& index_dir, const IndexOptions& options,
                        Diagnostics& diagnostics) {
  const std::vector<SearchDocumentSource> sources = search_document_sources(site);
  DocumentKeys keys{std::vector<std::string>(sources.size()),
                    std::vector<uint64_t>(sources.size())};
  const ShardInput input{site, sources, keys};
  const size_t shard_count = shard_count_for(options, sources.size());
  OutputTree tree(index_dir);
  if (!tree.open(diagnostics)) return false;
  // Per shard: articles whose text could not be read again (reported
  // whatever else fails, since they name the cause).
  std::vector<Diagnostics> text_diagnostics(shard_count);
  const auto report_text = [&] {
    bool failed = false;
    for (Diagnostics& shard : text_diagnostics) {
      failed = failed || shard.has_errors();
      diagnostics.merge(std::move(shard));
      shard = Diagnostics();
    }
    return failed;
  };
  bool updated = false;
  if (auto old_hashes = reusable_hashes(index_dir, shard_count)) {
    if (!compute_keys(input, shard_count, text_diagnostics) && report_text()) return false;
    if (auto changes = update_of(*old_hashes, keys, shard_count)) {
      updated = update_shards(index_dir, tree.staging(), input, *changes, text_diagnostics);
      if (!updated && report_text()) return false;
    }
  }
  if (!updated) {
    const std::vector<ShardChanges> changes = full_build(sources.size(), shard_count);
    const std::vector<std::string> errors = for_each_shard(shard_count, [&](size_t shard) {
      return build_shard(tree.staging() / shard_name(shard), input, changes[shard],
                         text_diagnostics[shard]);
    });
    report_text();
    for (size_t shard = 0; shard < shard_count; ++shard) {
      if (errors[shard].empty()) continue;
      diagnostics.error(
          index_dir.string(), 0, 0, "search-index-write",
          "cannot write search index shard " + std::to_string(shard) + ": " + errors[shard]);
    }
    if (!all_empty(errors)) return false;
  }
  std::string shard_list;  // XAPIANDB: one "auto <shard>" line per shard
  for (size_t shard = 0; shard < shard_count; ++shard) {
    shard_list += "auto " + shard_name(shard) + "\n";
  }
  // XAPIANDB makes the folder itself openable as one database (xapian-delve, quest).
  bool ok = true;
  for (const auto& [name, content] : options.extra_files) ok = tree.write(name, content) && ok;
  ok = ok && tree.write("XAPIANDB", shard_list) &&
       tree.write(schema::kManifestFile,
                  manifest(site, keys, shard_count)
                      .dump(1, ' ', false, nlohmann::json::error_handler_t::replace)) &&
       tree.write(kContentHashesFile, content_hash_lines(keys.ids, keys.hashes));
  return tree.commit(diagnostics) && ok;
}

}  // namespace mwp
