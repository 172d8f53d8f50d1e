#include "cite/titled_works.h"

#include <gtest/gtest.h>

#include <string>

namespace mwp {
namespace {

Reference work(const char* family, const char* given, const char* suffix, const char* title) {
  Reference r;
  r.authors = {PersonName{family, given, "", "", "", ""}};
  r.year = 2014;
  r.year_suffix = suffix;
  r.title = title;
  return r;
}

// `prose` with the citation "(Sirois, 2014)" in it, against two works of
// 2014: the index of the one its sentence names, or -1 for none.
int named_work(const std::string& prose, const std::vector<Reference>& works) {
  const std::string cited = "(Sirois, 2014)";
  const size_t at = prose.find(cited);
  CitationMention mention;
  mention.begin = at;
  mention.end = at + cited.size();
  mention.has_year = true;
  mention.year = 2014;
  const std::optional<size_t> found = work_named_by_topic(prose, mention, {0, 1}, works);
  return found ? static_cast<int>(*found) : -1;
}

TEST(WorkNamedByTopic, TheSentenceNamesTheTopicOfOneWork) {
  const std::vector<Reference> works = {
      work("Sirois", "F. M.", "",
           "Out of sight, out of time? A meta-analytic investigation of procrastination and "
           "time perspective"),
      work("Sirois", "F. M.", "",
           "Procrastination and stress: Exploring the role of "
           "self-compassion")};
  struct Case {
    const char* prose;
    int expected;
  };
  const Case cases[] = {
      {"Stress runs through lower self-compassion (Sirois, 2014). Time is next.", 1},
      {"Procrastinators live in the present, a time perspective (Sirois, 2014).", 0},
      // "procrastination" is in both titles; one own word is not enough.
      {"Procrastination is common and causes stress (Sirois, 2014).", -1},
      // Each work's topic named: the sentence does not say which.
      {"Stress, self-compassion and time perspective (Sirois, 2014).", -1},
      // The topic in another sentence does not count.
      {"Stress and self-compassion go together. It is common (Sirois, 2014).", -1},
      {"Fuschia Sirois is worth reading (Sirois, 2014).", -1},
  };
  for (const Case& c : cases) EXPECT_EQ(named_work(c.prose, works), c.expected) << c.prose;
}

// The periodical a work is in names it as its title's words do.
TEST(WorkNamedByTopic, TheSentenceNamesThePeriodicalOfOneWork) {
  std::vector<Reference> works = {
      work("Sirois", "F. M.", "", "Billy no-mates: How men lose their friends"),
      work("Sirois", "F. M.", "", "When it comes to banter, men are in their element")};
  works[1].container_title = "The Guardian";
  EXPECT_EQ(
      named_work("She wrote in *The Guardian* that banter keeps men apart (Sirois, 2014).", works),
      1);
  EXPECT_EQ(named_work("She wrote that banter keeps men apart (Sirois, 2014).", works), -1);
}

TEST(WorkNamedByTopic, WorksWithLettersOrOtherAuthorsAreNotSettled) {
  const char* prose = "Stress runs through lower self-compassion (Sirois, 2014).";
  const char* title = "Procrastination and stress: Exploring the role of self-compassion";
  EXPECT_EQ(named_work(prose, {work("Sirois", "F. M.", "a", "Another title"),
                               work("Sirois", "F. M.", "b", title)}),
            -1);
  EXPECT_EQ(named_work(prose, {work("Sirois", "A.", "", "Another title"),
                               work("Sirois", "F. M.", "", title)}),
            -1);
}

}  // namespace
}  // namespace mwp
