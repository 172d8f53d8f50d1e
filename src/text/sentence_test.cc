#include "text/sentence.h"

#include <gtest/gtest.h>

#include <string>

namespace mwp {
namespace {

TEST(SentenceAround, Table) {
  struct Case {
    const char* prose;
    const char* inside;  // the text whose sentence is wanted
    const char* expected;
  };
  const Case cases[] = {
      {"One. Two (Smith, 2003) here. Three.", "(Smith, 2003)", "Two (Smith, 2003) here"},
      {"Only one (Smith, 2003)", "(Smith, 2003)", "Only one (Smith, 2003)"},
      {"Why? Because (Smith, 2003)! Then.", "(Smith, 2003)", "Because (Smith, 2003)"},
      {"First (Smith, 2003). Second.", "(Smith, 2003)", "First (Smith, 2003)"},
      // An abbreviation's period ends a sentence too; one inside a word does not.
      {"Smith et al. found it (Smith, 2003)", "(Smith, 2003)", "found it (Smith, 2003)"},
      {"The U.S.A.'s view (Smith, 2003)", "(Smith, 2003)", "The U.S.A.'s view (Smith, 2003)"},
      {"", "", ""},
  };
  for (const Case& c : cases) {
    const std::string_view prose = c.prose;
    const size_t begin = prose.find(c.inside);
    const size_t end = begin + std::string_view(c.inside).size();
    EXPECT_EQ(sentence_around(prose, begin, end), c.expected) << c.prose;
  }
}

}  // namespace
}  // namespace mwp
