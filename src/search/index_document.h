// How a SearchDocument becomes a Xapian document: which terms each field
// gives (see the table in docs/search.md), its filter terms, values and the
// data a hit or an answer shows.
#pragma once

#include <xapian.h>

#include <cstdint>

#include "search/search_document.h"

namespace mwp {

// Builds the Xapian document of `doc` with `terms`, which must have the
// schema's stemmer and stopper set (and a database, for spelling data).
// `content_hash` is doc.content_hash(), kept in a value slot.
Xapian::Document make_index_document(Xapian::TermGenerator& terms, const SearchDocument& doc,
                                     uint64_t content_hash);

}  // namespace mwp
