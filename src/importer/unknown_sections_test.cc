#include "importer/unknown_sections.h"

#include <gtest/gtest.h>

#include "importer/import_test_support.h"

namespace mwp {
namespace {

// The blocks of each case, one heading-like or text block a line from 10;
// what is reported: "line:suggestion" for each diagnostic, or nothing.
TEST(UnknownSections, ReportsHeadingsTheTemplateDoesNotKnow) {
  const struct {
    const char* what;
    std::vector<std::string> blocks;
    std::vector<std::string> reported;
  } kCases[] = {
      {"a kicker and heading of its own",
       {"Background", "Where this comes from", "Text."},
       {"10:"}},
      {"a kicker mistyped", {"The mechansim", "Text."}, {"10:did you mean 'The mechanism'?"}},
      {"a sentence", {"It helps to talk.", "Text."}, {}},
  };
  const SiteConfig config = testing::bundled_config();
  for (const auto& c : kCases) {
    std::vector<TextBlock> blocks;
    int line = 10;
    for (const std::string& text : c.blocks) blocks.push_back({text, line++});
    Diagnostics d;
    const bool any = report_unknown_sections(blocks, config.article_template, "a.txt", d);
    std::vector<std::string> reported;
    for (const Diagnostic& item : d.items()) {
      EXPECT_EQ(item.code, "unknown-section") << c.what;
      reported.push_back(std::to_string(item.line) + ":" + item.suggestion);
    }
    EXPECT_EQ(reported, c.reported) << c.what;
    EXPECT_EQ(any, !c.reported.empty()) << c.what;
  }
}

}  // namespace
}  // namespace mwp
