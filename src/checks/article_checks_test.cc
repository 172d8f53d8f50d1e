#include "checks/article_checks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mwp {
namespace {

// A template of three sections, "a" "b" "c", of which "c" is optional.
ArticleTemplate three_sections() {
  ArticleTemplate t;
  t.sections = {
      {"a", "First", "One", true}, {"b", "Second", "Two", true}, {"c", "Third", "Three", false}};
  t.faq_heading = "Questions";
  t.sources_heading = "Research sources";
  return t;
}

// An article with the sections named in `ids`, in that order, each with
// `text` as its body, from line 10, two lines apart; one answered question
// at line 40 unless `faq` is false; one source unless `sources` is false.
Article article(const std::vector<std::string>& ids, const std::string& text = "Some prose.",
                bool faq = true, bool sources = true) {
  Article a;
  a.display_path = "content/a.md";
  int line = 10;
  for (const std::string& id : ids) {
    ArticleSection s;
    s.id = id;
    s.kicker = id;
    s.heading_line = line;
    s.body = {text, line + 1};
    a.sections.push_back(s);
    line += 2;
  }
  if (faq) a.faq.push_back({"Why?", 40, {"Because.", 41}});
  a.sources_line = 50;
  if (sources) a.sources.push_back({"Gross, J. J. (1998). Title. Publisher.", 51, 1});
  return a;
}

// The codes reported for `a`, with their lines: "missing-section@12".
std::vector<std::string> reported(const Article& a, const ArticleTemplate& t) {
  Diagnostics d;
  check_article_structure(ArticleText::held(a), t, d);
  std::vector<std::string> out;
  for (const Diagnostic& x : d.items()) out.push_back(x.code + "@" + std::to_string(x.line));
  return out;
}

TEST(ArticleChecks, ReportsWhatTheTemplateRequires) {
  using V = std::vector<std::string>;
  struct Case {
    const char* what;
    Article article;
    V expected;
  };
  const Case cases[] = {
      {"complete", article({"a", "b", "c"}), V{}},
      {"an optional section left out", article({"a", "b"}), V{}},
      // A missing section is reported where it belongs: before the next one present.
      {"a required section left out", article({"a", "c"}), V{"missing-section@12"}},
      {"the first left out", article({"b"}), V{"missing-section@10"}},
      {"out of order", article({"b", "a"}), V{"section-order@12"}},
      {"empty", article({"a", "b"}, " \n\t"), V{"empty-section@10", "empty-section@12"}},
      {"no FAQ", article({"a", "b"}, "x", false), V{"missing-faq@50"}},
      {"no sources", article({"a", "b"}, "x", true, false), V{"missing-sources@50"}},
  };
  for (const Case& c : cases)
    EXPECT_EQ(reported(c.article, three_sections()), c.expected) << c.what;
}

TEST(ArticleChecks, AQuestionNeedsItsTextAndAnAnswer) {
  Article a = article({"a", "b"});
  a.faq = {{"", 40, {"An answer.", 41}}, {"Why?", 43, {"  ", 44}}};
  EXPECT_EQ(reported(a, three_sections()),
            (std::vector<std::string>{"faq-without-answer@40", "faq-without-answer@43"}));
}

TEST(ArticleChecks, ATemplateMayMakeTheFaqAndSourcesOptional) {
  ArticleTemplate t = three_sections();
  t.faq_required = false;
  t.sources_required = false;
  EXPECT_TRUE(reported(article({"a", "b"}, "x", false, false), t).empty());
}

}  // namespace
}  // namespace mwp
