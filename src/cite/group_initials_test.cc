#include "cite/group_initials.h"

#include <gtest/gtest.h>

namespace mwp {
namespace {

TEST(GroupInitials, ReadsTheInitialsOfAGroupsName) {
  EXPECT_EQ(initials_of("World Health Organization"), "who");
  EXPECT_EQ(initials_of("Centers for Disease Control and Prevention"), "cdcp");
  EXPECT_EQ(initials_of("Universities UK"), "uuk");
  EXPECT_TRUE(acronym_of("who", "World Health Organization"));
  EXPECT_TRUE(acronym_of("cdc", "Centers for Disease Control and Prevention"));
  EXPECT_FALSE(acronym_of("apa", "World Health Organization"));
  EXPECT_TRUE(acronym_of("mom", "Ministry of Manpower"));  // a small word's initial too
  EXPECT_FALSE(acronym_of("mom", "Ministry of Health"));
}

TEST(GroupInitials, ReadsAnAbbreviationInMixedCase) {
  EXPECT_TRUE(mixed_case_abbreviation_of("MoHFW", "Ministry of Health and Family Welfare"));
  // Every initial, in order; three capitals or more; one word.
  EXPECT_FALSE(mixed_case_abbreviation_of("MoHF", "Ministry of Health and Family Welfare"));
  EXPECT_FALSE(mixed_case_abbreviation_of("DeWall", "Department of Work and Leisure"));
  EXPECT_TRUE(mixed_case_abbreviation_of("Stats SA", "Statistics South Africa"));
}

}  // namespace
}  // namespace mwp
