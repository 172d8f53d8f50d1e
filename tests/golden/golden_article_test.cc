// Renders one article of a small site built here with the default theme and
// compares the page with tests/golden/article.html. MWP_UPDATE_GOLDEN=1
// rewrites the file instead (review the diff before committing it).
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "render/article_page.h"

namespace mwp {
namespace {

Reference reference(std::string family, std::string given, int year, std::string title,
                    std::string journal, std::string volume, std::string issue, std::string page,
                    std::string doi) {
  Reference out;
  out.authors.push_back({std::move(family), std::move(given), "", "", "", ""});
  out.year = year;
  out.title = std::move(title);
  out.container_title = std::move(journal);
  out.volume = std::move(volume);
  out.issue = std::move(issue);
  out.page = std::move(page);
  out.doi = std::move(doi);
  return out;
}

void cite(Article& article, TextPart part, size_t index, const std::string& text,
          size_t reference_index) {
  const std::string& markdown = part == TextPart::section ? article.sections[index].body.markdown
                                                          : article.faq[index].answer.markdown;
  const size_t begin = markdown.find(text);
  ASSERT_NE(begin, std::string::npos) << text;
  article.citations.push_back({part, index, begin, begin + text.size(), reference_index});
}

Site golden_site() {
  Site site;
  SiteConfig& config = site.config;
  config.title = "Golden Psychology";
  config.description = "A fixed site for the golden page test.";
  config.base_url = "https://golden.example/";
  config.editorial_team = "Golden editorial team";
  config.editorial_page = "/editorial-team/";
  config.methodology_page = "/research-methodology/";
  config.article_template.sections = {
      {"evidence", "The evidence", "What the research actually shows", true},
      {"mechanism", "The mechanism", "Why this happens", true}};
  config.article_template.faq_heading = "Questions people ask about this";
  config.article_template.sources_heading = "Research sources";
  config.article_template.sources_note =
      "Listed for further reading; our [methodology](/research-methodology/) explains how we "
      "choose sources.";

  Category top;
  top.slug = top.path = "people";
  top.url = "/people/";
  top.name = "People & Places";
  top.children = {1};
  Category sub;
  sub.slug = "feelings";
  sub.path = "people/feelings";
  sub.url = "/people/feelings/";
  sub.name = "Feelings";
  sub.parent = 0;
  sub.articles = {0, 1};
  site.categories = {top, sub};

  Article article;
  article.category = 1;
  article.slug = "quiet-feelings";
  article.url = "/people/feelings/quiet-feelings/";
  article.title = "When Feelings Go Quiet";
  article.description = "Why emotions can feel muted, and how they return.";
  article.published = {2025, 1, 15};
  article.reviewed = {2025, 6, 2};
  article.modified = {2025, 6, 2};
  article.reviewed_by = config.editorial_team;
  article.keywords = {"emotional numbness", "suppression"};
  article.sections = {
      {"evidence",
       "The evidence",
       "What the research actually shows",
       {"Gross and John (2003) linked habitual *suppression* to fewer positive emotions.\n\n"
        "### A closer look\n\nThe overlap between groups is large (Hyde, 2005).",
        10},
       9},
      {"mechanism",
       "The mechanism",
       "Why this happens",
       {"Holding feelings back takes effort & attention; Gross and John (2003) call it costly.\n\n"
        "- It dampens pleasant emotion too.\n- It can become a habit.",
        16},
       15}};
  article.faq = {{"Is feeling numb the same as not caring?",
                  22,
                  {"Usually not: the feelings are present but hard to reach (Hyde, 2005).", 23}},
                 {"Can it pass?", 25, {"Often, as **load** eases.", 26}}};
  article.references = {
      reference("Gross", "J. J.", 2003,
                "Individual differences in two emotion regulation processes: Implications for "
                "affect, relationships, and well-being",
                "Journal of Personality and Social Psychology", "85", "2", "348-362",
                "10.1037/0022-3514.85.2.348"),
      reference("Hyde", "J. S.", 2005, "The gender similarities hypothesis",
                "American Psychologist", "60", "6", "581-592", "10.1037/0003-066X.60.6.581")};
  cite(article, TextPart::section, 0, "Gross and John (2003)", 0);
  cite(article, TextPart::section, 0, "(Hyde, 2005)", 1);
  cite(article, TextPart::section, 1, "Gross and John (2003)", 0);
  cite(article, TextPart::faq_answer, 0, "(Hyde, 2005)", 1);

  Article related = article;
  related.slug = "opening-up";
  related.url = "/people/feelings/opening-up/";
  related.title = "Opening Up";
  related.description = "Why talking about feelings is hard for some.";
  related.reviewed = {2025, 5, 1};
  site.articles = {article, related};
  return site;
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(GoldenArticle, MatchesCheckedInPage) {
  const Site site = golden_site();
  Diagnostics diagnostics;
  const std::optional<Theme> theme = load_theme(MWP_SOURCE_DIR "/site/theme", diagnostics);
  ASSERT_TRUE(theme.has_value());
  const RenderContext context(site, *theme, {});
  const std::optional<std::string> html = render_article_page(context, 0, diagnostics);
  ASSERT_TRUE(html.has_value());
  ASSERT_TRUE(diagnostics.empty());

  const std::string golden_path = MWP_GOLDEN_DIR "/article.html";
  const char* update = std::getenv("MWP_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream(golden_path, std::ios::binary) << *html;
    GTEST_SKIP() << "rewrote " << golden_path;
  }
  const std::string golden = read(golden_path);
  ASSERT_FALSE(golden.empty()) << golden_path << " is missing; run with MWP_UPDATE_GOLDEN=1";
  EXPECT_EQ(*html, golden) << "the page differs from " << golden_path
                           << "; if intended, rerun with MWP_UPDATE_GOLDEN=1 and review the diff";
}

}  // namespace
}  // namespace mwp
