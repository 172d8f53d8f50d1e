// How a SearchDocument becomes a Xapian document: which terms each field
// gives (see the table in docs/search.md), its filter terms, values and the
// data a hit or an answer shows.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string_view>

#include "search/search_document.h"
#include "search/snippet_store.h"

namespace mwp {

// A TermGenerator as the index uses it: every word becomes one "Z" + stem
// term with its position (no unstemmed copy, which would double the work and
// the postings). Stop words are indexed too: the query parser drops them, but
// BM25's document lengths count them, and the evaluation set ranks worse
// without them. Set a database on it for the fields that feed spelling.
Xapian::TermGenerator make_term_generator();

// Builds the Xapian document of `doc` with `terms`, made by
// make_term_generator() (with a database, for spelling data).
// `content_hash` is doc.content_hash(), kept in a value slot, as is
// `snippet_location` (where SnippetWriter put doc.snippet_source(); "" for
// none, as for FAQ entries, whose answer is in the document data).
Xapian::Document make_index_document(Xapian::TermGenerator& terms, const SearchDocument& doc,
                                     uint64_t content_hash, std::string_view snippet_location = {});

// Appends `doc`'s snippet text (SearchDocument::snippet_source()) to
// `snippets` and returns its location for make_index_document(); "" for an
// FAQ entry, whose answer is in its document data. Throws
// std::filesystem::filesystem_error.
std::string store_snippet_text(SnippetWriter& snippets, const SearchDocument& doc);

// The field terms answer scoring reads for an FAQ entry: its question
// ("XQ"), its answer ("XA") and its article's title ("S"). An FAQ entry's
// index document holds only unprefixed terms, for retrieval; /api/ask makes
// this document for its few candidates from their stored text.
Xapian::Document faq_scoring_document(const std::string& question, const std::string& answer,
                                      const std::string& article_title);

}  // namespace mwp
