#include "cite/name_text.h"

#include <gtest/gtest.h>

#include <string>

namespace mwp {
namespace {

struct WordCase {
  const char* text;
  bool expected;
};

TEST(NameText, Initials) {
  const WordCase cases[] = {
      {"J.", true},
      {"R. F.", true},
      {"A.-M.", true},
      {"Th.", true},
      {"Y.-y.", true},
      {"\xC3\x89.", true},
      {"J", false},
      {"j.", false},
      {"Smith.", false},
      {"J.F", false},
      {"1.", false},
      {"", false},
      // A particle among the initials: Amanda C. de C. Williams.
      {"A. C. de C.", true},
      {"de C.", false},
      {"A. de", false},
      {"A. C. van C.", false},
  };
  for (const WordCase& c : cases) EXPECT_EQ(is_initials(c.text), c.expected) << c.text;
}

TEST(NameText, Suffixes) {
  const WordCase cases[] = {
      {"Jr.", true}, {"Jr", true}, {"Sr.", true},  {"III", true},
      {"IV", true},  {"V", false}, {"Jnr", false}, {"jr.", false},
  };
  for (const WordCase& c : cases) EXPECT_EQ(is_suffix(c.text), c.expected) << c.text;
}

TEST(NameText, EllipsisLength) {
  EXPECT_EQ(ellipsis_length(". . . Zaslavsky"), 5u);
  EXPECT_EQ(ellipsis_length("... Zaslavsky"), 3u);
  EXPECT_EQ(ellipsis_length("\xE2\x80\xA6 Zaslavsky"), 3u);
  EXPECT_EQ(ellipsis_length(". Zaslavsky"), 0u);
}

TEST(NameText, NameAndGroupNameText) {
  EXPECT_TRUE(is_name_text("O'Brien-Smith"));
  EXPECT_FALSE(is_name_text("Smith 2003"));
  EXPECT_FALSE(is_name_text("Smith (Ed.)"));
  EXPECT_FALSE(is_name_text(""));
  EXPECT_TRUE(is_group_name_text("GBD 2019 Mental Disorders Collaborators"));
  EXPECT_FALSE(is_group_name_text("2019"));
  EXPECT_FALSE(is_group_name_text("12-345."));
  EXPECT_FALSE(is_group_name_text("Office: Research"));
}

TEST(NameText, PersonFromFamily) {
  const PersonName de_waal = person_from_family("de Waal");
  EXPECT_EQ(de_waal.non_dropping_particle, "de");
  EXPECT_EQ(de_waal.family, "Waal");
  const PersonName van_der = person_from_family("van der Kolk");
  EXPECT_EQ(van_der.non_dropping_particle, "van der");
  EXPECT_EQ(van_der.family, "Kolk");
  const PersonName van_capital = person_from_family("Van Dongen");
  EXPECT_EQ(van_capital.non_dropping_particle, "");
  EXPECT_EQ(van_capital.family, "Van Dongen");
}

TEST(NameText, GivenNames) {
  const WordCase cases[] = {
      {"James J.", true}, {"Janet Shibley", true}, {"Oliver P.", true},  {"J.", true},
      {"A B C D", false}, {"james", false},        {"James 2nd", false}, {"", false},
  };
  for (const WordCase& c : cases) EXPECT_EQ(is_given_names(c.text), c.expected) << c.text;
}

TEST(NameText, RunTogetherInitials) {
  const WordCase cases[] = {
      {"Gross JJ", true}, {"Seidler ZE.", true},  {"JJ", true},
      {"Gross J", false}, {"Gross J. J.", false}, {"Gross ABCD", false},
  };
  for (const WordCase& c : cases) {
    EXPECT_EQ(has_run_together_initials(c.text), c.expected) << c.text;
  }
}

}  // namespace
}  // namespace mwp
