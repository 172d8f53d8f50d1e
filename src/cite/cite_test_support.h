// Test support for the cite module: an article built from prose and its
// research sources, as the resolver's tests need one, and a reference read
// from its string, with what mwp said of it.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "cite/apa_formatter.h"
#include "cite/apa_parser.h"
#include "cite/citation_resolver.h"
#include "cite/csl_json.h"
#include "cite/pasted_text.h"
#include "diag/diagnostic.h"
#include "model/site.h"

namespace mwp::testing_support {

// An article at `path` whose one section, "evidence", holds `prose` from
// line 10, with `sources` as its research sources from line 31.
inline Article article(const std::string& path, const std::string& prose,
                       std::vector<std::string> sources) {
  Article a;
  a.display_path = path;
  ArticleSection section;
  section.id = "evidence";
  section.body = {prose, 10};
  a.sections.push_back(section);
  a.sources_line = 30;
  int line = 31;
  for (std::string& source : sources) a.sources.push_back({std::move(source), line++, 1});
  return a;
}

// `input` read as an APA reference, and the text of its first diagnostic
// ("" when there is none).
struct ReadReference {
  Reference reference;
  std::string said;
};

inline ReadReference read_reference(const std::string& input) {
  Diagnostics diagnostics;
  std::optional<Reference> reference =
      parse_apa_reference(input, TextOrigin{"a.md", 1, 1}, diagnostics);
  return {reference.value_or(Reference{}),
          diagnostics.empty() ? std::string() : format_text(diagnostics.items()[0])};
}

// `input` read as an APA reference from line 3, expected read with
// confidence: with no diagnostic.
inline Reference read_confidently(const std::string& input) {
  Diagnostics diagnostics;
  std::optional<Reference> reference =
      parse_apa_reference(input, TextOrigin{"a.md", 3, 1}, diagnostics);
  EXPECT_TRUE(reference.has_value()) << input;
  EXPECT_TRUE(diagnostics.empty())
      << input << "\n"
      << (diagnostics.empty() ? "" : format_text(diagnostics.items()[0]));
  return reference.value_or(Reference{});
}

// Expects `input` read with one warning, reference-partly-read, whose
// message mentions `mentioned`, and the entry kept as written.
inline void expect_partly_read(const std::string& input, const std::string& mentioned) {
  Diagnostics diagnostics;
  const std::optional<Reference> reference =
      parse_apa_reference(input, TextOrigin{"a.md", 9, 5}, diagnostics);
  ASSERT_TRUE(reference.has_value()) << input;
  ASSERT_EQ(diagnostics.size(), 1u) << input;
  const Diagnostic& said = diagnostics.items()[0];
  EXPECT_EQ(said.code, "reference-partly-read") << input;
  EXPECT_EQ(said.severity, Severity::warning) << input;
  EXPECT_NE(said.message.find(mentioned), std::string::npos) << said.message;
  EXPECT_EQ(reference->verbatim, input);
}

// An entry read, but not all with confidence, and what its warning must
// mention.
struct DoubtCase {
  const char* input;
  const char* mentioned;
};

// expect_partly_read() for every row of `rows`.
template <typename Rows>
void expect_each_partly_read(const Rows& rows) {
  for (const DoubtCase& row : rows) expect_partly_read(row.input, row.mentioned);
}

// expect_partly_read() for every row of `rows`, and each entry published
// exactly as written.
template <typename Rows>
void expect_each_kept_as_written(const Rows& rows) {
  for (const DoubtCase& row : rows) {
    expect_partly_read(row.input, row.mentioned);
    EXPECT_EQ(format_apa_text(read_reference(row.input).reference), PastedText(row.input).text())
        << "published as written: " << row.input;
  }
}

// A reference string read with confidence, and its fields as describe_fields()
// writes them.
struct ParseCase {
  const char* input;
  const char* expected;
};

inline std::string describe_fields(const Reference& r);

// Reads `c.input` from line 3; expects no diagnostic and `c.expected`.
inline void expect_reads_as(const ParseCase& c) {
  Diagnostics diagnostics;
  const auto reference = parse_apa_reference(c.input, TextOrigin{"a.md", 3, 1}, diagnostics);
  ASSERT_TRUE(reference.has_value())
      << c.input << "\n"
      << (diagnostics.empty() ? "" : format_text(diagnostics.items()[0]));
  EXPECT_TRUE(diagnostics.empty())
      << c.input << "\n"
      << (diagnostics.empty() ? "" : format_text(diagnostics.items()[0]));
  EXPECT_EQ(describe_fields(*reference), c.expected) << c.input;
  EXPECT_EQ(reference->source_line, 3);
}

// The codes of `a`'s diagnostics and the references its citations link, in order.
inline std::string resolved(Article& a) {
  Diagnostics diagnostics;
  resolve_article_citations(a, ArticleText::held(a), {}, diagnostics);
  std::string out;
  for (const Diagnostic& d : diagnostics.items()) out += d.code + " ";
  for (const Citation& c : a.citations) out += std::to_string(c.reference) + " ";
  return out;
}

// Prose that links to its one source, and says nothing.
struct LinkCase {
  const char* prose;
  const char* source;
  const char* linked;  // the citation's text
};

// Resolves `c.prose` against `c.source`; expects no diagnostic and one
// citation, whose text is `c.linked`.
inline void expect_links_quietly(const LinkCase& c) {
  Article a = article("a.md", c.prose, {c.source});
  Diagnostics diagnostics;
  resolve_article_citations(a, ArticleText::held(a), {}, diagnostics);
  EXPECT_TRUE(diagnostics.empty()) << c.prose << "\n"
                                   << (diagnostics.empty() ? "" : diagnostics.items()[0].message);
  ASSERT_EQ(a.citations.size(), 1u) << c.prose;
  const Citation& citation = a.citations[0];
  EXPECT_EQ(a.sections[0].body.markdown.substr(citation.begin, citation.end - citation.begin),
            c.linked);
}

// A compact description of the fields a parse fills, for table comparison:
// "book | Yalom/I. D. | 2005 | Title | ed 5 | pub Basic Books".
inline std::string describe_fields(const Reference& r) {
  std::string out(csl_type_name(r.type));
  out += " |";
  for (const PersonName& name : r.authors) {
    out += " " + (name.literal.empty() ? "" : "=" + name.literal);
    if (!name.non_dropping_particle.empty()) out += name.non_dropping_particle + "_";
    out += name.family;
    if (!name.given.empty()) out += "/" + name.given;
    if (!name.suffix.empty()) out += "/" + name.suffix;
  }
  if (r.authors_truncated) out += " ...";
  if (!r.editors.empty()) {
    out += " | eds";
    for (const PersonName& name : r.editors) out += " " + name.family + "/" + name.given;
  }
  if (!r.translators.empty()) {
    out += " | trans";
    for (const PersonName& name : r.translators) out += " " + name.family + "/" + name.given;
  }
  out += " | " + (r.in_press ? std::string("in press") : std::to_string(r.year)) + r.year_suffix;
  if (r.month > 0) out += "-" + std::to_string(r.month) + (r.day.empty() ? "" : "-" + r.day);
  out += " | " + r.title;
  for (const auto& [label, value] :
       {std::pair<const char*, const std::string*>{"in", &r.container_title},
        {"vol", &r.volume},
        {"no", &r.issue},
        {"pp", &r.page},
        {"art", &r.article_number},
        {"ed", &r.edition},
        {"number", &r.number},
        {"genre", &r.genre},
        {"pub", &r.publisher},
        {"archive", &r.archive},
        {"event", &r.event},
        {"place", &r.event_place},
        {"doi", &r.doi},
        {"url", &r.url},
        {"retrieved", &r.accessed},
        {"about", &r.description}}) {
    if (!value->empty()) out += std::string(" | ") + label + " " + *value;
  }
  if (r.original_year != 0) out += " | original " + std::to_string(r.original_year);
  if (r.advance_online) out += " | advance online";
  return out;
}

}  // namespace mwp::testing_support
