// The two real seed pages (read at run time from MWP_SHARED_DIR), split into
// an Article, resolved by cite/, rendered with the default theme: the page
// must show the seed's content in the seed's order, every citation linked.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "cite/citation_resolver.h"
#include "render/article_page.h"
#include "shared_folder.h"
#include "text/slug.h"

namespace mwp {
namespace {

std::vector<std::string> seed_lines(const std::string& name) {
  std::istringstream in(testing::read_shared_file("seeds/" + name));
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

constexpr const char* kFaqHeading = "Questions people ask about this";
constexpr const char* kSourcesHeading = "Research sources";

// The seed as a one-article site. Section kickers are the lines followed by
// a heading line: the seeds name them in template order, six of them.
struct SeedSite {
  Site site;
  std::vector<std::string> expected;  // visible text the page must show, in order
};

bool is_kicker(const std::string& line) {
  for (const char* kicker : {"The evidence", "The mechanism", "In practice", "Myth vs. evidence",
                             "Why it matters", "Where it varies"}) {
    if (line == kicker) return true;
  }
  return false;
}

void add_category(Site& site, const std::string& name, const std::string& slug,
                  std::optional<size_t> parent) {
  Category category;
  category.name = name;
  category.slug = slug;
  category.path = parent ? site.categories[*parent].path + "/" + slug : slug;
  category.url = "/" + category.path + "/";
  category.parent = parent;
  if (parent) site.categories[*parent].children.push_back(site.categories.size());
  site.categories.push_back(category);
}

SeedSite seed_site(const std::string& name) {
  SeedSite out;
  Site& site = out.site;
  site.config.title = "Men Women Psychology";
  site.config.base_url = "https://example.org/";
  site.config.editorial_team = "Men Women Psychology editorial team";
  site.config.editorial_page = "/editorial-team/";
  site.config.article_template.faq_heading = kFaqHeading;
  site.config.article_template.sources_heading = kSourcesHeading;
  add_category(site, "Men & Women", "men-women", std::nullopt);
  add_category(site, "Emotions and Feelings", "emotions-and-feelings", 0);
  out.expected = {"Men & Women", "Emotions and Feelings"};

  Article article;
  article.display_path = name;
  article.category = 1;
  article.url = "/men-women/emotions-and-feelings/seed/";
  article.reviewed = article.modified = article.published = {2025, 6, 2};
  article.reviewed_by = site.config.editorial_team;
  const std::vector<std::string> lines = seed_lines(name);
  enum class Where { title, heading, section, faq, note, sources } where = Where::title;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    const int number = static_cast<int>(i) + 1;
    if (where == Where::title && line.rfind("Last reviewed", 0) == 0) continue;
    if (where == Where::title && i + 1 < lines.size() &&
        lines[i + 1].rfind("Last reviewed", 0) == 0) {
      article.title = line;
    } else if (is_kicker(line)) {
      article.sections.push_back({slugify(line), line, "", {"", number + 2}, number + 1});
      where = Where::heading;
    } else if (line == kFaqHeading) {
      where = Where::faq;
    } else if (line == kSourcesHeading) {
      where = Where::note;
    } else if (where == Where::heading) {
      article.sections.back().heading = line;
      site.config.article_template.sections.push_back(
          {article.sections.back().id, article.sections.back().kicker, line, true});
      where = Where::section;
    } else if (where == Where::section) {
      article.sections.back().body.markdown += line + "\n\n";
    } else if (where == Where::faq && line.back() == '?') {
      article.faq.push_back({line, number, {"", number + 1}});
    } else if (where == Where::faq) {
      article.faq.back().answer.markdown += line + "\n\n";
    } else if (where == Where::note) {
      where = Where::sources;  // the note is the site's (site.yaml), not the seed's
      continue;
    } else if (where == Where::sources) {
      article.sources.push_back({line, number, 1});
      out.expected.push_back(line.substr(line.find(". ") + 2));
      continue;
    } else {
      continue;  // the breadcrumb line: the categories are in the site
    }
    out.expected.push_back(line);
  }
  site.articles.push_back(article);
  site.categories[1].articles = {0};
  return out;
}

// The text a reader sees in `html`'s <main>: tags removed, the five
// escapes decoded, whitespace collapsed.
std::string visible_text(const std::string& html) {
  const size_t main = html.find("<main");
  const size_t end = html.find("</main>");
  std::string text;
  bool in_tag = false;
  for (size_t i = main; i < end; ++i) {
    if (html[i] == '<') in_tag = true;
    if (!in_tag) text += html[i];
    if (html[i] == '>') in_tag = false;
  }
  const std::pair<const char*, const char*> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [entity, plain] : entities) {
    for (size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at)) {
      text.replace(at, std::string(entity).size(), plain);
      ++at;
    }
  }
  std::string collapsed;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (space && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed += space ? ' ' : c;
  }
  return collapsed;
}

class SeedPageTest : public ::testing::TestWithParam<const char*> {};

TEST_P(SeedPageTest, ShowsTheSeedInOrderWithEveryCitationLinked) {
  SeedSite seed = seed_site(GetParam());
  Article& article = seed.site.articles[0];
  ASSERT_EQ(article.sections.size(), 6u);
  ASSERT_FALSE(article.faq.empty());
  Diagnostics diagnostics;
  resolve_article_citations(article, ArticleText::held(article), {}, diagnostics);
  EXPECT_FALSE(diagnostics.has_errors())
      << (diagnostics.empty() ? "" : format_text(diagnostics.items()[0]));
  ASSERT_FALSE(article.citations.empty());

  std::optional<Theme> theme = load_theme(MWP_SOURCE_DIR "/site/theme", diagnostics);
  ASSERT_TRUE(theme.has_value());
  const RenderContext context(seed.site, *theme, {});
  const std::string html = render_article_page(context, 0, diagnostics).value_or("");
  const std::string text = visible_text(html);

  size_t at = 0;
  for (const std::string& part : seed.expected) {
    const std::string wanted = visible_text("<main>" + part + "</main>");
    const size_t found = text.find(wanted, at);
    ASSERT_NE(found, std::string::npos) << "not found in order: " << part;
    at = found + wanted.size();
  }
  size_t links = 0;
  for (size_t p = html.find("<a class=\"cite\""); p != std::string::npos;
       p = html.find("<a class=\"cite\"", p + 1)) {
    ++links;
  }
  EXPECT_EQ(links, article.citations.size());
  for (size_t r = 1; r <= article.references.size(); ++r) {
    EXPECT_NE(html.find("<li id=\"ref-" + std::to_string(r) + "\">"), std::string::npos) << r;
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedPageTest,
                         ::testing::Values("emotional-numbness.txt",
                                           "why-men-struggle-to-open-up.txt"));

}  // namespace
}  // namespace mwp
