#include "search/index_update.h"

#include <xapian.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "search/content_hashes.h"
#include "search/index_document.h"
#include "search/index_schema.h"
#include "search/record_store.h"
#include "search/search_document.h"

namespace mwp {
namespace {

namespace fs = std::filesystem;
namespace schema = search_schema;

// The folders of the index's shards, in manifest order.
std::vector<fs::path> shard_dirs_of(const fs::path& index_dir, const nlohmann::json& manifest) {
  std::vector<fs::path> dirs;
  for (const nlohmann::json& name : manifest.at("shards")) {
    dirs.push_back(index_dir / name.get<std::string>());
  }
  return dirs;
}

// The shards in `dirs`, opened for writing.
std::vector<Xapian::WritableDatabase> open_shards(const std::vector<fs::path>& dirs) {
  std::vector<Xapian::WritableDatabase> shards;
  for (const fs::path& dir : dirs) {
    shards.emplace_back(dir.string(), Xapian::DB_OPEN | Xapian::DB_NO_SYNC);
  }
  return shards;
}

using HashEntries = std::vector<std::pair<std::string, std::string>>;

// Replaces the documents of the article at `url` with `docs` in whichever
// shard holds it. Adds to `forget` every id it deletes or replaces and to
// `hashes` the new documents' content hashes.
void update_article(std::vector<Xapian::WritableDatabase>& shards,
                    const std::vector<fs::path>& shard_dirs, Xapian::TermGenerator& terms,
                    const std::vector<SearchDocument>& docs, const std::string& url,
                    HashEntries& forget, HashEntries& hashes) {
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
      forget.emplace_back(term.substr(unique.size()), "-");
    }
  }
  terms.set_database(shards[home]);
  RecordWriter records(shard_dirs[home]);
  for (const SearchDocument& doc : docs) {
    const uint64_t hash = doc.content_hash();
    const std::string record = store_record(records, doc);
    shards[home].replace_document(unique + doc.id, make_index_document(terms, doc, record));
    forget.emplace_back(doc.id, "-");
    hashes.emplace_back(doc.id, content_hash_text(hash));
  }
  records.flush();  // before the documents naming the records are committed
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
  const nlohmann::json manifest = read_manifest(index_dir / schema::kManifestFile);
  if (!manifest.is_object() || manifest.value("format", 0) != schema::kFormat ||
      !manifest.contains("shards") || !manifest["shards"].is_array()) {
    return fail(index_dir, "no index of the current format: run mwp build", diagnostics);
  }
  HashEntries forget;
  HashEntries hashes;
  try {
    const std::vector<fs::path> dirs = shard_dirs_of(index_dir, manifest);
    std::vector<Xapian::WritableDatabase> shards = open_shards(dirs);
    Xapian::TermGenerator terms = make_term_generator();
    for (size_t a : articles) {
      const auto docs = article_search_documents(site, a, diagnostics);
      if (!docs) return false;
      update_article(shards, dirs, terms, *docs, site.articles[a].url, forget, hashes);
    }
    // Forgotten before the shards change, so that an interrupted update can
    // only make the next build reindex more, never reuse a stale document.
    const fs::path hash_file = index_dir / kContentHashesFile;
    if (!append_content_hashes(hash_file, forget, diagnostics)) return false;
    for (Xapian::WritableDatabase& shard : shards) shard.commit();
    return append_content_hashes(hash_file, hashes, diagnostics);
  } catch (const Xapian::Error& e) {
    return fail(index_dir, e.get_description(), diagnostics);
  } catch (const nlohmann::json::exception& e) {
    return fail(index_dir, e.what(), diagnostics);
  } catch (const fs::filesystem_error& e) {
    return fail(index_dir, e.what(), diagnostics);
  }
}

}  // namespace mwp
