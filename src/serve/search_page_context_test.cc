#include "serve/search_page_context.h"

#include <gtest/gtest.h>

namespace mwp::serve {
namespace {

struct UrlCase {
  std::string query;
  std::string category;
  size_t page;
  std::string expected;
};

TEST(SearchPageUrl, EncodesEveryValue) {
  const UrlCase kCases[] = {
      {"stress", "", 1, "/search/?q=stress"},
      {"a b&c=d", "", 1, "/search/?q=a%20b%26c%3Dd"},
      {"\"x\" <y>", "men-women/x", 2, "/search/?q=%22x%22%20%3Cy%3E&category=men-women%2Fx&page=2"},
      {"émotion", "", 1, "/search/?q=%C3%A9motion"},
  };
  for (const UrlCase& c : kCases) {
    EXPECT_EQ(search_page_url(c.query, c.category, c.page), c.expected) << c.query;
  }
}

SearchResult sample_result() {
  SearchResult result;
  result.query = "<script>alert(1)</script>";
  result.total = 23;
  result.page = 2;
  result.pages = 3;
  result.suggestion = "stress";
  result.corrected = true;
  SearchHit hit;
  hit.title = "Burnout";
  hit.url = "/work/burnout/";
  hit.snippet_html = "a &lt;b&gt; <mark>c</mark>";
  result.hits.push_back(hit);
  result.facets.push_back({"work", "Work", "/work/", 0, 23});
  return result;
}

TEST(SearchTemplateContext, CarriesResultsPaginationAndFacets) {
  const nlohmann::json context = search_template_context(sample_result(), nullptr);
  EXPECT_EQ(context["query"], "<script>alert(1)</script>");  // escaped by {{query}}
  EXPECT_EQ(context["total_label"], "23 results");
  EXPECT_TRUE(context["has_results"]);
  EXPECT_FALSE(context["no_results"]);
  EXPECT_EQ(context["results"][0]["snippet"], "a &lt;b&gt; <mark>c</mark>");
  EXPECT_EQ(context["suggestion_url"], "/search/?q=stress");
  EXPECT_EQ(context["original_url"],
            "/search/?q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E&nocorrect=1");
  EXPECT_EQ(context["pagination"]["prev_url"],
            "/search/?q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E");
  EXPECT_EQ(context["pagination"]["next_url"],
            "/search/?q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E&page=3");
  EXPECT_EQ(context["facets"][0]["url"],
            "/search/?q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E&category=work");
  EXPECT_FALSE(context["has_answer"]);
}

TEST(SearchTemplateContext, AnswerCardUsesTheBestAnswer) {
  AskResult answers;
  answers.answers.push_back({"Q?", "<p>A &amp; B</p>", "A & B", "Article", "/a/", 0.9});
  const nlohmann::json context = search_template_context(sample_result(), &answers);
  ASSERT_TRUE(context["has_answer"]);
  EXPECT_EQ(context["answer"]["question"], "Q?");
  EXPECT_EQ(context["answer"]["answer_html"], "<p>A &amp; B</p>");
  EXPECT_EQ(context["answer"]["article_url"], "/a/");
}

TEST(SearchTemplateContext, ErrorsAndEmptyPage) {
  SearchResult bad;
  bad.outcome = QueryOutcome::bad_request;
  bad.error = "unknown category: x";
  const nlohmann::json context = search_template_context(bad, nullptr);
  EXPECT_TRUE(context["has_error"]);
  EXPECT_FALSE(context["has_results"]);
  EXPECT_FALSE(context["no_results"]);
  const nlohmann::json empty = search_template_context(SearchResult{}, nullptr);
  EXPECT_FALSE(empty["has_query"]);
  EXPECT_FALSE(empty["no_results"]);
}

}  // namespace
}  // namespace mwp::serve
