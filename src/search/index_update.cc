#include "search/index_update.h"

#include <xapian.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "search/index_document.h"
#include "search/index_schema.h"
#include "search/search_document.h"
#include "write/file_update.h"

namespace mwp {
namespace {

namespace fs = std::filesystem;
namespace schema = search_schema;

std::string hex64(uint64_t value) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
  return buffer;
}

// The index's shards, opened for writing, in manifest order.
std::vector<Xapian::WritableDatabase> open_shards(const fs::path& index_dir,
                                                  const nlohmann::json& manifest) {
  std::vector<Xapian::WritableDatabase> shards;
  for (const nlohmann::json& name : manifest.at("shards")) {
    shards.emplace_back((index_dir / name.get<std::string>()).string(),
                        Xapian::DB_OPEN | Xapian::DB_NO_SYNC);
  }
  return shards;
}

// Replaces the documents of the article at `url` with `docs` in whichever
// shard holds it, and the manifest's hashes with theirs.
void update_article(std::vector<Xapian::WritableDatabase>& shards, Xapian::TermGenerator& terms,
                    const std::vector<SearchDocument>& docs, const std::string& url,
                    nlohmann::json& hashes) {
  const std::string unique(schema::kUnique);
  const std::string faq_prefix = unique + "faq:" + url + "#";
  size_t home = 0;
  while (home < shards.size() && !shards[home].term_exists(unique + "article:" + url)) ++home;
  if (home == shards.size()) home = 0;
  for (Xapian::WritableDatabase& shard : shards) {
    std::vector<std::string> stale;
    for (auto it = shard.allterms_begin(faq_prefix); it != shard.allterms_end(faq_prefix); ++it) {
      stale.push_back(*it);
    }
    for (const std::string& term : stale) {
      shard.delete_document(term);
      hashes.erase(term.substr(unique.size()));
    }
  }
  terms.set_database(shards[home]);
  for (const SearchDocument& doc : docs) {
    const uint64_t hash = doc.content_hash();
    shards[home].replace_document(unique + doc.id, make_index_document(terms, doc, hash));
    hashes[doc.id] = hex64(hash);
  }
}

nlohmann::json read_manifest(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str(), nullptr, false);
}

bool fail(const fs::path& index_dir, const std::string& why, Diagnostics& diagnostics) {
  diagnostics.error(index_dir.string(), 0, 0, "search-index-write",
                    "cannot update the search index: " + why);
  return false;
}

}  // namespace

bool update_search_index(const Site& site, const std::vector<size_t>& articles,
                         const fs::path& index_dir, Diagnostics& diagnostics) {
  const fs::path manifest_path = index_dir / schema::kManifestFile;
  nlohmann::json manifest = read_manifest(manifest_path);
  if (!manifest.is_object() || manifest.value("format", 0) != schema::kFormat ||
      !manifest.contains("shards") || !manifest["shards"].is_array() ||
      !manifest.contains("content_hashes") || !manifest["content_hashes"].is_object()) {
    return fail(index_dir, "no index of the current format: run mwp build", diagnostics);
  }
  try {
    std::vector<Xapian::WritableDatabase> shards = open_shards(index_dir, manifest);
    Xapian::TermGenerator terms;
    terms.set_stemmer(schema::stemmer());
    terms.set_stopper(&schema::stopper());
    terms.set_stopper_strategy(Xapian::TermGenerator::STOP_STEMMED);
    nlohmann::json& hashes = manifest["content_hashes"];
    for (size_t a : articles) {
      const Article& article = site.articles[a];
      update_article(shards, terms, article_search_documents(site, article), article.url, hashes);
    }
    for (Xapian::WritableDatabase& shard : shards) shard.commit();
    manifest["documents"] = hashes.size();
  } catch (const Xapian::Error& e) {
    return fail(index_dir, e.get_description(), diagnostics);
  } catch (const nlohmann::json::exception& e) {
    return fail(index_dir, e.what(), diagnostics);
  }
  return write_file_atomically(
      manifest_path, manifest.dump(1, ' ', false, nlohmann::json::error_handler_t::replace), true,
      diagnostics);
}

}  // namespace mwp
