#include "render/mustache_template.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

namespace mwp {
namespace {

using nlohmann::json;

std::string render(std::string_view text, const json& context, const PartialTexts& partials = {}) {
  std::string error;
  const auto parsed = MustacheTemplate::parse(text, partials, error);
  EXPECT_TRUE(parsed.has_value()) << error;
  return parsed ? parsed->render(context) : "";
}

TEST(MustacheTemplate, EscapesVariablesButKeepsSlashes) {
  const json context = {{"x", "<a href=\"/p?q=1&r='2'\">"}};
  EXPECT_EQ(render("{{x}}", context), "&lt;a href=&quot;/p?q=1&amp;r=&#39;2&#39;&quot;&gt;");
  EXPECT_EQ(render("{{{x}}}|{{&x}}", context),
            "<a href=\"/p?q=1&r='2'\">|<a href=\"/p?q=1&r='2'\">");
}

TEST(MustacheTemplate, TruthinessAndValuesAsMstch) {
  const json context = {{"empty", ""},           {"null", nullptr}, {"no", false},
                        {"list", json::array()}, {"n", 0},          {"f", 1.5},
                        {"obj", json::object()}};
  EXPECT_EQ(render("{{#empty}}a{{/empty}}{{^empty}}b{{/empty}}", context), "b");
  EXPECT_EQ(render("{{#null}}a{{/null}}{{^null}}b{{/null}}[{{null}}]", context), "b[]");
  EXPECT_EQ(render("{{#no}}a{{/no}}{{^no}}b{{/no}}", context), "b");
  EXPECT_EQ(render("{{#list}}a{{/list}}{{^list}}b{{/list}}", context), "b");
  EXPECT_EQ(render("{{#n}}[{{n}}]{{/n}}{{f}}", context), "[0]1.5");
  EXPECT_EQ(render("{{#obj}}o{{/obj}}{{#missing}}m{{/missing}}", context), "o");
}

TEST(MustacheTemplate, ListsAndDottedNames) {
  const json context = {{"items", {{{"name", "a"}}, {{"name", "b"}}}},
                        {"words", {"x", "y"}},
                        {"page", {{"title", "T"}}},
                        {"title", "outer"}};
  EXPECT_EQ(render("{{#items}}<{{name}}>{{/items}}", context), "<a><b>");
  EXPECT_EQ(render("{{#words}}{{.}},{{/words}}", context), "x,y,");
  EXPECT_EQ(render("{{page.title}}|{{#items}}{{title}}{{/items}}", context), "T|outerouter");
  // "page" is found first; "page.name" does not fall back to outer contexts.
  EXPECT_EQ(render("{{#items}}[{{page.name}}]{{/items}}", context), "[][]");
}

TEST(MustacheTemplate, StandaloneLinesDisappear) {
  const std::string text = "<ol>\n  {{#items}}\n<li>{{name}}</li>\n  {{/items}}\n</ol>\n";
  EXPECT_EQ(render(text, {{"items", {{{"name", "a"}}, {{"name", "b"}}}}}),
            "<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n");
  EXPECT_EQ(render(text, {{"items", false}}), "<ol>\n</ol>\n");
  EXPECT_EQ(render("a\n{{! note }}\n{{#no}}\nx\n{{/no}}\nb{{! inline }}\n", {{"no", false}}),
            "a\nb\n");
  // Blank lines and lines with variables stay, even when they render blank.
  EXPECT_EQ(render("{{#yes}}\n\n{{/yes}}\n{{#yes}}{{empty}}{{/yes}}\nz", {{"yes", true}}), "\n\nz");
}

TEST(MustacheTemplate, NestedSectionsLookOutwardFromTheInnermost) {
  const json context = {{"outer", {{"inner", {{{"v", "1"}}, {{"w", "2"}}}}, {"v", "o"}}},
                        {"w", "top"},
                        {"big", 4000000000U},
                        {"huge", 18446744073709551615ULL},
                        {"neg", -3}};
  EXPECT_EQ(render("{{#outer}}{{#inner}}[{{v}}{{w}}]{{/inner}}{{/outer}}", context), "[1top][o2]");
  EXPECT_EQ(
      render("{{#outer.inner}}{{^w}}-{{/w}}{{/outer.inner}}|{{big}}|{{huge}}|{{neg}}", context),
      "|4000000000|18446744073709551615|-3");
}

TEST(MustacheTemplate, PartialsAreInlinedOnce) {
  const PartialTexts partials = {{"item", "<li>{{name}}</li>\n"}, {"wrap", "[{{> item}}]"}};
  const json context = {{"items", {{{"name", "a"}}, {{"name", "b"}}}}};
  EXPECT_EQ(render("<ul>\n{{#items}}\n  {{> item}}\n{{/items}}\n</ul>\n", context, partials),
            "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n");
  EXPECT_EQ(render("{{#items}}{{> wrap}}{{/items}}{{> absent}}.", context, partials),
            "[<li>a</li>\n][<li>b</li>\n].");
}

TEST(MustacheTemplate, DelimitersStayInsideTheirPartial) {
  const PartialTexts partials = {{"odd", "{{=<% %>=}}<%x%>"}};
  EXPECT_EQ(render("{{> odd}}{{x}}", {{"x", "1"}}, partials), "11");
  EXPECT_EQ(render("{{=[ ]=}}[> odd][x]", {{"x", "2"}}, partials), "22");
}

TEST(MustacheTemplate, InvalidTemplatesAreErrors) {
  const struct {
    const char* text;
    const char* error;
  } kCases[] = {
      {"{{#a}}x", "the section \"a\" is not closed"},
      {"{{#a}}{{#b}}{{/a}}{{/b}}", "the tag \"{{/a}}\" closes the section \"b\""},
      {"x{{/a}}", "the tag \"{{/a}}\" closes no section"},
      {"{{x", "the tag \"{{x\" is not closed"},
      {"{{{x}}", "the tag \"{{{x}}\" is not closed"},
      {"{{=<%>=}}", "the set-delimiter tag \"{{=<%>=}}\" is malformed"},
  };
  for (const auto& c : kCases) {
    std::string error;
    EXPECT_FALSE(MustacheTemplate::parse(c.text, {}, error).has_value()) << c.text;
    EXPECT_EQ(error, c.error) << c.text;
  }
  std::string error;
  EXPECT_FALSE(MustacheTemplate::parse("{{> self}}", {{"self", "a{{> self}}"}}, error));
  EXPECT_NE(error.find("partials nest"), std::string::npos) << error;
}

TEST(MustacheTemplate, ConcurrentRendersAgree) {
  std::string error;
  const auto parsed =
      MustacheTemplate::parse("{{#items}}<{{name}}>\n{{/items}}", {{"unused", "u"}}, error);
  ASSERT_TRUE(parsed.has_value());
  const json context = {{"items", {{{"name", "a"}}, {{"name", "b"}}}}};
  std::vector<std::string> outputs(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < outputs.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) outputs[t] = parsed->render(context);
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& output : outputs) EXPECT_EQ(output, "<a>\n<b>\n");
}

}  // namespace
}  // namespace mwp
