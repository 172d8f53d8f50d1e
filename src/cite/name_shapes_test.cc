#include "cite/name_shapes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mwp {
namespace {

PersonName person(const char* family, const char* given) {
  PersonName name;
  name.family = family;
  name.given = given;
  return name;
}

PersonName group(const char* literal) {
  PersonName name;
  name.literal = literal;
  return name;
}

struct NameCase {
  const char* what;
  std::vector<PersonName> names;
  const char* doubt;  // a part of the doubt expected, or nullptr for none
};

const NameCase kNameCases[] = {
    {"persons read right", {person("Gross", "J. J."), person("John", "O. P.")}, nullptr},
    {"particles, hyphens, apostrophes and accents",
     {person("O'Brien", "J.-P."), person("L\xC3\xB6we", "B."),
      person("Garc\xC3\xAD"
             "a-M\xC3\xA1rquez",
             "Gabriel"),
      person("de Waal", "F. B. M.")},
     nullptr},
    {"a decomposed umlaut", {person("Lo\xCC\x88we", "B.")}, nullptr},
    {"a bullet before the name", {person("\xE2\x80\xA2 Gross", "J. J.")}, "the name"},
    {"an emoji before the name", {person("\xF0\x9F\x93\x96 Brown", "B.")}, "the name"},
    {"initials lost to no-break spaces", {person("Gross", "R.  .")}, "the name"},
    {"Vancouver initials after the family name", {person("Hazan C", "S. P.")}, "the name"},
    {"a suffix inside the family name", {person("Karasek Jr", "R.")}, "the name"},
    {"a reference manager's field code", {person("ADDIN EN.REFLIST Edmondson", "A.")}, "the name"},
    {"a group's name in given names",
     {person("Britannica", "T. Editors of Encyclopaedia")},
     "the name"},
    {"one word among persons",
     {person("Holt-Lunstad", "J."), group("Smith")},
     "a single word among persons"},
    {"an acronym among persons", {person("Gross", "J. J."), group("APA")}, nullptr},
    {"a group's name with the authors' closing period",
     {group("Task Force on Statistical Inference.")},
     "the group author"},
    {"a group ending in an abbreviation", {group("Gallup, Inc.")}, nullptr},
    {"the tail of a group's name split at its serial comma",
     {group("and Dependent Care")},
     "the group author"},
    {"\"et al.\" read as a group", {group("et al.")}, "the group author"},
    {"persons without initials run into one name",
     {group("Rao Wenwang, Zhu Xiaomin, Zong Qianqian")},
     "the group author"},
    {"an initial in a group's name",
     {group("Britannica, T. Editors of Encyclopaedia")},
     "the group author"},
    {"a group's name with commas",
     {group("National Academies of Sciences, Engineering, and Medicine")},
     nullptr},
    {"a person's name in direct order", {group("Michael Marmot")}, "direct order"},
    {"a body's two-word name", {group("Statistics Canada")}, nullptr},
    {"a clinic's name", {group("Mayo Clinic")}, nullptr},
    {"a name written whole", {group("Ibn Khald\xC3\xBBn")}, nullptr},
    {"a link in a group's name",
     {group("World Health Organization https://who.int")},
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
  doubt_name_shapes({person("Hazan C", "S. P.")}, doubts);
  ASSERT_EQ(doubts.size(), 2u);
  EXPECT_EQ(doubts[1], "the name \"Hazan C, S. P.\", which is not shaped like a name");
}

}  // namespace
}  // namespace mwp
