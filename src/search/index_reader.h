// An opened search index: its manifest (shards, categories) and a pool of
// Xapian database handles, one per concurrent query.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"

namespace mwp {

struct IndexCategory {
  std::string path;
  std::string name;
  std::string url;
  std::optional<size_t> parent;  // index into IndexReader::categories()
  int depth = 0;
};

class IndexReader {
 public:
  // A database handle borrowed from the pool; returned to it on destruction.
  class Handle {
   public:
    Handle(IndexReader& reader, std::unique_ptr<Xapian::Database> db)
        : reader_(&reader), db_(std::move(db)) {}
    ~Handle();
    Handle(Handle&& other) noexcept = default;
    Handle& operator=(Handle&&) = delete;
    Handle(const Handle&) = delete;
    Xapian::Database& db() { return *db_; }
    // Drops the handle instead of returning it (after a Xapian error).
    void discard() { db_.reset(); }

   private:
    IndexReader* reader_;
    std::unique_ptr<Xapian::Database> db_;
  };

  // Reads the manifest and opens every shard once. On failure returns nullptr
  // after adding "search-index-missing" or "search-index-unreadable".
  static std::unique_ptr<IndexReader> open(const std::filesystem::path& index_dir,
                                           Diagnostics& diagnostics);

  // Thread-safe. Throws Xapian::Error only if the index became unreadable.
  Handle borrow();

  const std::filesystem::path& dir() const { return dir_; }
  const std::vector<IndexCategory>& categories() const { return categories_; }
  // Index into categories() of the category with `path`.
  std::optional<size_t> find_category(std::string_view path) const;
  uint64_t document_count() const { return document_count_; }
  // The folder of the shard holding document `docid` of a borrowed database
  // (shards interleave their documents: see index_writer.cc).
  std::filesystem::path shard_dir(Xapian::docid docid) const;

 private:
  IndexReader() = default;
  std::unique_ptr<Xapian::Database> open_database() const;
  void give_back(std::unique_ptr<Xapian::Database> db);

  std::filesystem::path dir_;
  std::vector<std::string> shards_;
  std::vector<IndexCategory> categories_;
  uint64_t document_count_ = 0;
  std::mutex mutex_;  // guards idle_
  std::vector<std::unique_ptr<Xapian::Database>> idle_;
};

}  // namespace mwp
