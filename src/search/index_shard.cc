#include "search/index_shard.h"

#include <xapian.h>

#include "search/index_document.h"
#include "search/index_schema.h"
#include "search/record_store.h"

namespace mwp {
namespace {

namespace fs = std::filesystem;
namespace schema = search_schema;

// Text indexed between two commits. Xapian keeps uncommitted postings in
// std::maps whose lookups slow down, and whose memory grows, with every
// document (its own threshold is 10,000 documents); a few megabytes per
// batch keeps them small.
constexpr size_t kBatchTextBytes = size_t{4} << 20;

// Deletions between two commits: Xapian holds each one's postings in memory.
constexpr size_t kBatchRemovals = 1000;

// An update touching more than 1/kCompactShare of a shard's documents
// compacts it; smaller ones leave their new blocks where they are.
constexpr size_t kCompactShare = 16;

size_t text_bytes(const SearchDocument& doc) {
  size_t bytes = doc.title.size() + doc.description.size() + doc.body.size() + doc.answer.size();
  for (const std::string& answer : doc.faq_answers) bytes += answer.size();
  return bytes;
}

// Returns an error message, or "" on success.
std::string add_documents(Xapian::WritableDatabase& db, const fs::path& path,
                          const ShardInput& input, const std::vector<size_t>& add,
                          Diagnostics& diagnostics) {
  Xapian::TermGenerator terms = make_term_generator();
  terms.set_database(db);
  RecordWriter records(path);
  SearchDocumentMaker maker(input.site);
  size_t batch = 0;
  for (size_t i : add) {
    const std::optional<SearchDocument> made = maker.make(input.sources[i], diagnostics);
    if (!made) return unreadable_text_message(input.site, input.sources[i]);
    const SearchDocument& doc = *made;
    input.keys.ids[i] = doc.id;
    input.keys.hashes[i] = doc.content_hash();
    const std::string record = store_record(records, doc);
    db.add_document(make_index_document(terms, doc, record));
    batch += text_bytes(doc);
    if (batch >= kBatchTextBytes) {
      records.flush();
      db.commit();
      batch = 0;
    }
  }
  records.flush();  // here, not in the destructor, which cannot report a failed write
  return "";
}

// Rewrites `path` as a compact database: batched commits leave B-tree
// blocks half full, compaction packs them.
void compact(const fs::path& path) {
  const fs::path packed = path.string() + ".compact";
  fs::remove_all(packed);
  Xapian::Database(path.string()).compact(packed.string(), Xapian::DBCOMPACT_MULTIPASS);
  if (fs::exists(path / kRecordFile)) fs::rename(path / kRecordFile, packed / kRecordFile);
  fs::remove_all(path);
  fs::rename(packed, path);
}

}  // namespace

std::string unreadable_text_message(const Site& site, const SearchDocumentSource& source) {
  return "the text of " + site.articles[source.index].display_path + " cannot be read again";
}

std::string build_shard(const fs::path& path, const ShardInput& input, const ShardChanges& changes,
                        Diagnostics& diagnostics) {
  try {
    fs::remove_all(path);  // what a failed update may have left
    Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE_OR_OVERWRITE |
                                                   Xapian::DB_BACKEND_GLASS | Xapian::DB_NO_SYNC);
    // The shard is created empty and ids are unique, so add_document() is
    // exact; replace_document() would search the uncommitted changes for the
    // id each time, which profiling showed to be half of the build.
    if (std::string error = add_documents(db, path, input, changes.add, diagnostics);
        !error.empty()) {
      return error;
    }
    schema::add_synonyms(db);
    db.commit();
    db.close();
    compact(path);
    return "";
  } catch (const Xapian::Error& e) {
    return e.get_description();
  } catch (const fs::filesystem_error& e) {
    return e.what();
  }
}

std::string update_shard(const fs::path& path, const ShardInput& input, const ShardChanges& changes,
                         Diagnostics& diagnostics) {
  if (changes.add.empty() && changes.remove.empty()) return "";
  try {
    Xapian::WritableDatabase db(path.string(), Xapian::DB_OPEN | Xapian::DB_NO_SYNC);
    const Xapian::doccount before = db.get_doccount();
    size_t batch = 0;
    for (const std::string& id : changes.remove) {
      db.delete_document(std::string(schema::kUnique) + id);
      if (++batch % kBatchRemovals == 0) db.commit();
    }
    if (std::string error = add_documents(db, path, input, changes.add, diagnostics);
        !error.empty()) {
      return error;
    }
    db.commit();
    db.close();
    if ((changes.add.size() + changes.remove.size()) * kCompactShare > before) compact(path);
    return "";
  } catch (const Xapian::Error& e) {
    return e.get_description();
  } catch (const fs::filesystem_error& e) {
    return e.what();
  }
}

}  // namespace mwp
