// How a SearchDocument becomes a Xapian document: which terms each field
// gives (see the table in docs/search.md), its filter terms and values, and
// the record a hit or an answer shows.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "search/record_store.h"
#include "search/search_document.h"

namespace mwp {

// A TermGenerator as the index uses it: every word becomes one "Z" + stem
// term with its position (no unstemmed copy, which would double the work and
// the postings). Stop words are indexed too: the query parser drops them, but
// BM25's document lengths count them, and the evaluation set ranks worse
// without them. Set a database on it for the fields that feed spelling.
Xapian::TermGenerator make_term_generator();

// Builds the Xapian document of `doc` with `terms`, made by
// make_term_generator() (with a database, for spelling data).
// `record_location` (where store_record() put the document's record; ""
// for none) is kept in a value slot. The document holds no data: readers
// take it from the record.
Xapian::Document make_index_document(Xapian::TermGenerator& terms, const SearchDocument& doc,
                                     std::string_view record_location = {});

// Appends `doc`'s record to `records` and returns its location for
// make_index_document(): what a hit or an answer shows (JSON), then, for
// articles and pages, a NUL and the text snippets are cut from
// (SearchDocument::snippet_source()). Throws std::filesystem::filesystem_error.
std::string store_record(RecordWriter& records, const SearchDocument& doc);

// A record as store_record() wrote it.
struct StoredRecord {
  nlohmann::json data;       // an object; empty when the record is unreadable
  std::string snippet_text;  // "" for FAQ entries
};
StoredRecord parse_record(std::string_view record);

// The field terms answer scoring reads for an FAQ entry: its question
// ("XQ"), its answer ("XA") and its article's title ("S"). An FAQ entry's
// index document holds only unprefixed terms, for retrieval; /api/ask makes
// this document for its few candidates from their stored text.
Xapian::Document faq_scoring_document(const std::string& question, const std::string& answer,
                                      const std::string& article_title);

}  // namespace mwp
