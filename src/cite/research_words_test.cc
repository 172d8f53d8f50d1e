#include "cite/research_words.h"

#include <gtest/gtest.h>

namespace mwp {
namespace {

// The words in lower case only: "Report" opening a sentence, or a name
// ("Scholar"), is none.
TEST(ResearchWords, TellTradesAndKindsOfWork) {
  struct Case {
    const char* word;
    bool trade;
    bool noun;
  };
  const Case cases[] = {
      {"psychologist", true, false}, {"historian", true, false}, {"study", false, true},
      {"report", false, true},       {"Report", false, false},   {"Scholar", false, false},
      {"colleagues", false, false},
  };
  for (const Case& c : cases) {
    const std::vector<ProseToken> tokens = tokenize_prose(c.word);
    ASSERT_EQ(tokens.size(), 1u) << c.word;
    EXPECT_EQ(is_research_trade(tokens[0]), c.trade) << c.word;
    EXPECT_EQ(is_research_noun(tokens[0]), c.noun) << c.word;
  }
}

}  // namespace
}  // namespace mwp
