#include "search/index_reader.h"

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "search/index_schema.h"

namespace mwp {
namespace {

constexpr size_t kMaxIdleHandles = 16;

std::optional<nlohmann::json> read_json(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream text;
  text << in.rdbuf();
  nlohmann::json json = nlohmann::json::parse(text.str(), nullptr, false);
  if (json.is_discarded() || !json.is_object()) return std::nullopt;
  return json;
}

}  // namespace

IndexReader::Handle::~Handle() {
  if (db_) reader_->give_back(std::move(db_));
}

std::unique_ptr<IndexReader> IndexReader::open(const std::filesystem::path& index_dir,
                                               Diagnostics& diagnostics) {
  const std::string where = index_dir.string();
  std::error_code error;
  if (!std::filesystem::is_directory(index_dir, error) ||
      !std::filesystem::exists(index_dir / search_schema::kManifestFile, error)) {
    diagnostics.error(where, 0, 0, "search-index-missing", "search index missing: run mwp build");
    return nullptr;
  }
  const std::optional<nlohmann::json> manifest =
      read_json(index_dir / search_schema::kManifestFile);
  auto unreadable = [&](const std::string& why) {
    diagnostics.error(where, 0, 0, "search-index-unreadable",
                      "search index unreadable (" + why + "): run mwp build");
    return nullptr;
  };
  if (!manifest) return unreadable("manifest.json is not a JSON object");
  if (manifest->value("format", 0) != search_schema::kFormat) {
    return unreadable("format " + manifest->value("format", nlohmann::json()).dump() +
                      ", expected " + std::to_string(search_schema::kFormat));
  }
  std::unique_ptr<IndexReader> reader(new IndexReader);
  reader->dir_ = index_dir;
  try {
    for (const auto& shard : manifest->at("shards"))
      reader->shards_.push_back(shard.get<std::string>());
    std::map<std::string, size_t> by_path;
    for (const auto& entry : manifest->at("categories")) {
      IndexCategory category;
      category.path = entry.at("path").get<std::string>();
      category.name = entry.at("name").get<std::string>();
      category.url = entry.at("url").get<std::string>();
      const std::string parent = entry.value("parent", std::string());
      if (auto found = by_path.find(parent); !parent.empty() && found != by_path.end()) {
        category.parent = found->second;
        category.depth = reader->categories_[found->second].depth + 1;
      }
      by_path[category.path] = reader->categories_.size();
      reader->categories_.push_back(std::move(category));
    }
  } catch (const nlohmann::json::exception& e) {
    return unreadable(e.what());
  }
  if (reader->shards_.empty()) return unreadable("no shards");
  try {
    std::unique_ptr<Xapian::Database> db = reader->open_database();
    reader->document_count_ = db->get_doccount();
    reader->idle_.push_back(std::move(db));
  } catch (const Xapian::Error& e) {
    return unreadable(e.get_description());
  }
  return reader;
}

std::filesystem::path IndexReader::shard_dir(Xapian::docid docid) const {
  return dir_ / shards_[(docid - 1) % shards_.size()];
}

std::unique_ptr<Xapian::Database> IndexReader::open_database() const {
  auto db = std::make_unique<Xapian::Database>();
  for (const std::string& shard : shards_)
    db->add_database(Xapian::Database((dir_ / shard).string()));
  return db;
}

IndexReader::Handle IndexReader::borrow() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      std::unique_ptr<Xapian::Database> db = std::move(idle_.back());
      idle_.pop_back();
      return Handle(*this, std::move(db));
    }
  }
  return Handle(*this, open_database());
}

void IndexReader::give_back(std::unique_ptr<Xapian::Database> db) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (idle_.size() < kMaxIdleHandles) idle_.push_back(std::move(db));
}

std::optional<size_t> IndexReader::find_category(std::string_view path) const {
  for (size_t i = 0; i < categories_.size(); ++i) {
    if (categories_[i].path == path) return i;
  }
  return std::nullopt;
}

}  // namespace mwp
