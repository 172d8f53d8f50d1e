#include "cite/group_possessives.h"

#include <gtest/gtest.h>

#include <string>

namespace mwp {
namespace {

Reference by_group(const char* group, int year) {
  Reference r;
  r.authors = {group_name(group)};
  r.year = year;
  r.title = "Guidelines";
  return r;
}

// The mentions found in `text`, as "name@year" joined by " | ".
std::string found_in(const std::string& text) {
  const std::vector<Reference> references = {by_group("American Psychological Association", 2017),
                                             by_group("World Health Organization", 2022),
                                             by_group("Pew Research Center", 2019),
                                             by_group("Mind", 2020)};
  std::string out;
  for (const CitationMention& m : find_group_possessives(text, references, {})) {
    if (!out.empty()) out += " | ";
    out += text.substr(m.begin, m.end - m.begin) + "@" + std::to_string(m.named_year);
    EXPECT_FALSE(m.has_year);
    EXPECT_TRUE(m.strong);
  }
  return out;
}

TEST(GroupPossessives, FindsAGroupsNameWholeBeforeItsYear) {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"The American Psychological Association's 2017 guidelines say so.",
       "American Psychological Association@2017"},
      {"the World Health Organization\u2019s 2022 report", "World Health Organization@2022"},
      {"Pew Research Center's 2019 survey and the World Health Organization's 2022 one",
       "Pew Research Center@2019 | World Health Organization@2022"},
      // A year that is a count, no possessive, a name cut short or run on.
      {"the American Psychological Association's 2017s", ""},
      {"the American Psychological Association's 20,000 members", ""},
      {"the American Psychological Association 2017 guidelines", ""},
      {"the American Psychological Associations' 2017 guidelines", ""},
      {"NotAmerican Psychological Association's 2017", ""},
      // A name of one or two words is name_citations.h's to find.
      {"Mind's 2020 report", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(found_in(c.text), c.expected) << c.text;
}

TEST(GroupPossessives, SkipsTakenRanges) {
  const std::string text = "The American Psychological Association's 2017 guidelines.";
  CitationMention taken;
  taken.begin = 4;
  taken.end = 20;
  EXPECT_TRUE(
      find_group_possessives(text, {by_group("American Psychological Association", 2017)}, {taken})
          .empty());
}

}  // namespace
}  // namespace mwp
