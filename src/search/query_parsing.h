// Turning what a reader typed into a Xapian query: validation of the raw
// request parameters, and the query parser both endpoints share.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mwp {

// Returns why `query` cannot be searched ("query is not valid UTF-8", "query
// is too long: ..."), or nullopt when it can.
std::optional<std::string> query_problem(std::string_view query);

// Parses a page parameter: "" -> 1; otherwise decimal digits only, 1..1000000.
std::optional<size_t> parse_page(std::string_view page);

// Strips leading and trailing '/' and whitespace from a category parameter.
std::string normalise_category(std::string_view category);

enum class QuerySyntax {
  full,   // phrases ("..."), AND/OR/NOT, +/-, field prefixes title: author:
  plain,  // words only
};

struct ParsedQuery {
  Xapian::Query query;     // empty when nothing searchable was typed
  std::string correction;  // the whole query with misspelt words corrected, or ""
};

// `text` split at every space, empty pieces kept ("a  b" -> "a", "", "b"),
// so a query and its spelling correction line up word for word.
std::vector<std::string> split_on_spaces(const std::string& text);

// Parses `text` against `db` (for spelling and synonyms). Never throws a
// QueryParserError: syntax the parser rejects is retried as plain words.
ParsedQuery parse_reader_query(const Xapian::Database& db, const std::string& text,
                               QuerySyntax syntax, bool synonyms);

}  // namespace mwp
