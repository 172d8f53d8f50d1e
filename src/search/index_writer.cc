#include "search/index_writer.h"

#include <xapian.h>

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "search/index_schema.h"
#include "search/search_document.h"
#include "write/output_tree.h"

namespace mwp {
namespace {

namespace schema = search_schema;

std::string hex64(uint64_t value) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
  return buffer;
}

// What a hit or an answer shows, stored with the document.
std::string document_data(const SearchDocument& doc) {
  nlohmann::json data = {{"kind", search_kind_name(doc.kind)},
                         {"title", doc.title},
                         {"url", doc.url},
                         {"category", doc.category_name},
                         {"category_path", doc.category_path},
                         {"category_url", doc.category_url},
                         {"reviewed", doc.reviewed}};
  if (doc.kind == SearchKind::faq) {
    data["answer"] = doc.answer;
    data["article_title"] = doc.article_title;
    data["article_url"] = doc.article_url;
  } else {
    data["description"] = doc.description;
    data["text"] = doc.snippet_source();
  }
  return data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Spelling data comes from every field but the body: the words readers look
// for are in titles, headings, FAQ entries and descriptions, and leaving the
// body out makes indexing about a quarter faster.
void index_field(Xapian::TermGenerator& terms, const std::string& text, Xapian::termcount weight,
                 std::string_view prefix, bool spelling = true) {
  if (text.empty()) return;
  terms.set_flags(spelling ? Xapian::TermGenerator::FLAG_SPELLING : 0);
  terms.index_text(text, weight);
  terms.set_flags(0);
  if (!prefix.empty()) terms.index_text(text, 1, std::string(prefix));
  terms.increase_termpos();
}

void index_article_or_page(Xapian::TermGenerator& terms, const SearchDocument& doc) {
  index_field(terms, doc.title, schema::kTitleWeight, schema::kTitle);
  index_field(terms, doc.description, schema::kDescriptionWeight, "");
  for (const std::string& keyword : doc.keywords) {
    index_field(terms, keyword, schema::kKeywordWeight, schema::kKeyword);
  }
  index_field(terms, doc.category_name, schema::kCategoryNameWeight, "");
  for (const std::string& heading : doc.headings) {
    index_field(terms, heading, schema::kHeadingWeight, schema::kHeading);
  }
  index_field(terms, doc.body, schema::kBodyWeight, "", false);
  for (const std::string& question : doc.faq_questions) {
    index_field(terms, question, schema::kFaqQuestionWeight, schema::kFaqQuestion);
  }
  for (const std::string& answer : doc.faq_answers) {
    index_field(terms, answer, schema::kBodyWeight, schema::kFaqAnswer);
  }
  for (const std::string& author : doc.authors) {
    index_field(terms, author, schema::kAuthorWeight, schema::kAuthor);
  }
}

void index_faq(Xapian::TermGenerator& terms, const SearchDocument& doc) {
  index_field(terms, doc.title, schema::kAnswerQuestionWeight, schema::kFaqQuestion);
  index_field(terms, doc.answer, schema::kAnswerTextWeight, schema::kFaqAnswer);
  index_field(terms, doc.article_title, schema::kAnswerArticleTitleWeight, schema::kTitle);
}

Xapian::Document make_document(Xapian::TermGenerator& terms, const SearchDocument& doc) {
  Xapian::Document xdoc;
  terms.set_document(xdoc);
  if (doc.kind == SearchKind::faq) {
    index_faq(terms, doc);
  } else {
    index_article_or_page(terms, doc);
  }
  xdoc.add_boolean_term(std::string(schema::kUnique) + doc.id);
  xdoc.add_boolean_term(std::string(schema::kKind) + std::string(search_kind_name(doc.kind)));
  for (const std::string& path : doc.category_filters) {
    xdoc.add_boolean_term(std::string(schema::kCategory) + path);
  }
  xdoc.add_value(schema::kReviewedSlot, doc.reviewed);
  xdoc.add_value(schema::kCategorySlot, doc.category_path);
  xdoc.add_value(schema::kHashSlot, hex64(doc.content_hash()));
  xdoc.set_data(document_data(doc));
  return xdoc;
}

// Writes the documents i with i % shard_count == shard into `path`.
// Returns an error message, or "" on success.
std::string write_shard(const std::filesystem::path& path, const std::vector<SearchDocument>& docs,
                        size_t shard, size_t shard_count) {
  try {
    Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE_OR_OVERWRITE |
                                                   Xapian::DB_BACKEND_GLASS | Xapian::DB_NO_SYNC);
    Xapian::TermGenerator terms;
    terms.set_stemmer(schema::stemmer());
    terms.set_stopper(&schema::stopper());
    terms.set_stopper_strategy(Xapian::TermGenerator::STOP_STEMMED);
    terms.set_database(db);
    // The shard is created empty and ids are unique, so add_document() is
    // exact; replace_document() would search the uncommitted changes for the
    // id each time, which profiling showed to be half of the build.
    for (size_t i = shard; i < docs.size(); i += shard_count) {
      db.add_document(make_document(terms, docs[i]));
    }
    schema::add_synonyms(db);
    db.commit();
    db.close();
    return "";
  } catch (const Xapian::Error& e) {
    return e.get_description();
  }
}

nlohmann::json manifest(const Site& site, const std::vector<SearchDocument>& docs,
                        size_t shard_count) {
  nlohmann::json shards = nlohmann::json::array();
  for (size_t i = 0; i < shard_count; ++i) shards.push_back("shard-" + std::to_string(i));
  nlohmann::json categories = nlohmann::json::array();
  for (const Category& category : site.categories) {
    categories.push_back(
        {{"path", category.path},
         {"name", category.name},
         {"url", category.url},
         {"parent", category.parent ? site.categories[*category.parent].path : std::string()}});
  }
  nlohmann::json hashes = nlohmann::json::object();
  for (const SearchDocument& doc : docs) hashes[doc.id] = hex64(doc.content_hash());
  return {{"format", schema::kFormat},
          {"documents", docs.size()},
          {"shards", shards},
          {"categories", categories},
          {"content_hashes", hashes}};
}

// An explicit count is kept (up to one shard per document); the default is one
// per core, at most 8, and no more than one per 64 documents.
size_t shard_count_for(const IndexOptions& options, size_t documents) {
  if (options.shards != 0) return std::max<size_t>(1, std::min<size_t>(options.shards, documents));
  const size_t cores = std::max(1u, std::thread::hardware_concurrency());
  return std::max<size_t>(1, std::min({size_t{8}, cores, documents / 64}));
}

}  // namespace

bool write_search_index(const Site& site, const std::filesystem::path& index_dir,
                        Diagnostics& diagnostics) {
  return write_search_index(site, index_dir, IndexOptions{}, diagnostics);
}

bool write_search_index(const Site& site, const std::filesystem::path& index_dir,
                        const IndexOptions& options, Diagnostics& diagnostics) {
  const std::vector<SearchDocument> docs = collect_search_documents(site);
  const size_t shard_count = shard_count_for(options, docs.size());
  OutputTree tree(index_dir);
  if (!tree.open(diagnostics)) return false;
  std::vector<std::string> errors(shard_count);
  std::vector<std::thread> workers;
  for (size_t shard = 0; shard < shard_count; ++shard) {
    workers.emplace_back([&, shard] {
      errors[shard] = write_shard(tree.staging() / ("shard-" + std::to_string(shard)), docs, shard,
                                  shard_count);
    });
  }
  for (std::thread& worker : workers) worker.join();
  bool ok = true;
  for (size_t shard = 0; shard < shard_count; ++shard) {
    if (errors[shard].empty()) continue;
    diagnostics.error(
        index_dir.string(), 0, 0, "search-index-write",
        "cannot write search index shard " + std::to_string(shard) + ": " + errors[shard]);
    ok = false;
  }
  if (!ok) return false;
  std::string shard_list;  // XAPIANDB: one "auto <shard>" line per shard
  for (size_t shard = 0; shard < shard_count; ++shard) {
    shard_list += "auto shard-" + std::to_string(shard) + "\n";
  }
  // XAPIANDB makes the folder itself openable as one database (xapian-delve, quest).
  for (const auto& [name, content] : options.extra_files) ok = tree.write(name, content) && ok;
  ok = tree.write("XAPIANDB", shard_list) && ok &&
       tree.write(schema::kManifestFile,
                  manifest(site, docs, shard_count)
                      .dump(1, ' ', false, nlohmann::json::error_handler_t::replace));
  return tree.commit(diagnostics) && ok;
}

namespace {

// Replaces the documents of one article in whichever shard holds it.
void update_article(std::vector<Xapian::WritableDatabase>& shards, Xapian::TermGenerator& terms,
                    const std::vector<SearchDocument>& docs, const std::string& url) {
  const std::string unique(schema::kUnique);
  const std::string article_term = unique + "article:" + url;
  size_t home = 0;
  while (home < shards.size() && !shards[home].term_exists(article_term)) ++home;
  if (home == shards.size()) home = 0;
  const std::string faq_prefix = unique + "faq:" + url + "#";
  for (Xapian::WritableDatabase& shard : shards) {
    std::vector<std::string> stale;
    for (auto it = shard.allterms_begin(faq_prefix); it != shard.allterms_end(faq_prefix); ++it) {
      stale.push_back(*it);
    }
    for (const std::string& term : stale) shard.delete_document(term);
  }
  for (const SearchDocument& doc : docs) {
    terms.set_database(shards[home]);
    shards[home].replace_document(unique + doc.id, make_document(terms, doc));
  }
}

}  // namespace

bool update_search_index(const Site& site, const std::vector<size_t>& articles,
                         const std::filesystem::path& index_dir, Diagnostics& diagnostics) {
  try {
    std::vector<Xapian::WritableDatabase> shards;
    std::error_code error;
    for (std::filesystem::directory_iterator it(index_dir, error), end; !error && it != end;
         it.increment(error)) {
      if (it->is_directory() && it->path().filename().string().rfind("shard-", 0) == 0) {
        shards.emplace_back(it->path().string(), Xapian::DB_OPEN | Xapian::DB_NO_SYNC);
      }
    }
    if (shards.empty()) {
      diagnostics.error(index_dir.string(), 0, 0, "search-index-write",
                        "no search index to update: run mwp build");
      return false;
    }
    Xapian::TermGenerator terms;
    terms.set_stemmer(schema::stemmer());
    terms.set_stopper(&schema::stopper());
    terms.set_stopper_strategy(Xapian::TermGenerator::STOP_STEMMED);
    for (size_t a : articles) {
      const Article& article = site.articles[a];
      update_article(shards, terms, article_search_documents(site, article), article.url);
    }
    for (Xapian::WritableDatabase& shard : shards) shard.commit();
    return true;
  } catch (const Xapian::Error& e) {
    diagnostics.error(index_dir.string(), 0, 0, "search-index-write",
                      "cannot update the search index: " + e.get_description());
    return false;
  }
}

}  // namespace mwp
