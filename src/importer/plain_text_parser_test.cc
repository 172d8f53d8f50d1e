#include "importer/plain_text_parser.h"

#include <gtest/gtest.h>

#include <functional>

#include "importer/import_test_support.h"
#include "importer/plain_text_lines.h"
#include "importer/plain_text_writer.h"

namespace mwp {
namespace {

using testing::bundled_config;
using testing::codes;
using testing::join_lines;
using testing::line_of;
using testing::read_seed;
using testing::replace_all;
using testing::sample_categories;
using testing::split_lines;

struct Parsed {
  std::optional<PlainTextArticle> article;
  Diagnostics diagnostics;
};

Parsed parse(const std::string& bytes, TextLayout layout = TextLayout::automatic) {
  static const SiteConfig config = bundled_config();
  static const std::vector<Category> categories = sample_categories();
  Parsed out;
  if (auto text = decode_import_text(bytes, "in.txt", out.diagnostics)) {
    out.article =
        parse_plain_text_article(*text, "in.txt", config, categories, out.diagnostics, layout);
  }
  return out;
}

TEST(PlainTextParser, ReadsTheSpacedSeed) {
  const std::string seed = read_seed(testing::kSpacedSeed);
  const auto p = parse(seed);
  ASSERT_TRUE(p.article) << codes(p.diagnostics);
  EXPECT_TRUE(p.diagnostics.empty()) << codes(p.diagnostics);
  const PlainTextArticle& a = *p.article;
  EXPECT_EQ(a.layout, TextLayout::spaced);
  EXPECT_EQ(a.breadcrumb_line, 1);
  ASSERT_TRUE(a.category);
  EXPECT_EQ(*a.category, 1u);
  EXPECT_EQ(a.article.title, split_lines(seed)[2]);
  EXPECT_EQ(a.article.reviewed_by, "");  // the site's editorial team
  ASSERT_EQ(a.article.sections.size(), 6u);
  EXPECT_EQ(a.article.sections[0].id, "evidence");
  EXPECT_EQ(a.article.sections[0].heading, "What the research actually shows");
  EXPECT_EQ(a.article.sections[0].heading_line, line_of(seed, "The evidence"));
  EXPECT_EQ(a.article.sections[5].id, "where-it-varies");
  EXPECT_EQ(a.article.faq.size(), 6u);
  EXPECT_EQ(a.article.faq[0].question_line, line_of(seed, a.article.faq[0].question));
  ASSERT_EQ(a.article.sources.size(), 5u);
  EXPECT_TRUE(a.article.sources[0].text.starts_with("Levant, R. F."));
  EXPECT_FALSE(a.article.sources_note.empty());
  EXPECT_FALSE(a.first_paragraph.empty());
}

TEST(PlainTextParser, ReadsTheCompactSeed) {
  const std::string seed = read_seed(testing::kCompactSeed);
  const auto p = parse(seed);
  ASSERT_TRUE(p.article) << codes(p.diagnostics);
  const PlainTextArticle& a = *p.article;
  EXPECT_EQ(a.layout, TextLayout::compact);
  EXPECT_TRUE(a.breadcrumb.empty());
  EXPECT_FALSE(a.category);
  EXPECT_EQ(a.article.title, split_lines(seed)[0]);
  ASSERT_EQ(a.article.sections.size(), 6u);
  EXPECT_EQ(a.article.faq.size(), 6u);
  ASSERT_EQ(a.article.sources.size(), 4u);
  EXPECT_TRUE(a.article.sources[1].text.starts_with("Addis, M. E."));
  // Each line of the compact layout is its own paragraph.
  const auto& evidence = a.article.sections[0].body.markdown;
  EXPECT_EQ(std::count(evidence.begin(), evidence.end(), '\n'), 4);
}

// Mutations a real export produces; each must read as the original does.
struct Variant {
  const char* name;
  std::function<std::string(const std::string&)> mutate;
};

std::string wrap_long_lines(const std::string& text) {
  std::string out;
  for (const auto& line : split_lines(text)) {
    std::string rest = line;
    while (rest.size() > 100) {
      const size_t cut = rest.rfind(' ', 72);
      out += rest.substr(0, cut) + "\n";
      rest = rest.substr(cut + 1);
    }
    out += rest + "\n";
  }
  return out;
}

const Variant kVariants[] = {
    {"crlf", [](const std::string& s) { return replace_all(s, "\n", "\r\n"); }},
    {"cr", [](const std::string& s) { return replace_all(s, "\n", "\r"); }},
    {"bom", [](const std::string& s) { return "\xEF\xBB\xBF" + s; }},
    {"curly-quotes", [](const std::string& s) { return replace_all(s, "'", "\xE2\x80\x99"); }},
    {"trailing-spaces", [](const std::string& s) { return replace_all(s, "\n", " \t \n") + "  "; }},
    {"tabs",
     [](const std::string& s) {
       std::string out;
       for (const auto& line : split_lines(s)) {
         out += line.empty() ? "\t\n" : "\t" + replace_all(line, ". ", ".\t") + "\n";
       }
       return out;
     }},
    {"leading-and-trailing-blank-lines",
     [](const std::string& s) { return "\n\n\n" + s + "\n\n\n"; }},
    {"extra-blank-lines",
     [](const std::string& s) {
       if (s.find("\n\n") != std::string::npos) return replace_all(s, "\n\n", "\n\n\n\n");
       std::string out;  // compact: a few stray blank lines
       const auto lines = split_lines(s);
       for (size_t i = 0; i < lines.size(); ++i) out += lines[i] + (i % 7 == 3 ? "\n\n" : "\n");
       return out;
     }},
};

std::string exported(const PlainTextArticle& a, ListStyle list) {
  static const SiteConfig config = bundled_config();
  return straighten_quotes(
      write_article_plain_text(ArticleText::held(a.article), config, {}, {a.layout, list}));
}

TEST(PlainTextParser, ReadsEveryVariantOfBothSeedsAsTheOriginal) {
  for (const auto* seed_name : {testing::kSpacedSeed, testing::kCompactSeed}) {
    const std::string seed = read_seed(seed_name);
    const auto original = parse(seed);
    ASSERT_TRUE(original.article) << seed_name;
    const std::string want = exported(*original.article, ListStyle::plain);
    for (const auto& variant : kVariants) {
      SCOPED_TRACE(std::string(seed_name) + " / " + variant.name);
      const auto p = parse(variant.mutate(seed));
      ASSERT_TRUE(p.article) << codes(p.diagnostics);
      EXPECT_EQ(p.article->layout, original.article->layout);
      EXPECT_EQ(p.article->category, original.article->category);
      EXPECT_EQ(straighten_quotes(p.article->article.title),
                straighten_quotes(original.article->article.title));
      EXPECT_EQ(exported(*p.article, ListStyle::plain), want);
    }
  }
}

TEST(PlainTextParser, JoinsHardWrappedParagraphsOfTheSpacedLayout) {
  const std::string seed = read_seed(testing::kSpacedSeed);
  const auto original = parse(seed);
  const auto wrapped = parse(wrap_long_lines(seed));
  ASSERT_TRUE(original.article && wrapped.article) << codes(wrapped.diagnostics);
  EXPECT_EQ(exported(*wrapped.article, ListStyle::numbered),
            exported(*original.article, ListStyle::numbered));
}

TEST(PlainTextParser, ReadsPlainAndBulletedSourceLists) {
  std::string seed = read_seed(testing::kSpacedSeed);
  for (const char* marker : {"  1. ", "  2. ", "  3. ", "  4. ", "  5. "}) {
    seed = replace_all(seed, marker, "");
  }
  auto p = parse(seed);
  ASSERT_TRUE(p.article) << codes(p.diagnostics);
  EXPECT_EQ(p.article->article.sources.size(), 5u);
  EXPECT_FALSE(p.article->article.sources_note.empty());
  seed = testing::read_seed(testing::kSpacedSeed);
  for (const char* marker : {"  1. ", "  2. ", "  3. ", "  4. ", "  5. "}) {
    seed = replace_all(seed, marker, "\u2022\t");
  }
  p = parse(seed);
  ASSERT_TRUE(p.article) << codes(p.diagnostics);
  EXPECT_EQ(p.article->article.sources.size(), 5u);
}

TEST(PlainTextParser, KeepsAHeadingThatDiffersFromTheTemplate) {
  std::string seed = read_seed(testing::kCompactSeed);
  seed = replace_all(seed, "\nWhy this happens\n", "\nWhere the silence comes from\n");
  const auto p = parse(seed);
  ASSERT_TRUE(p.article) << codes(p.diagnostics);
  EXPECT_EQ(p.article->article.sections[1].heading, "Where the silence comes from");
}

TEST(PlainTextParser, ReadsTheReviewerAndDateOfTheReviewLine) {
  std::string seed = read_seed(testing::kCompactSeed);
  seed = replace_all(seed, "Last reviewed by the Men Women Psychology editorial team.",
                     "Last reviewed on 2 June 2025 by Dr. Ana Ruiz.");
  const auto p = parse(seed);
  ASSERT_TRUE(p.article) << codes(p.diagnostics);
  EXPECT_EQ(p.article->article.reviewed_by, "Dr. Ana Ruiz");
  EXPECT_EQ(p.article->article.reviewed.iso(), "2025-06-02");
}

TEST(PlainTextParser, ParsesReviewDates) {
  const struct {
    const char* text;
    const char* iso;  // "" when not a date
  } cases[] = {{"2025-06-02", "2025-06-02"},
               {"2 June 2025", "2025-06-02"},
               {"June 2, 2025", "2025-06-02"},
               {"2 jun 2025", "2025-06-02"},
               {"31 February 2025", ""},
               {"yesterday", ""},
               {"June 2025", ""}};
  for (const auto& c : cases) {
    const auto date = parse_review_date(c.text);
    EXPECT_EQ(date ? date->iso() : "", c.iso) << c.text;
  }
}

// Bad input: each mutation of a seed gets one diagnostic code at a line.
struct BadInput {
  const char* name;
  const char* seed;
  std::function<std::string(const std::string&)> mutate;
  const char* code;
  std::function<int(const std::string&)> line;  // expected line in the mutated text; null: any
};

std::string drop_lines(const std::string& text, int from, int count) {
  auto lines = split_lines(text);
  lines.erase(lines.begin() + from - 1, lines.begin() + from - 1 + count);
  return join_lines(lines);
}

std::string insert_line(const std::string& text, int before, const std::string& line) {
  auto lines = split_lines(text);
  lines.insert(lines.begin() + before - 1, line);
  return join_lines(lines);
}

std::string cut_from(const std::string& text, std::string_view from, std::string_view to) {
  const size_t a = text.find(from);
  const size_t b = to.empty() ? text.size() : text.find(to, a);
  return text.substr(0, a) + text.substr(b);
}

const BadInput kBadInputs[] = {
    {"empty", testing::kCompactSeed, [](const std::string&) { return std::string(); }, "empty-file",
     nullptr},
    {"blank", testing::kCompactSeed, [](const std::string&) { return std::string(" \n\t\n\n"); },
     "empty-file", nullptr},
    {"binary", testing::kCompactSeed,
     [](const std::string& s) { return s.substr(0, 100) + std::string("\0\x01\x02", 3) + s; },
     "binary-file", nullptr},
    {"invalid-utf8", testing::kCompactSeed,
     [](const std::string& s) { return insert_line(s, 5, "caf\xC3\x28 latte"); }, "invalid-utf8",
     [](const std::string&) { return 5; }},
    {"stray-control", testing::kCompactSeed,
     [](const std::string& s) { return insert_line(s, 6, "bell \x07 here."); }, "control-character",
     [](const std::string&) { return 6; }},
    {"no-title-compact", testing::kCompactSeed,
     [](const std::string& s) { return drop_lines(s, 1, 1); }, "missing-title", nullptr},
    {"no-title-spaced", testing::kSpacedSeed,
     [](const std::string& s) { return drop_lines(s, 3, 2); }, "missing-title", nullptr},
    {"unknown-section", testing::kCompactSeed,
     [](const std::string& s) {
       return insert_line(s, line_of(s, "The mechanism"),
                          "Background\nHow the idea arose\nA paragraph about history.");
     },
     "unknown-section", [](const std::string& s) { return line_of(s, "Background"); }},
    {"misspelt-kicker", testing::kSpacedSeed,
     [](const std::string& s) { return replace_all(s, "\nThe mechanism\n", "\nThe mechansim\n"); },
     "unknown-section", [](const std::string& s) { return line_of(s, "The mechansim"); }},
    {"missing-section", testing::kCompactSeed,
     [](const std::string& s) { return cut_from(s, "Where it varies\n", "Questions people ask"); },
     "missing-section",
     // where the section belongs: the first line after it that an article keeps
     [](const std::string& s) { return line_of(s, "Questions people ask about this") + 1; }},
    {"duplicate-section", testing::kCompactSeed,
     [](const std::string& s) {
       return insert_line(s, line_of(s, "Questions people ask about this"),
                          "In practice\nWhat this looks like in real life\nMore text.");
     },
     "duplicate-section", nullptr},
    {"question-without-answer", testing::kCompactSeed,
     [](const std::string& s) {
       return drop_lines(s, line_of(s, "Questions people ask about this") + 2, 1);
     },
     "faq-without-answer",
     [](const std::string& s) { return line_of(s, "Questions people ask about this") + 1; }},
    {"no-faq", testing::kCompactSeed,
     [](const std::string& s) {
       return cut_from(s, "Questions people ask about this\n", "Research sources");
     },
     "missing-faq", nullptr},
    {"no-sources", testing::kSpacedSeed,
     [](const std::string& s) { return cut_from(s, "Research sources", ""); }, "missing-sources",
     nullptr},
    {"text-before-first-section", testing::kCompactSeed,
     [](const std::string& s) { return insert_line(s, 3, "An introduction nobody asked for."); },
     "text-outside-section", [](const std::string&) { return 3; }},
    {"faq-text-before-question", testing::kCompactSeed,
     [](const std::string& s) {
       return insert_line(s, line_of(s, "Questions people ask about this") + 1,
                          "Answers below are short.");
     },
     "faq-text-outside-question",
     [](const std::string& s) { return line_of(s, "Answers below are short."); }},
};

TEST(PlainTextParser, RejectsBadInputWithADiagnosticAndNoArticle) {
  for (const auto& bad : kBadInputs) {
    SCOPED_TRACE(bad.name);
    const std::string text = bad.mutate(read_seed(bad.seed));
    const auto p = parse(text);
    EXPECT_FALSE(p.article);
    ASSERT_TRUE(p.diagnostics.contains(bad.code)) << codes(p.diagnostics);
    for (const auto& item : p.diagnostics.items()) {
      if (item.code != bad.code) continue;
      EXPECT_EQ(item.path, "in.txt");
      if (bad.line) {
        EXPECT_EQ(item.line, bad.line(text)) << codes(p.diagnostics);
      }
      break;
    }
  }
}

TEST(PlainTextParser, ProseWithoutTemplateHeadingsIsOneError) {
  const auto p = parse("A Title\nJust a paragraph of prose.\nAnother one.\n");
  EXPECT_FALSE(p.article);
  ASSERT_EQ(p.diagnostics.size(), 1u) << codes(p.diagnostics);
  EXPECT_EQ(p.diagnostics.items()[0].code, "missing-section");
}

TEST(PlainTextParser, RejectsAFileOverTenMegabytes) {
  const auto p = parse(std::string(10 * 1024 * 1024 + 1, 'a'));
  EXPECT_FALSE(p.article);
  EXPECT_TRUE(p.diagnostics.contains("file-too-large"));
}

TEST(PlainTextParser, AnUnknownBreadcrumbIsKeptForTheImporterToReport) {
  std::string seed = read_seed(testing::kSpacedSeed);
  seed = replace_all(seed, "Men & Women Emotions and Feelings", "Lifestyle Wellness");
  const auto p = parse(seed);
  ASSERT_TRUE(p.article) << codes(p.diagnostics);
  EXPECT_EQ(p.article->breadcrumb, "Lifestyle Wellness");
  EXPECT_FALSE(p.article->category);
}

}  // namespace
}  // namespace mwp
