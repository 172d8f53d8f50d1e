#include "content/section_matcher.h"

#include <gtest/gtest.h>

#include "content/content_test_support.h"

namespace mwp {
namespace {

TEST(NormaliseHeading, Table) {
  const std::pair<const char*, const char*> cases[] = {
      {"Myth vs. Evidence", "myth vs evidence"},
      {"  WHAT the research actually shows ", "what the research actually shows"},
      {"Why it matters:", "why it matters"},
      {"What most people get wrong about this?", "what most people get wrong about this"},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(normalise_heading(in), out) << in;
}

TEST(SectionMatcher, MatchesKickersHeadingsFaqAndSources) {
  const SectionMatcher m(testing_support::sample_config().article_template);
  struct Case {
    const char* heading;
    bool found;
    HeadingKind kind;
    size_t section;
  } cases[] = {
      {"The evidence", true, HeadingKind::section, 0},
      {"what the research actually shows", true, HeadingKind::section, 0},
      {"Myth vs evidence", true, HeadingKind::section, 3},
      {"The Nuance", true, HeadingKind::section, 5},
      {"Questions people ask about this", true, HeadingKind::faq, 0},
      {"RESEARCH SOURCES", true, HeadingKind::sources, 0},
      {"Conclusion", false, HeadingKind::section, 0},
  };
  for (const auto& c : cases) {
    const auto match = m.match(c.heading);
    ASSERT_EQ(match.has_value(), c.found) << c.heading;
    if (!match) continue;
    EXPECT_EQ(match->kind, c.kind) << c.heading;
    if (c.kind == HeadingKind::section) {
      EXPECT_EQ(match->section, c.section) << c.heading;
    }
  }
}

}  // namespace
}  // namespace mwp
