#include "cite/reporting_verbs.h"

#include <gtest/gtest.h>

#include <vector>

#include "cite/prose_tokens.h"

namespace mwp {
namespace {

// The words after a name and its year: a reporting verb, perhaps after an
// adverb, reports research; a verb of time passing does not.
TEST(ReportingVerbs, TellResearchReportedFromTimePassing) {
  const struct {
    const char* after;
    bool reporting;
  } cases[] = {
      {"found that men", true},
      {"famously urged women", true},
      {"followed 500 couples", true},
      {"followed a year later", false},
      {"followed two years later", false},
      {"was released", false},
  };
  for (const auto& c : cases) {
    const std::vector<ProseToken> tokens = tokenize_prose(c.after);
    EXPECT_EQ(reporting_verb_at(tokens, 0), c.reporting) << c.after;
  }
}

}  // namespace
}  // namespace mwp
