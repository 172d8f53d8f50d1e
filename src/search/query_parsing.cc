#include "search/query_parsing.h"

#include <xapian/unicode.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <vector>

#include "search/index_schema.h"
#include "search/searcher.h"
#include "text/utf8.h"

namespace mwp {
namespace {

Xapian::QueryParser make_parser(const Xapian::Database& db) {
  Xapian::QueryParser parser;
  parser.set_database(db);
  parser.set_stemmer(search_schema::stemmer());
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
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

// Whether `word` (as typed, maybe with punctuation around it) is a known
// word of the index by its stem: Xapian proposes a spelling for every word
// whose unstemmed form is not a term, so "ask" in a site that only says
// "asking" and "asks" would become "as".
bool known_by_stem(const Xapian::Database& db, const std::string& word) {
  const auto is_word_char = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
  size_t begin = 0;
  size_t end = word.size();
  while (begin < end && !is_word_char(static_cast<unsigned char>(word[begin]))) ++begin;
  while (end > begin && !is_word_char(static_cast<unsigned char>(word[end - 1]))) --end;
  if (begin == end) return false;
  const std::string stem =
      search_schema::stemmer()(Xapian::Unicode::tolower(word.substr(begin, end - begin)));
  return !stem.empty() && db.term_exists("Z" + stem);
}

// `corrected` with every word the index knows by its stem put back as typed;
// "" when no correction is left.
std::string keep_known_words(const Xapian::Database& db, const std::string& typed,
                             const std::string& corrected) {
  if (corrected.empty()) return corrected;
  const std::vector<std::string> original = split_on_spaces(typed);
  std::vector<std::string> fixed = split_on_spaces(corrected);
  if (original.size() != fixed.size()) return corrected;
  bool changed = false;
  std::string out;
  for (size_t i = 0; i < fixed.size(); ++i) {
    if (fixed[i] != original[i] && known_by_stem(db, original[i])) fixed[i] = original[i];
    changed = changed || fixed[i] != original[i];
    if (i > 0) out += ' ';
    out += fixed[i];
  }
  return changed ? out : std::string();
}

}  // namespace

std::vector<std::string> split_on_spaces(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = std::min(text.find(' ', start), text.size());
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

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
  parsed.correction = keep_known_words(db, text, parser.get_corrected_query_string());
  return parsed;
}

}  // namespace mwp
