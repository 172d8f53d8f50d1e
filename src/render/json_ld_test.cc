#include "render/json_ld.h"

#include <gtest/gtest.h>

#include "content/released_text.h"
#include "render/fixture_site.h"
#include "text/escape.h"

namespace mwp {
namespace {

using nlohmann::json;

// The JSON inside a <script type="application/ld+json"> element.
json script_json(const std::string& script) {
  const std::string open = "<script type=\"application/ld+json\">";
  EXPECT_EQ(script.rfind(open, 0), 0u);
  EXPECT_EQ(script.find("</script>"), script.size() - 9);
  return json::parse(script.substr(open.size(), script.size() - open.size() - 9));
}

// faq_page_json_ld() of a fixture article, whose text the model holds.
std::optional<std::string> faq_json_ld(const RenderContext& context, size_t article) {
  Diagnostics diagnostics;
  const std::optional<ArticleText> text =
      read_article_text(context.site().articles[article], diagnostics);
  EXPECT_TRUE(text.has_value());
  if (!text) return std::nullopt;
  return faq_page_json_ld(context, article, *text);
}

TEST(JsonLd, MedicalWebPageHasRequiredFields) {
  const Site site = fixture::fixture_site();
  const Theme theme;
  const RenderContext context(site, theme, {});
  const json page = script_json(json_ld_script(medical_web_page_json_ld(context, 0)));

  EXPECT_EQ(page["@context"], "https://schema.org");
  EXPECT_EQ(page["@type"], "MedicalWebPage");
  EXPECT_EQ(page["url"], "https://example.org/men-women/emotions/numbness/");
  EXPECT_EQ(page["lastReviewed"], "2025-06-02");
  EXPECT_EQ(page["reviewedBy"]["@type"], "Organization");
  EXPECT_EQ(page["reviewedBy"]["name"], "Test editorial team");
  EXPECT_EQ(page["reviewedBy"]["url"], "https://example.org/editorial-team/");

  const json& crumbs = page["breadcrumb"]["itemListElement"];
  EXPECT_EQ(page["breadcrumb"]["@type"], "BreadcrumbList");
  ASSERT_EQ(crumbs.size(), 4u);
  const char* names[] = {"Test Psychology", "Men & Women", "Emotions and Feelings",
                         "Understanding numbness"};
  for (size_t i = 0; i < crumbs.size(); ++i) {
    EXPECT_EQ(crumbs[i]["@type"], "ListItem");
    EXPECT_EQ(crumbs[i]["position"], i + 1);
    EXPECT_EQ(crumbs[i]["name"], names[i]);
  }
  EXPECT_EQ(crumbs[1]["item"], "https://example.org/men-women/");

  ASSERT_EQ(page["about"].size(), 2u);
  EXPECT_EQ(page["about"][0]["name"], "emotional numbness");

  const json& article = page["mainEntity"];
  EXPECT_EQ(article["@type"], "Article");
  EXPECT_EQ(article["headline"], "Understanding numbness");
  EXPECT_EQ(article["description"], "What Understanding numbness is about.");
  EXPECT_EQ(article["datePublished"], "2025-01-15");
  EXPECT_EQ(article["dateModified"], "2025-06-02");
  EXPECT_EQ(article["author"]["@type"], "Organization");
  EXPECT_EQ(article["publisher"]["name"], "Test Psychology");

  const json& citations = article["citation"];
  ASSERT_EQ(citations.size(), 2u);
  EXPECT_EQ(citations[0]["@type"], "ScholarlyArticle");
  EXPECT_EQ(citations[0]["name"], "Individual differences");
  EXPECT_EQ(citations[0]["datePublished"], "2003");
  EXPECT_EQ(citations[0]["author"][0]["@type"], "Person");
  EXPECT_EQ(citations[0]["author"][0]["name"], "J. J. Gross");
  EXPECT_EQ(citations[0]["author"][0]["familyName"], "Gross");
  EXPECT_EQ(citations[0]["isPartOf"]["@type"], "Periodical");
  EXPECT_EQ(citations[0]["isPartOf"]["name"], "Journal of Personality and Social Psychology");
  EXPECT_EQ(citations[0]["sameAs"], "https://doi.org/10.1037/0022-3514.85.2.348");
}

TEST(JsonLd, CategoryIsTheTopicWithoutKeywords) {
  const Site site = fixture::fixture_site();
  const Theme theme;
  const RenderContext context(site, theme, {});
  const json page = json::parse(medical_web_page_json_ld(context, 1));
  ASSERT_EQ(page["about"].size(), 1u);
  EXPECT_EQ(page["about"][0]["name"], "Emotions and Feelings");
}

TEST(JsonLd, BooksAndOrganisationsAreTyped) {
  Site site = fixture::fixture_site();
  Reference& book = site.articles[0].references[1];
  book.type = ReferenceType::book;
  book.authors = {{"", "", "", "", "American Psychological Association", ""}};
  book.publisher = "APA Books";
  const Theme theme;
  const RenderContext context(site, theme, {});
  const json citation =
      json::parse(medical_web_page_json_ld(context, 0))["mainEntity"]["citation"][1];
  EXPECT_EQ(citation["@type"], "Book");
  EXPECT_EQ(citation["author"][0]["@type"], "Organization");
  EXPECT_EQ(citation["author"][0]["name"], "American Psychological Association");
  EXPECT_EQ(citation["publisher"]["name"], "APA Books");
}

TEST(JsonLd, FaqPageHasQuestionsWithPlainTextAnswers) {
  const Site site = fixture::fixture_site();
  const Theme theme;
  const RenderContext context(site, theme, {});
  const json faq = script_json(json_ld_script(*faq_json_ld(context, 0)));
  EXPECT_EQ(faq["@type"], "FAQPage");
  ASSERT_EQ(faq["mainEntity"].size(), 2u);
  EXPECT_EQ(faq["mainEntity"][0]["@type"], "Question");
  EXPECT_EQ(faq["mainEntity"][0]["name"], "Is numbness the same as not caring?");
  EXPECT_EQ(faq["mainEntity"][0]["acceptedAnswer"]["@type"], "Answer");
  EXPECT_EQ(faq["mainEntity"][0]["acceptedAnswer"]["text"], "No. See Hyde (2005) on this.");
  EXPECT_EQ(faq["mainEntity"][1]["acceptedAnswer"]["text"], "Writing & time.");
  EXPECT_FALSE(faq_json_ld(context, 2).has_value());  // no FAQ
}

TEST(JsonLd, ScriptCannotBeClosedFromInside) {
  Site site = fixture::fixture_site();
  const std::string hostile = "Numbness </script><script>alert(1)</script> <!-- & \xE2\x80\xA8";
  site.articles[0].title = hostile;
  site.articles[0].faq[0].question = "</SCRIPT>?";
  const Theme theme;
  const RenderContext context(site, theme, {});
  const std::string script = json_ld_script(medical_web_page_json_ld(context, 0));
  EXPECT_EQ(script.find("</script>"), script.size() - 9);
  EXPECT_EQ(script.find("<!--"), std::string::npos);
  EXPECT_EQ(script_json(script)["mainEntity"]["headline"], hostile);
  const std::string faq = json_ld_script(*faq_json_ld(context, 0));
  EXPECT_EQ(faq.find("</SCRIPT>"), std::string::npos);
  EXPECT_EQ(script_json(faq)["mainEntity"][0]["name"], "</SCRIPT>?");
}

// The text is what nlohmann::json::dump() makes of it: keys sorted, same
// escaping, optional members present only when set.
TEST(JsonLd, TextIsCanonicalJson) {
  Site site = fixture::fixture_site();
  Reference& chapter = site.articles[0].references[1];
  chapter.type = ReferenceType::chapter;
  chapter.authors.push_back({"Berg", "", "van den", "Jr.", "", ""});
  chapter.editors = {{"Editor", "E.", "", "", "", ""}};
  chapter.publisher = "Press";
  chapter.doi.clear();
  chapter.url = "https://example.org/chapter";
  chapter.issue.clear();
  site.articles[0].title = "Tab\there, \"quoted\" \\ back\x01slash \xC3\xA9 <&> \xE2\x80\xA9";
  site.articles[0].description = "Broken \xC3 UTF-8";
  const Theme theme;
  const RenderContext context(site, theme, {});
  for (size_t a = 0; a < 2; ++a) {
    const std::string page = medical_web_page_json_ld(context, a);
    EXPECT_EQ(json_for_script(json::parse(page).dump()), page);
  }
  const std::string faq = *faq_json_ld(context, 0);
  EXPECT_EQ(json_for_script(json::parse(faq).dump()), faq);
  const json page = json::parse(medical_web_page_json_ld(context, 0));
  EXPECT_EQ(page["description"], "Broken \xEF\xBF\xBD UTF-8");
  const json& cited = page["mainEntity"]["citation"][1];
  EXPECT_EQ(cited["@type"], "Chapter");
  EXPECT_EQ(cited["author"][1]["name"], "van den Berg, Jr.");
  EXPECT_EQ(cited["editor"][0]["givenName"], "E.");
  EXPECT_EQ(cited["isPartOf"]["@type"], "Book");
  EXPECT_FALSE(cited["isPartOf"].contains("issueNumber"));
  EXPECT_EQ(cited["url"], "https://example.org/chapter");
}

}  // namespace
}  // namespace mwp
