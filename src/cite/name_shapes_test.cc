#include "cite/name_shapes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mwp {
namespace {

struct NameCase {
  const char* what;
  std::vector<PersonName> names;
  const char* doubt;  // a part of the doubt expected, or nullptr for none
};

const NameCase kNameCases[] = {
    {"persons read right", {person_name("Gross", "J. J."), person_name("John", "O. P.")}, nullptr},
    {"particles, hyphens, apostrophes and accents",
     {person_name("O'Brien", "J.-P."), person_name("L\xC3\xB6we", "B."),
      person_name("Garc\xC3\xAD"
                  "a-M\xC3\xA1rquez",
                  "Gabriel"),
      person_name("de Waal", "F. B. M.")},
     nullptr},
    {"a decomposed umlaut", {person_name("Lo\xCC\x88we", "B.")}, nullptr},
    {"a bullet before the name", {person_name("\xE2\x80\xA2 Gross", "J. J.")}, "the name"},
    {"an emoji before the name", {person_name("\xF0\x9F\x93\x96 Brown", "B.")}, "the name"},
    {"initials lost to no-break spaces", {person_name("Gross", "R.  .")}, "the name"},
    {"Vancouver initials after the family name", {person_name("Hazan C", "S. P.")}, "the name"},
    {"a suffix inside the family name", {person_name("Karasek Jr", "R.")}, "the name"},
    {"a reference manager's field code",
     {person_name("ADDIN EN.REFLIST Edmondson", "A.")},
     "the name"},
    {"a group's name in given names",
     {person_name("Britannica", "T. Editors of Encyclopaedia")},
     "the name"},
    {"one word among persons",
     {person_name("Holt-Lunstad", "J."), group_name("Smith")},
     "a single word among persons"},
    {"an acronym among persons", {person_name("Gross", "J. J."), group_name("APA")}, nullptr},
    {"a group's name with the authors' closing period",
     {group_name("Task Force on Statistical Inference.")},
     "the group author"},
    {"a group ending in an abbreviation", {group_name("Gallup, Inc.")}, nullptr},
    {"the tail of a group's name split at its serial comma",
     {group_name("and Dependent Care")},
     "the group author"},
    {"\"et al.\" read as a group", {group_name("et al.")}, "the group author"},
    {"persons without initials run into one name",
     {group_name("Rao Wenwang, Zhu Xiaomin, Zong Qianqian")},
     "the group author"},
    {"an initial in a group's name",
     {group_name("Britannica, T. Editors of Encyclopaedia")},
     "the group author"},
    {"a group's name with commas",
     {group_name("National Academies of Sciences, Engineering, and Medicine")},
     nullptr},
    {"a person's name in direct order", {group_name("Michael Marmot")}, "direct order"},
    {"two persons' names in direct order",
     {group_name("Daniel Kahneman and Amos Tversky")},
     "direct order"},
    {"two bodies' names joined", {group_name("Mental Health and Care Scotland")}, nullptr},
    {"a body's two-word name", {group_name("Statistics Canada")}, nullptr},
    {"a clinic's name", {group_name("Mayo Clinic")}, nullptr},
    {"a charity's two-word name", {group_name("Citizens Advice")}, nullptr},
    {"persons in direct order joined after a comma",
     {group_name("Wen Zhonglin, & Ye Baojuan")},
     "direct order"},
    {"a name written whole", {group_name("Ibn Khald\xC3\xBBn")}, nullptr},
    {"a family name first, a hyphenated given name after",
     {group_name("Hwang Kwang-Kuo")},
     "direct order"},
    {"a body named with \"The\"", {group_name("The Treasury")}, nullptr},
    {"a tribunal", {group_name("Waitangi Tribunal")}, nullptr},
    {"a link in a group's name",
     {group_name("World Health Organization https://who.int")},
     "the group author"},
};

TEST(NameShapes, EachMisreadNameIsDoubted) {
  for (const NameCase& c : kNameCases) {
    std::vector<std::string> doubts;
    doubt_name_shapes(c.names, doubts);
    if (c.doubt == nullptr) {
      EXPECT_TRUE(doubts.empty()) << c.what << ": " << (doubts.empty() ? "" : doubts[0]);
      continue;
    }
    ASSERT_EQ(doubts.size(), 1u) << c.what;
    EXPECT_NE(doubts[0].find(c.doubt), std::string::npos) << c.what << ": " << doubts[0];
  }
}

TEST(NameShapes, AppendsToDoubtsAlreadyFound) {
  std::vector<std::string> doubts = {"the title \"x\", which holds a link"};
  doubt_name_shapes({person_name("Hazan C", "S. P.")}, doubts);
  ASSERT_EQ(doubts.size(), 2u);
  EXPECT_EQ(doubts[1], "the name \"Hazan C, S. P.\", which is not shaped like a name");
}

}  // namespace
}  // namespace mwp
