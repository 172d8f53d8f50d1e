#include "search/query_parsing.h"

#include <charconv>

#include "search/index_schema.h"
#include "search/searcher.h"
#include "text/utf8.h"

namespace mwp {
namespace {

Xapian::QueryParser make_parser(const Xapian::Database& db) {
  Xapian::QueryParser parser;
  parser.set_database(db);
  parser.set_stemmer(search_schema::stemmer());
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_stopper(&search_schema::stopper());
  parser.set_default_op(Xapian::Query::OP_OR);
  parser.add_prefix("title", std::string(search_schema::kTitle));
  parser.add_prefix("author", std::string(search_schema::kAuthor));
  parser.add_prefix("question", std::string(search_schema::kFaqQuestion));
  parser.add_prefix("heading", std::string(search_schema::kHeading));
  return parser;
}

unsigned flags_for(QuerySyntax syntax, bool synonyms) {
  unsigned flags = Xapian::QueryParser::FLAG_SPELLING_CORRECTION;
  if (synonyms) flags |= Xapian::QueryParser::FLAG_AUTO_SYNONYMS;
  if (syntax == QuerySyntax::full) {
    flags |= Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
             Xapian::QueryParser::FLAG_LOVEHATE;
  }
  return flags;
}

}  // namespace

std::optional<std::string> query_problem(std::string_view query) {
  if (find_invalid_utf8(query)) return "query is not valid UTF-8";
  if (query.size() > kMaxQueryBytes) {
    return "query is too long: " + std::to_string(query.size()) + " bytes, at most " +
           std::to_string(kMaxQueryBytes);
  }
  return std::nullopt;
}

std::optional<size_t> parse_page(std::string_view page) {
  if (page.empty()) return 1;
  if (page.size() > 7) return std::nullopt;
  size_t value = 0;
  const auto [end, error] = std::from_chars(page.data(), page.data() + page.size(), value);
  if (error != std::errc() || end != page.data() + page.size()) return std::nullopt;
  if (page[0] == '+' || value < 1 || value > 1000000) return std::nullopt;
  return value;
}

std::string normalise_category(std::string_view category) {
  const auto trimmed = [](char c) { return c == '/' || c == ' ' || c == '\t'; };
  while (!category.empty() && trimmed(category.front())) category.remove_prefix(1);
  while (!category.empty() && trimmed(category.back())) category.remove_suffix(1);
  return std::string(category);
}

ParsedQuery parse_reader_query(const Xapian::Database& db, const std::string& text,
                               QuerySyntax syntax, bool synonyms) {
  Xapian::QueryParser parser = make_parser(db);
  ParsedQuery parsed;
  try {
    parsed.query = parser.parse_query(text, flags_for(syntax, synonyms));
  } catch (const Xapian::QueryParserError&) {
    if (syntax == QuerySyntax::plain) return parsed;
    return parse_reader_query(db, text, QuerySyntax::plain, synonyms);
  }
  parsed.correction = parser.get_corrected_query_string();
  return parsed;
}

}  // namespace mwp
