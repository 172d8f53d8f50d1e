#include "cite/same_authors.h"

#include <gtest/gtest.h>

#include <string>

namespace mwp {
namespace {

// The text and year of each same-author mention of `prose`: "The same
// team's follow-up (2019)|2019".
std::vector<std::string> found(const std::string& prose) {
  std::vector<std::string> out;
  for (const CitationMention& m : find_same_author_citations(tokenize_prose(prose), {})) {
    EXPECT_TRUE(m.same_authors);
    EXPECT_TRUE(m.names.empty());
    out.push_back(prose.substr(m.begin, m.end - m.begin) + "|" + std::to_string(m.year));
  }
  return out;
}

TEST(SameAuthors, FindsTheAnaphor) {
  using V = std::vector<std::string>;
  EXPECT_EQ(found("The same team's follow-up (2019) built a questionnaire."),
            V{"The same team's follow-up (2019)|2019"});
  EXPECT_EQ(found("A later study by the same authors (2020) found more."),
            V{"the same authors (2020)|2020"});
  const V two = {"the same researchers (2015|2015", "2016|2016"};
  EXPECT_EQ(found("the same researchers (2015, 2016) then asked"), two);
  // Not anaphora: no "the same", a life span, other words in the parenthesis.
  EXPECT_EQ(found("The team's follow-up (2019) built it."), V{});
  EXPECT_EQ(found("the same authors (1856–1939)"), V{});
  EXPECT_EQ(found("the same group (2010 participants)"), V{});
  EXPECT_EQ(found("the same team's Large Follow Up (2019)"), V{});
}

TEST(SameAuthors, TakesTheAuthorsOfTheWorkBefore) {
  CitationMention anaphor;
  anaphor.same_authors = true;
  Reference three;
  three.authors = {person_name("Hull", "L."), person_name("Petrides", "K. V."),
                   person_name("Mandy", "W.")};
  const CitationMention hull = with_authors_of(anaphor, three);
  ASSERT_EQ(hull.names.size(), 1u);
  EXPECT_EQ(hull.names[0].surname, "Hull");
  EXPECT_TRUE(hull.et_al);
  EXPECT_FALSE(hull.same_authors);

  Reference two;
  two.authors = {person_name("Gross", "J. J."), person_name("John", "O. P.")};
  const CitationMention both = with_authors_of(anaphor, two);
  ASSERT_EQ(both.names.size(), 2u);
  EXPECT_EQ(both.names[1].surname, "John");
  EXPECT_FALSE(both.et_al);

  Reference group;
  group.authors = {PersonName{"", "", "", "", "World Health Organization", ""}};
  EXPECT_EQ(with_authors_of(anaphor, group).names[0].surname, "World Health Organization");
  EXPECT_TRUE(with_authors_of(anaphor, Reference{}).names.empty());
}

TEST(SameAuthors, ASentenceMayCiteTheWorkBeforeAgain) {
  const auto refers = [](const std::string& prose) {
    CitationMention mention;
    mention.begin = prose.find("Oliffe");
    mention.end = mention.begin + 6;
    return refers_to_work_before(prose, mention);
  };
  EXPECT_TRUE(refers("It was new. In that same study, Oliffe et al. (2019) describe it."));
  EXPECT_TRUE(refers("In this study, Oliffe et al. (2019) asked men."));
  EXPECT_FALSE(refers("That study was small. Oliffe et al. (2019) describe it."));
}

}  // namespace
}  // namespace mwp
