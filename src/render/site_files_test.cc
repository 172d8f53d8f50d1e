// sitemap.xml, feed.xml, robots.txt and alias redirect pages.
#include <gtest/gtest.h>

#include <vector>

#include "render/feed.h"
#include "render/fixture_site.h"
#include "render/redirect_page.h"
#include "render/sitemap.h"

namespace mwp {
namespace {

// True when `xml` is well-formed enough for these files: one prolog, tags
// properly nested, every '&' starting one of the five XML entities, no '<'
// in text or '<' / raw '"' inside attribute values.
::testing::AssertionResult well_formed(const std::string& xml) {
  if (xml.rfind("<?xml version=\"1.0\" encoding=\"", 0) != 0) {
    return ::testing::AssertionFailure() << "no XML declaration";
  }
  std::vector<std::string> open;
  size_t i = xml.find("?>") + 2;
  while (i < xml.size()) {
    if (xml[i] == '&') {
      bool known = false;
      for (const char* entity : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"}) {
        known = known || xml.compare(i, std::string(entity).size(), entity) == 0;
      }
      if (!known) return ::testing::AssertionFailure() << "bare & at " << i;
      ++i;
      continue;
    }
    if (xml[i] != '<') {
      ++i;
      continue;
    }
    const size_t end = xml.find('>', i);
    if (end == std::string::npos) return ::testing::AssertionFailure() << "unclosed tag";
    std::string tag = xml.substr(i + 1, end - i - 1);
    size_t quotes = 0;
    for (char c : tag) {
      if (c == '<') return ::testing::AssertionFailure() << "'<' inside tag " << tag;
      quotes += c == '"';
    }
    if (quotes % 2 != 0) return ::testing::AssertionFailure() << "unbalanced quotes in " << tag;
    const bool closing = tag[0] == '/';
    const bool empty = tag.back() == '/';
    std::string name =
        tag.substr(closing ? 1 : 0, tag.find_first_of(" /", closing ? 1 : 0) - (closing ? 1 : 0));
    if (closing) {
      if (open.empty() || open.back() != name) {
        return ::testing::AssertionFailure() << "mismatched </" << name << ">";
      }
      open.pop_back();
    } else if (!empty) {
      open.push_back(name);
    }
    i = end + 1;
  }
  if (!open.empty()) return ::testing::AssertionFailure() << "<" << open.back() << "> not closed";
  return ::testing::AssertionSuccess();
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(WellFormedChecker, RejectsBrokenXml) {
  EXPECT_FALSE(well_formed("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a><b></a></b>"));
  EXPECT_FALSE(well_formed("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>x & y</a>"));
  EXPECT_FALSE(well_formed("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>"));
  EXPECT_TRUE(well_formed("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a x=\"1\"><b/>&amp;</a>"));
}

TEST(Sitemap, ListsEveryVisiblePageWithLastmod) {
  const Site site = fixture::fixture_site();
  const Theme theme;
  const RenderContext context(site, theme, {});
  const std::string xml = render_sitemap(context);
  EXPECT_TRUE(well_formed(xml));
  EXPECT_NE(xml.find("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"),
            std::string::npos);
  for (const char* loc :
       {"<loc>https://example.org/</loc>", "<loc>https://example.org/men-women/</loc>",
        "<loc>https://example.org/men-women/emotions/</loc>",
        "<loc>https://example.org/men-women/emotions/numbness/</loc>\n    "
        "<lastmod>2025-06-02</lastmod>",
        "<loc>https://example.org/men-women/emotions/opening-up/</loc>",
        "<loc>https://example.org/editorial-team/</loc>\n    <lastmod>2025-03-01</lastmod>",
        "<loc>https://example.org/sources/</loc>"}) {
    EXPECT_NE(xml.find(loc), std::string::npos) << loc;
  }
  EXPECT_EQ(xml.find("draft-piece"), std::string::npos);
  // The home page is as new as the newest visible article.
  EXPECT_NE(xml.find("<loc>https://example.org/</loc>\n    <lastmod>2025-06-02</lastmod>"),
            std::string::npos);
}

TEST(Sitemap, DraftsListedWhenRequested) {
  const Site site = fixture::fixture_site();
  const Theme theme;
  const RenderContext context(site, theme, {.drafts = true});
  EXPECT_NE(render_sitemap(context).find("draft-piece"), std::string::npos);
}

TEST(Sitemap, EscapesUrls) {
  Site site = fixture::fixture_site();
  site.config.base_url = "https://example.org/a&b/";
  site.articles[0].url = "/men-women/emotions/caf\xC3\xA9 <x>/";
  const Theme theme;
  const RenderContext context(site, theme, {});
  const std::string xml = render_sitemap(context);
  EXPECT_TRUE(well_formed(xml));
  EXPECT_NE(xml.find("<loc>https://example.org/a&amp;b/men-women/emotions/caf%C3%A9%20%3Cx%3E/"),
            std::string::npos);
}

TEST(AtomFeed, EntriesNewestFirstAndEscaped) {
  Site site = fixture::fixture_site();
  site.articles[1].title = "Tom & Jerry <3";
  site.articles[1].description = "Quotes \" and ' and \x01 control";
  site.config.title = "Men & Women";
  const Theme theme;
  const RenderContext context(site, theme, {});
  const std::string xml = render_atom_feed(context);
  EXPECT_TRUE(well_formed(xml));
  EXPECT_NE(xml.find("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">"),
            std::string::npos);
  EXPECT_NE(xml.find("<title>Men &amp; Women</title>"), std::string::npos);
  EXPECT_NE(xml.find("<link rel=\"self\" type=\"application/atom+xml\" "
                     "href=\"https://example.org/feed.xml\"/>"),
            std::string::npos);
  EXPECT_NE(xml.find("<updated>2025-06-02T00:00:00Z</updated>\n  <author>"), std::string::npos);
  EXPECT_EQ(count(xml, "<entry>"), 2u);  // the draft is left out
  const size_t numbness = xml.find("<title>Understanding numbness</title>");
  const size_t opening = xml.find("<title>Tom &amp; Jerry &lt;3</title>");
  ASSERT_NE(numbness, std::string::npos);
  ASSERT_NE(opening, std::string::npos);
  EXPECT_LT(numbness, opening);
  EXPECT_NE(xml.find("<summary>Quotes &quot; and &apos; and  control</summary>"),
            std::string::npos);
  EXPECT_NE(xml.find("<id>https://example.org/men-women/emotions/numbness/</id>"),
            std::string::npos);
}

TEST(AtomFeed, LimitKeepsTheNewest) {
  const Site site = fixture::fixture_site();
  const Theme theme;
  const RenderContext context(site, theme, {});
  const std::string xml = render_atom_feed(context, 1);
  EXPECT_EQ(count(xml, "<entry>"), 1u);
  EXPECT_NE(xml.find("Understanding numbness"), std::string::npos);
}

TEST(AtomFeed, EmptySiteIsStillValid) {
  Site site = fixture::fixture_site();
  site.articles.clear();
  site.categories[1].articles.clear();
  const Theme theme;
  const RenderContext context(site, theme, {});
  const std::string xml = render_atom_feed(context);
  EXPECT_TRUE(well_formed(xml));
  EXPECT_NE(xml.find("<updated>1970-01-01T00:00:00Z</updated>"), std::string::npos);
}

TEST(RobotsTxt, PointsToTheSitemap) {
  const Site site = fixture::fixture_site();
  const Theme theme;
  const RenderContext context(site, theme, {});
  EXPECT_EQ(render_robots_txt(context),
            "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n");
}

TEST(RedirectPage, CanonicalAndRefreshToTheTarget) {
  const Site site = fixture::fixture_site();
  const Theme theme;
  const RenderContext context(site, theme, {});
  const std::string html = render_redirect_page(context, "/men-women/", "Men & <Women>");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
  EXPECT_NE(html.find("<link rel=\"canonical\" href=\"https://example.org/men-women/\">"),
            std::string::npos);
  EXPECT_NE(
      html.find("<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/men-women/\">"),
      std::string::npos);
  EXPECT_NE(html.find("Men &amp; &lt;Women&gt;"), std::string::npos);
  EXPECT_EQ(html.find("<Women>"), std::string::npos);
}

struct PathCase {
  const char* site_path;
  std::optional<std::string> file;
};

TEST(OutputFileFor, Table) {
  const PathCase cases[] = {
      {"/", "index.html"},
      {"/men-women/emotions/x/", "men-women/emotions/x/index.html"},
      {"/old/page", "old/page/index.html"},
      {"/old.html", "old.html"},
      {"/sitemap.xml", "sitemap.xml"},
      {"", std::nullopt},
      {"relative/", std::nullopt},
      {"/../etc/", std::nullopt},
      {"/a/../b/", std::nullopt},
      {"//twice/", std::nullopt},
      {"/a\\b/", std::nullopt},
  };
  for (const PathCase& c : cases) EXPECT_EQ(output_file_for(c.site_path), c.file) << c.site_path;
}

}  // namespace
}  // namespace mwp
