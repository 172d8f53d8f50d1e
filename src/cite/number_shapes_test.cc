#include "cite/number_shapes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mwp {
namespace {

// A journal article whose volume, issue and pages each case sets: the
// doubt mentions `mentioned`, or there is none when it is null.
TEST(NumberShapes, DoubtsNumbersOfTheWrongShape) {
  const struct {
    const char* volume;
    const char* issue;
    const char* page;
    const char* mentioned;
  } kCases[] = {
      {"85", "2", "348-362", nullptr},
      {"XIV", "Suppl. B", "S1-S12", nullptr},  // roman numerals, a supplement
      {"47", "1_suppl", "e0123", nullptr},     // SAGE's supplement issue, an eLocator
      {"5", "CSCW2", "1-25", nullptr},         // ACM's issue named for its conference
      {"8", "CHI PLAY", "1-25", nullptr},
      {"7", "7 DEC", "267", nullptr},  // Scopus's issue of a journal without issues
      {"7", "7 DECEMBER", "267", "not a number"},
      {"12", "", "A1, A4", nullptr},  // discontinuous pages
      {"155-162", "", "", "reads as pages"},
      {"12", "", "5, 585-592", "hold an issue"},
      {"12", "3", "137 155", "two numbers with nothing between them"},
      {"12", "3", "see the appendix", "not a number"},
      {"15", "", "12", "an article number without \"Article\""},
  };
  for (const auto& c : kCases) {
    Reference reference;
    reference.type = ReferenceType::article_journal;
    reference.volume = c.volume;
    reference.issue = c.issue;
    reference.page = c.page;
    std::vector<std::string> doubts;
    doubt_number_shapes(reference, doubts);
    if (c.mentioned == nullptr) {
      EXPECT_TRUE(doubts.empty()) << c.volume << " " << c.page << ": " << doubts[0];
    } else {
      ASSERT_EQ(doubts.size(), 1u) << c.volume << " " << c.page;
      EXPECT_NE(doubts[0].find(c.mentioned), std::string::npos) << doubts[0];
    }
  }
}

}  // namespace
}  // namespace mwp
