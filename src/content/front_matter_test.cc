#include "content/front_matter.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>

namespace mwp {
namespace {

// The front matter of `text` (which starts with its "---" line), or nullopt.
std::optional<FrontMatter> front_matter(const std::string& text, Diagnostics& d) {
  const std::optional<SplitDocument> split = split_front_matter(text, "a.md", d);
  if (!split) return std::nullopt;
  return FrontMatter::parse(*split, "a.md", d);
}

constexpr const char* kDoc =
    "---\n"
    "title: Why we suppress\n"
    "count: 3\n"
    "draft: yes\n"
    "reviewed: 2024-02-30\n"
    "keywords: [anger, shame]\n"
    "single: one\n"
    "headings:\n"
    "  evidence: What we know\n"
    "  nuance: [not, text]\n"
    "reviewer:\n"
    "  name: Ada\n"
    "faq:\n"
    "  - question: Q1\n"
    "  - just text\n"
    "empty:\n"
    "blank: ''\n"
    "title: a second title\n"
    "---\n"
    "Body.\n";

// One accessor call on kDoc, and what it reports.
struct AccessCase {
  const char* what;
  std::function<std::string(FrontMatter&, Diagnostics&)> read;
  std::string value;       // what the call returns, rendered as text
  std::string diagnostic;  // "code line:column", or "" for none
};

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ",") + item;
  return out;
}

const AccessCase kAccessCases[] = {
    {"string",
     [](FrontMatter& f, Diagnostics& d) { return f.string("title", true, d).value_or("-"); },
     "Why we suppress", ""},
    {"missing, optional",
     [](FrontMatter& f, Diagnostics& d) { return f.string("slug", false, d).value_or("-"); }, "-",
     ""},
    {"missing, required",
     [](FrontMatter& f, Diagnostics& d) { return f.string("slug", true, d).value_or("-"); }, "-",
     "missing-field 1:1"},
    {"null counts as missing",
     [](FrontMatter& f, Diagnostics& d) { return f.string("empty", true, d).value_or("-"); }, "-",
     "missing-field 1:1"},
    {"empty required text",
     [](FrontMatter& f, Diagnostics& d) { return f.string("blank", true, d).value_or("-"); }, "-",
     "missing-field 17:8"},
    {"list where text is due",
     [](FrontMatter& f, Diagnostics& d) { return f.string("keywords", false, d).value_or("-"); },
     "-", "field-type 6:11"},
    {"integer",
     [](FrontMatter& f, Diagnostics& d) {
       return std::to_string(f.integer("count", d).value_or(-1));
     },
     "3", ""},
    {"not an integer",
     [](FrontMatter& f, Diagnostics& d) {
       return std::to_string(f.integer("title", d).value_or(-1));
     },
     "-1", "field-type 2:8"},
    {"boolean",
     [](FrontMatter& f, Diagnostics& d) {
       return f.boolean("draft", d).value_or(false) ? "true" : "false";
     },
     "true", ""},
    {"bad date",
     [](FrontMatter& f, Diagnostics& d) { return f.date("reviewed", true, d) ? "date" : "-"; }, "-",
     "bad-date 5:11"},
    {"list", [](FrontMatter& f, Diagnostics& d) { return joined(f.string_list("keywords", d)); },
     "anger,shame", ""},
    {"one value is a list of one",
     [](FrontMatter& f, Diagnostics& d) { return joined(f.string_list("single", d)); }, "one", ""},
    {"map with a bad entry",
     [](FrontMatter& f, Diagnostics& d) {
       std::string out;
       for (const auto& [key, value] : f.string_map("headings", d)) out += key + "=" + value;
       return out;
     },
     "evidence=What we know", "field-type 10:11"},
    {"nested mapping",
     [](FrontMatter& f, Diagnostics& d) {
       auto reviewer = f.mapping("reviewer", d);
       return reviewer ? reviewer->string("name", true, d).value_or("-") : "none";
     },
     "Ada", ""},
    {"list of mappings with a stray item",
     [](FrontMatter& f, Diagnostics& d) { return std::to_string(f.mapping_list("faq", d).size()); },
     "1", "field-type 15:5"},
    {"a repeated key reads the first",
     [](FrontMatter& f, Diagnostics&) { return std::to_string(f.line_of("title")); }, "2", ""},
    {"line of a missing key is the opening fence",
     [](FrontMatter& f, Diagnostics&) { return std::to_string(f.line_of("slug")); }, "1", ""},
    {"has",
     [](FrontMatter& f, Diagnostics&) {
       return std::string(f.has("count") ? "y" : "n") + (f.has("empty") ? "y" : "n") +
              (f.has("nope") ? "y" : "n");
     },
     "ynn", ""},
};

TEST(FrontMatter, TypedAccessorsReportAtTheFieldsPosition) {
  for (const AccessCase& c : kAccessCases) {
    Diagnostics d;
    std::optional<FrontMatter> fm = front_matter(kDoc, d);
    ASSERT_TRUE(fm) << c.what;
    ASSERT_TRUE(d.empty()) << c.what;
    EXPECT_EQ(c.read(*fm, d), c.value) << c.what;
    std::string reported;
    if (!d.empty()) {
      const Diagnostic& first = d.items().front();
      reported = first.code + " " + std::to_string(first.line) + ":" + std::to_string(first.column);
    }
    EXPECT_EQ(reported, c.diagnostic) << c.what;
  }
}

TEST(FrontMatter, WarnsAboutEveryUnknownKeyInSourceOrder) {
  Diagnostics d;
  std::optional<FrontMatter> fm = front_matter("---\ntitle: T\nsubtitle: S\ncolour: red\n---\n", d);
  ASSERT_TRUE(fm);
  fm->warn_unknown_keys({"title"}, d);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d.items()[0].code, "unknown-field");
  EXPECT_EQ(d.items()[0].line, 3);
  EXPECT_NE(d.items()[0].message.find("subtitle"), std::string::npos);
  EXPECT_EQ(d.items()[1].line, 4);
  EXPECT_FALSE(d.has_errors());
}

TEST(FrontMatter, RejectsBadYamlAndNonMappings) {
  const struct {
    const char* text;
    const char* code;
    int line;
  } cases[] = {
      {"---\ntitle: [unclosed\n---\n", "yaml-syntax", 3},
      {"---\n- a list\n---\n", "field-type", 2},
      {"---\ntitle: T\n", "front-matter-unclosed", 1},
  };
  for (const auto& c : cases) {
    Diagnostics d;
    EXPECT_FALSE(front_matter(c.text, d)) << c.text;
    ASSERT_EQ(d.size(), 1u) << c.text;
    EXPECT_EQ(d.items()[0].code, c.code) << c.text;
    EXPECT_EQ(d.items()[0].line, c.line) << c.text;
  }
  Diagnostics d;
  std::optional<FrontMatter> empty = front_matter("---\n---\nBody\n", d);
  ASSERT_TRUE(empty);
  EXPECT_FALSE(empty->has("title"));
}

}  // namespace
}  // namespace mwp
