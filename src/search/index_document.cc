#include "search/index_document.h"

#include <nlohmann/json.hpp>
#include <string>

#include "search/index_schema.h"

namespace mwp {
namespace {

namespace schema = search_schema;

// What a hit or an answer shows: the JSON that starts its record.
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
  }
  return data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// How one field is indexed.
struct FieldTerms {
  Xapian::termcount weight;  // within-document frequency per word, unprefixed
  std::string_view prefix;   // also indexed with this prefix (weight 1); "" = not
  bool positions;            // word positions, for phrase queries
  bool spelling;             // words feed "did you mean"
};

void index_field(Xapian::TermGenerator& terms, const std::string& text, const FieldTerms& how) {
  if (text.empty()) return;
  terms.set_flags(how.spelling ? Xapian::TermGenerator::FLAG_SPELLING : 0);
  if (how.positions) {
    terms.index_text(text, how.weight);
  } else {
    terms.index_text_without_positions(text, how.weight);
  }
  terms.set_flags(0);
  // Only the prefixes a reader can type (title:, heading:, question:,
  // author:) need positions; the others serve labels and answer scoring.
  if (!how.prefix.empty()) {
    const bool typed = how.prefix == schema::kTitle || how.prefix == schema::kHeading ||
                       how.prefix == schema::kFaqQuestion || how.prefix == schema::kAuthor;
    if (how.positions && typed) {
      terms.index_text(text, 1, std::string(how.prefix));
    } else {
      terms.index_text_without_positions(text, 1, std::string(how.prefix));
    }
  }
  terms.increase_termpos();
}

// Articles and pages: everything /api/search matches, with positions.
// FAQ answers count for their article but get no "XA" terms here: only
// answer scoring reads those, on the FAQ entry's own document.
void index_article_or_page(Xapian::TermGenerator& terms, const SearchDocument& doc) {
  index_field(terms, doc.title, {schema::kTitleWeight, schema::kTitle, true, true});
  index_field(terms, doc.description, {schema::kDescriptionWeight, "", true, true});
  for (const std::string& keyword : doc.keywords) {
    index_field(terms, keyword, {schema::kKeywordWeight, schema::kKeyword, true, true});
  }
  index_field(terms, doc.category_name, {schema::kCategoryNameWeight, "", true, true});
  for (const std::string& heading : doc.headings) {
    index_field(terms, heading, {schema::kHeadingWeight, schema::kHeading, true, true});
  }
  index_field(terms, doc.body, {schema::kBodyWeight, "", true, false});
  for (const std::string& question : doc.faq_questions) {
    index_field(terms, question, {schema::kFaqQuestionWeight, schema::kFaqQuestion, true, true});
  }
  for (const std::string& answer : doc.faq_answers) {
    index_field(terms, answer, {schema::kBodyWeight, "", true, true});
  }
  for (const std::string& author : doc.authors) {
    index_field(terms, author, {schema::kAuthorWeight, schema::kAuthor, true, true});
  }
}

// FAQ entries are only searched by /api/ask, which takes plain words: no
// positions and no field prefixes (faq_scoring_document() rebuilds those for
// the candidates). Their words feed spelling a second time (on top of their
// article's): the frequencies decide between close corrections, and the
// evaluation set ranks worse without it.
void index_faq(Xapian::TermGenerator& terms, const SearchDocument& doc) {
  index_field(terms, doc.title, {schema::kAnswerQuestionWeight, "", false, true});
  index_field(terms, doc.answer, {schema::kAnswerTextWeight, "", false, true});
  index_field(terms, doc.article_title, {schema::kAnswerArticleTitleWeight, "", false, true});
}

}  // namespace

Xapian::TermGenerator make_term_generator() {
  Xapian::TermGenerator terms;
  terms.set_stemmer(schema::stemmer());
  terms.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
  return terms;
}

Xapian::Document faq_scoring_document(const std::string& question, const std::string& answer,
                                      const std::string& article_title) {
  Xapian::TermGenerator terms = make_term_generator();
  Xapian::Document xdoc;
  terms.set_document(xdoc);
  terms.index_text_without_positions(question, 1, std::string(schema::kFaqQuestion));
  terms.index_text_without_positions(answer, 1, std::string(schema::kFaqAnswer));
  terms.index_text_without_positions(article_title, 1, std::string(schema::kTitle));
  return xdoc;
}

std::string store_record(RecordWriter& records, const SearchDocument& doc) {
  std::string record = document_data(doc);
  if (doc.kind != SearchKind::faq) {
    record += '\0';
    record += doc.snippet_source();
  }
  return records.append(record);
}

StoredRecord parse_record(std::string_view record) {
  const size_t end = record.find('\0');  // JSON escapes every NUL it holds
  StoredRecord parsed;
  parsed.data = nlohmann::json::parse(record.substr(0, end), nullptr, false);
  if (!parsed.data.is_object()) parsed.data = nlohmann::json::object();
  if (end != std::string_view::npos) parsed.snippet_text = record.substr(end + 1);
  return parsed;
}

Xapian::Document make_index_document(Xapian::TermGenerator& terms, const SearchDocument& doc,
                                     std::string_view record_location) {
  Xapian::Document xdoc;
  terms.set_document(xdoc);
  if (doc.kind == SearchKind::faq) {
    index_faq(terms, doc);
  } else {
    index_article_or_page(terms, doc);
  }
  xdoc.add_boolean_term(std::string(schema::kUnique) + doc.id);
  xdoc.add_boolean_term(std::string(schema::kKind) + std::string(search_kind_name(doc.kind)));
  // Category filters, facets and the date sort serve /api/search only.
  if (doc.kind != SearchKind::faq) {
    for (const std::string& path : doc.category_filters) {
      xdoc.add_boolean_term(std::string(schema::kCategory) + path);
    }
    xdoc.add_value(schema::kReviewedSlot, doc.reviewed);
    xdoc.add_value(schema::kCategorySlot, doc.category_path);
  }
  if (!record_location.empty()) {
    xdoc.add_value(schema::kRecordSlot, std::string(record_location));
  }
  return xdoc;
}

}  // namespace mwp
