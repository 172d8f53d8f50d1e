#include "cite/name_matching.h"

#include <gtest/gtest.h>

namespace mwp {
namespace {

CitedName cited(const char* written, const char* surname, const char* initials = "") {
  return CitedName{surname, written, initials, false, 0};
}

CitedName acronym(const char* letters) {
  CitedName name = cited(letters, letters);
  name.acronym = true;
  return name;
}

TEST(NameMatching, NamesPersonsAndGroups) {
  const GroupAbbreviations defined = {
      {"nice", "national institute for health and care excellence"}};
  const struct {
    CitedName cited;
    PersonName listed;
    bool names;
  } cases[] = {
      {cited("Gross", "Gross"), person_name("Gross", "J. J."), true},
      {cited("Waal", "Waal"), PersonName{"Waal", "F. B. M.", "de", "", "", ""}, true},
      {cited("de Waal", "de Waal"), PersonName{"Waal", "F. B. M.", "de", "", "", ""}, true},
      {cited("Grose", "Grose"), person_name("Gross", "J. J."), false},
      {acronym("WHO"), group_name("World Health Organization"), true},
      {acronym("NICE"), group_name("National Institute for Health and Care Excellence"), true},
      {acronym("APA"), person_name("Apa", "A."), false},
      {cited("Pew", "Pew"), group_name("Pew Research Center"), true},
      {cited("National", "National"), group_name("National Gambling Helpline"), false},
      {cited("Cabinet Office", "Cabinet Office"), group_name("Cabinet Office, Government of Japan"),
       true},
      {cited("Fidelity", "Fidelity"), group_name("Fidelity Investments"), true},
      {cited("Valuing Carers", "Carers"), group_name("Carers UK"), false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(name_equal(c.cited, c.listed, defined), c.names) << c.cited.written;
  }
}

TEST(NameMatching, ReadsFamilyNamesFirstAndGroupsOfTwoWords) {
  EXPECT_TRUE(
      family_name_first(cited("Kawachi Ichiro", "Ichiro", "I."), person_name("Kawachi", "I.")));
  EXPECT_FALSE(
      family_name_first(cited("Ichiro Kawachi", "Kawachi", "I."), person_name("Kawachi", "I.")));
  EXPECT_TRUE(first_of_two_words(cited("Fidelity", "Fidelity"), "Fidelity Investments"));
  EXPECT_FALSE(first_of_two_words(cited("Pew", "Pew"), "Pew Research Center"));
}

// "(International Institute for Population Sciences [IIPS] & ICF, 2021)":
// the abbreviation stands for the group it follows, not the last.
TEST(NameMatching, DefinesAbbreviationsForTheGroupsTheyFollow) {
  CitationMention mention;
  mention.names = {cited("International Institute for Population Sciences",
                         "International Institute for Population Sciences"),
                   acronym("ICF")};
  mention.abbreviation = "IIPS";
  mention.abbreviated_name = 0;
  Reference work;
  work.authors = {group_name("International Institute for Population Sciences"), group_name("ICF")};
  GroupAbbreviations abbreviations;
  EXPECT_EQ(define_abbreviations(mention, work, abbreviations), std::vector<std::string>{"IIPS"});
  EXPECT_EQ(abbreviations["iips"], "international institute for population sciences");
  mention.abbreviation.clear();
  EXPECT_TRUE(define_abbreviations(mention, work, abbreviations).empty());
}

}  // namespace
}  // namespace mwp
