// The two real seed pages, split into an Article here (the importer is
// another stage), resolved against their own sources lists; then mutated.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cite/apa_formatter.h"
#include "cite/citation_resolver.h"
#include "cite/csl_json.h"
#include "shared_folder.h"

namespace mwp {
namespace {

// The template's kickers, FAQ and sources headings (site/site.yaml).
const char* const kKickers[] = {"The evidence",      "The mechanism",  "In practice",
                                "Myth vs. evidence", "Why it matters", "Where it varies"};
constexpr const char* kFaqHeading = "Questions people ask about this";
constexpr const char* kSourcesHeading = "Research sources";

std::string read_seed(const std::string& name) {
  return testing::read_shared_file("seeds/" + name);
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool is_kicker(const std::string& line) {
  for (const char* kicker : kKickers) {
    if (line == kicker) return true;
  }
  return false;
}

// Appends line `number` (1-based) to `block`.
void append(MarkdownBlock& block, const std::string& line, int number) {
  if (block.line == 0) {
    if (line.empty()) return;
    block.line = number;
  } else {
    block.markdown += '\n';
  }
  block.markdown += line;
}

Article article_from_seed(const std::string& text) {
  Article article;
  article.display_path = "seed.md";
  const std::vector<std::string> lines = split_lines(text);
  enum class Where { preamble, heading, section, faq, sources } where = Where::preamble;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    const int number = static_cast<int>(i) + 1;
    if (is_kicker(line)) {
      article.sections.push_back({});
      article.sections.back().kicker = line;
      where = Where::heading;
    } else if (line == kFaqHeading) {
      where = Where::faq;
    } else if (line == kSourcesHeading) {
      where = Where::sources;
      article.sources_line = number;
    } else if (where == Where::heading && !line.empty()) {
      article.sections.back().heading = line;
      where = Where::section;
    } else if (where == Where::section) {
      append(article.sections.back().body, line, number);
    } else if (where == Where::faq && !line.empty()) {
      if (line.back() == '?') {
        article.faq.push_back({line, number, {}});
      } else {
        append(article.faq.back().answer, line, number);
      }
    } else if (where == Where::sources && !line.empty()) {
      const size_t start = line.find_first_not_of(' ');
      const bool item = line[start] == '-' || (line[start] >= '0' && line[start] <= '9');
      if (item) article.sources.push_back({line, number, 1});
    }
  }
  return article;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

std::vector<Reference> shared_bibliography() {
  const std::string text = testing::read_shared_file("bibliography/references.json");
  Diagnostics diagnostics;
  std::vector<Reference> references = parse_csl_json(text, "references.json", diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  return references;
}

struct Resolved {
  Article article;
  Diagnostics diagnostics;
};

Resolved resolve(const std::string& seed_text) {
  Resolved out{article_from_seed(seed_text), {}};
  resolve_article_citations(out.article, ArticleText::held(out.article), shared_bibliography(),
                            out.diagnostics);
  return out;
}

std::string all_diagnostics(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics.items()) out += format_text(d) + "\n";
  return out;
}

// The citations as "part index: text -> Author, year".
std::vector<std::string> citation_list(const Article& article) {
  std::vector<std::string> out;
  for (const Citation& c : article.citations) {
    const std::string& markdown = c.part == TextPart::section
                                      ? article.sections[c.index].body.markdown
                                      : article.faq[c.index].answer.markdown;
    out.push_back(markdown.substr(c.begin, c.end - c.begin) + " -> " +
                  format_apa_citation(article.references[c.reference]));
  }
  return out;
}

TEST(SeedArticles, WhyMenStruggleResolvesEveryCitation) {
  const Resolved r = resolve(read_seed("why-men-struggle-to-open-up.txt"));
  EXPECT_EQ(r.article.sections.size(), 6u);
  EXPECT_EQ(r.article.faq.size(), 6u);
  ASSERT_EQ(r.article.references.size(), 4u);
  EXPECT_TRUE(r.diagnostics.empty()) << all_diagnostics(r.diagnostics);
  const std::vector<std::string> expected = {
      "Ronald Levant and colleagues -> Levant et al., 2009",
      "Levant -> Levant et al., 2009",
      "Ann Kring and Albert Gordon (1998) -> Kring & Gordon, 1998",
      "Michael Addis and James Mahalik (2003) -> Addis & Mahalik, 2003",
      "Levant -> Levant et al., 2009",
      "Addis and Mahalik -> Addis & Mahalik, 2003",
      "Janet Hyde's gender similarities hypothesis (2005) -> Hyde, 2005",
  };
  EXPECT_EQ(citation_list(r.article), expected);
}

TEST(SeedArticles, EmotionalNumbnessResolvesEveryCitation) {
  const Resolved r = resolve(read_seed("emotional-numbness.txt"));
  ASSERT_EQ(r.article.references.size(), 5u);
  EXPECT_TRUE(r.diagnostics.empty()) << all_diagnostics(r.diagnostics);
  const std::vector<std::string> expected = {
      "James Gross's work on emotion regulation (1998) -> Gross, 1998",
      "Gross and John's research (2003) -> Gross & John, 2003",
      "Ronald Levant and colleagues (2009) -> Levant et al., 2009",
      "Gross and John -> Gross & John, 2003",
      "Levant -> Levant et al., 2009",
      "Pennebaker -> Pennebaker, 1997",
      "Levant -> Levant et al., 2009",
      "Janet Hyde's gender similarities hypothesis (2005) -> Hyde, 2005",
  };
  EXPECT_EQ(citation_list(r.article), expected);
}

// The single diagnostic a mutation must produce.
void expect_only(const Diagnostics& diagnostics, const char* code, int line,
                 const char* mentioned) {
  ASSERT_GE(diagnostics.size(), 1u) << all_diagnostics(diagnostics);
  for (size_t i = 1; i < diagnostics.size(); ++i) {
    EXPECT_EQ(diagnostics.items()[i].severity, Severity::note) << all_diagnostics(diagnostics);
  }
  const Diagnostic& d = diagnostics.items()[0];
  EXPECT_EQ(d.code, code);
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_EQ(d.line, line);
  EXPECT_NE((d.message + d.suggestion).find(mentioned), std::string::npos) << format_text(d);
}

TEST(SeedMutations, YearChangedInTheText) {
  const std::string seed = read_seed("why-men-struggle-to-open-up.txt");
  const Resolved r = resolve(replaced(seed, "Albert Gordon (1998)", "Albert Gordon (1999)"));
  expect_only(r.diagnostics, "citation-year-mismatch", 6, "Kring & Gordon, 1998");
  EXPECT_EQ(r.diagnostics.items()[0].column, 51);  // "Ann Kring ..."
}

// One mistake made in a seed page: `find` replaced by `replace`.
struct SeedMutation {
  const char* what;
  const char* seed;
  const char* find;
  const char* replace;
  const char* code;  // of the one diagnostic it must give
  int line;
  const char* mentioned;
};

// One mistake, one diagnostic: a suggested source is not also "uncited".
TEST(SeedMutations, EachMistakeGivesOneDiagnostic) {
  const SeedMutation mutations[] = {
      {"year changed in the sources list", "emotional-numbness.txt", "Hyde, J. S. (2005)",
       "Hyde, J. S. (2006)", "citation-year-mismatch", 57, "Hyde, 2006"},
      {"reference deleted", "why-men-struggle-to-open-up.txt",
       "\n- Hyde, J. S. (2005). The gender similarities hypothesis. American Psychologist, "
       "60(6), 581\xE2\x80\x93"
       "592.",
       "", "citation-unmatched", 28, "Janet Hyde's gender similarities hypothesis (2005)"},
      {"author misspelt in the text", "emotional-numbness.txt",
       "Ronald Levant and colleagues (2009)", "Ronald Levent and colleagues (2009)",
       "citation-unmatched", 13, "did you mean Levant et al., 2009?"},
      {"author misspelt in the sources list", "why-men-struggle-to-open-up.txt",
       "- Addis, M. E., & Mahalik", "- Adis, M. E., & Mahalik", "citation-unmatched", 7,
       "did you mean Adis & Mahalik, 2003?"},
  };
  for (const SeedMutation& m : mutations) {
    SCOPED_TRACE(m.what);
    const Resolved r = resolve(replaced(read_seed(m.seed), m.find, m.replace));
    expect_only(r.diagnostics, m.code, m.line, m.mentioned);
  }
}

TEST(SeedMutations, ReferenceNeverCited) {
  const std::string seed = read_seed("why-men-struggle-to-open-up.txt") +
                           "\n- Pennebaker, J. W. (1997). Writing about emotional experiences as a "
                           "therapeutic process. Psychological Science, 8(3), 162-166.";
  const Resolved r = resolve(seed);
  expect_only(r.diagnostics, "reference-uncited", 49, "Pennebaker, 1997");
}

TEST(SeedMutations, ReferenceListedTwice) {
  const std::string seed = read_seed("emotional-numbness.txt");
  const std::string gross =
      "  2. Gross, J. J. (1998). The emerging field of emotion regulation: An integrative review. "
      "Review of General Psychology, 2(3), 271\xE2\x80\x93"
      "299.";
  const Resolved r = resolve(seed + "\n" + gross);
  expect_only(r.diagnostics, "reference-duplicate", 96, "repeats entry 2");
}

TEST(SeedMutations, UnknownKey) {
  const std::string seed = read_seed("emotional-numbness.txt");
  const Resolved r = resolve(replaced(seed, "Pennebaker's research on expressive writing suggests",
                                      "Expressive writing [@pennebakr1997] suggests"));
  ASSERT_GE(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics.items()[0].code, "citation-unknown-key");
  EXPECT_EQ(r.diagnostics.items()[0].line, 51);
  EXPECT_TRUE(r.diagnostics.contains("reference-uncited"));  // Pennebaker lost its only citation
}

// A second work of Hyde's 2005 on the same topic: the sentence cannot
// settle which one it cites (a different topic would, titled_works.h).
TEST(SeedMutations, AmbiguousCitation) {
  const std::string seed =
      read_seed("why-men-struggle-to-open-up.txt") +
      "\n- Hyde, J. S. (2005). The gender similarities hypothesis: A second look. Sex Roles, 1, "
      "1-2.";
  const Resolved r = resolve(seed);
  EXPECT_TRUE(r.diagnostics.contains("citation-ambiguous")) << all_diagnostics(r.diagnostics);
  EXPECT_EQ(r.diagnostics.items()[0].line, 28);
}

TEST(SeedMutations, SourceEntryByKeyResolvesLikeThePastedOne) {
  const std::string seed = read_seed("emotional-numbness.txt");
  const std::string pennebaker =
      "  4. Pennebaker, J. W. (1997). Writing about emotional experiences as a "
      "therapeutic process. Psychological Science, 8(3), 162\xE2\x80\x93"
      "166.";
  const Resolved r = resolve(replaced(seed, pennebaker, "  4. [@pennebaker1997]"));
  EXPECT_TRUE(r.diagnostics.empty()) << all_diagnostics(r.diagnostics);
  ASSERT_EQ(r.article.references.size(), 5u);
  EXPECT_EQ(r.article.references[3].id, "pennebaker1997");
  EXPECT_EQ(r.article.references[3].doi, "10.1111/j.1467-9280.1997.tb00403.x");
}

TEST(SeedMutations, KeyCitedInProseJoinsTheList) {
  const std::string seed = read_seed("emotional-numbness.txt");
  const Resolved r = resolve(replaced(seed, "numbness shows up across genders.",
                                      "numbness shows up across genders [@addis2003]."));
  EXPECT_TRUE(r.diagnostics.empty()) << all_diagnostics(r.diagnostics);
  ASSERT_EQ(r.article.references.size(), 6u);
  EXPECT_EQ(r.article.references[5].id, "addis2003");
}

}  // namespace
}  // namespace mwp
