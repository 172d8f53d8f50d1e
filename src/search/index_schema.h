// The layout of an mwp search index, shared by the writer and the searcher:
// term prefixes, value slots, the stemmer, stop words and synonyms.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace mwp::search_schema {

// Version of the layout below; the searcher refuses other versions. Change it
// whenever what a document is indexed as, or the synonyms, change: a build
// reuses the previous index's unchanged documents only when it has this
// format.
inline constexpr int kFormat = 5;
inline constexpr std::string_view kManifestFile = "manifest.json";
// The search page bundle's name inside the index folder (see
// render/search_page.h): the build writes it there, and the server renders
// /search/?q= from it.
inline constexpr std::string_view kSearchPageBundleFile = "search-page.json";

// Field prefixes (Xapian conventions where there is one). Every field is also
// indexed without prefix, with the weight below, so free text finds it.
inline constexpr std::string_view kTitle = "S";
inline constexpr std::string_view kHeading = "XH";
inline constexpr std::string_view kFaqQuestion = "XQ";
inline constexpr std::string_view kFaqAnswer = "XA";
inline constexpr std::string_view kAuthor = "A";
inline constexpr std::string_view kKeyword = "K";
// Boolean filter terms.
inline constexpr std::string_view kUnique = "Q";  // Q + document id
inline constexpr std::string_view kKind = "XK";   // XK + article|page|faq
inline constexpr std::string_view kCategory =
    "XC";  // XC + category path, for it and every ancestor

// Within-document frequency increments: how much one word of a field counts.
inline constexpr Xapian::termcount kTitleWeight = 8;
inline constexpr Xapian::termcount kKeywordWeight = 4;
inline constexpr Xapian::termcount kDescriptionWeight = 3;
inline constexpr Xapian::termcount kHeadingWeight = 3;
inline constexpr Xapian::termcount kFaqQuestionWeight = 3;
inline constexpr Xapian::termcount kAuthorWeight = 2;
inline constexpr Xapian::termcount kCategoryNameWeight = 2;
inline constexpr Xapian::termcount kBodyWeight = 1;
// In an FAQ entry's own document.
inline constexpr Xapian::termcount kAnswerQuestionWeight = 6;
inline constexpr Xapian::termcount kAnswerTextWeight = 2;
inline constexpr Xapian::termcount kAnswerArticleTitleWeight = 2;

// Value slots.
inline constexpr Xapian::valueno kReviewedSlot = 0;  // "YYYY-MM-DD": sorts as text
inline constexpr Xapian::valueno kCategorySlot = 1;  // category path
// Slot 2 held the content hash until format 5; content_hashes.h keeps it.
// Where the document's record is in the shard's records file
// (search/record_store.h): what a hit or an answer shows and the text its
// snippets are cut from. Neither is in Xapian: as document data, Xapian
// compresses it with zlib for every document; as a value, the text went
// through the B-tree and compaction. A record is read only for the ten hits
// of a page or the candidates of an answer.
inline constexpr Xapian::valueno kRecordSlot = 3;

// The English stemmer of the calling thread (a Stem must not be shared
// between threads).
const Xapian::Stem& stemmer();
// English stop words; immutable, safe to share.
const Xapian::Stopper& stopper();

// Groups of words a reader may use for one another ("numb", "numbness",
// "detached"). Every word of a group is a synonym of every other.
const std::vector<std::vector<std::string_view>>& synonym_groups();

// Adds synonym_groups() to `db` in the form QueryParser's FLAG_AUTO_SYNONYMS
// looks up (keys and values as stemmed "Z" terms).
void add_synonyms(Xapian::WritableDatabase& db);

// The term `term` (as QueryParser produced it: "Zstem" or "word") would have
// inside field `prefix`: "Z" + prefix + stem, or prefix + word.
std::string prefixed_term(std::string_view term, std::string_view prefix);

// BM25 with length normalisation softened (titles and FAQ questions are short).
Xapian::BM25Weight ranking_weight();

}  // namespace mwp::search_schema
