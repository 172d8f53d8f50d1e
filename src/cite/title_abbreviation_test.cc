#include "cite/title_abbreviation.h"

#include <gtest/gtest.h>

#include <string>

namespace mwp {
namespace {

Reference manual(const char* title, const char* edition) {
  Reference reference;
  PersonName group;
  group.literal = "American Psychiatric Association";
  reference.authors = {group};
  reference.title = title;
  reference.edition = edition;
  return reference;
}

struct FindCase {
  const char* text;
  const char* found;  // the abbreviation found, "" for none
  int year;
};

const FindCase kFindCases[] = {
    {"DSM-5 (2013) made binge-eating disorder a diagnosis.", "DSM-5", 2013},
    {"The DSM-5-TR (2022) kept the criteria.", "DSM-5-TR", 2022},
    {"Under DSM-IV-TR (2000), it was a provisional category.", "DSM-IV-TR", 2000},
    {"ICD-11 (2019) lists gaming disorder.", "ICD-11", 2019},
    {"COVID-19 (2020) closed schools.", "COVID-19", 2020},  // found; matches no title
    {"The APA (2020) manual.", "", 0},                      // no edition: a group acronym
    {"DSM-5 was published in 2013.", "", 0},
    {"DSM-5 (p. 12) says so.", "", 0},
};

TEST(TitleAbbreviation, FindsAnAbbreviationWithItsEditionBeforeAYear) {
  for (const FindCase& c : kFindCases) {
    const std::vector<CitationMention> found =
        find_title_abbreviations(c.text, tokenize_prose(c.text));
    if (std::string(c.found).empty()) {
      EXPECT_TRUE(found.empty()) << c.text;
      continue;
    }
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].abbreviated_title, c.found);
    EXPECT_EQ(found[0].year, c.year);
    EXPECT_TRUE(found[0].office) << "a citation only if it matches";
    EXPECT_TRUE(found[0].names.empty());
  }
}

struct MatchCase {
  const char* abbreviation;
  const char* title;
  const char* edition;
  bool matches;
};

const MatchCase kMatchCases[] = {
    {"DSM-5", "Diagnostic and statistical manual of mental disorders", "5", true},
    {"DSM-V", "Diagnostic and statistical manual of mental disorders", "5", true},
    {"DSM-5-TR", "Diagnostic and statistical manual of mental disorders", "5th ed., text rev.",
     true},
    {"DSM-5", "Diagnostic and statistical manual of mental disorders", "5th ed., text rev.", false},
    {"DSM-5-TR", "Diagnostic and statistical manual of mental disorders", "5", false},
    {"DSM-IV", "Diagnostic and statistical manual of mental disorders", "5", false},
    {"ICD-11", "International classification of diseases for mortality and morbidity statistics",
     "11", true},
    {"DSM-5", "Depression and its management", "5", false},
    {"DSM-5", "Diagnostic and statistical manual of mental disorders", "", false},
};

TEST(TitleAbbreviation, MatchesTheTitleInitialsAndTheEdition) {
  for (const MatchCase& c : kMatchCases) {
    EXPECT_EQ(abbreviates_title(c.abbreviation, manual(c.title, c.edition)), c.matches)
        << c.abbreviation << " / " << c.title << " / " << c.edition;
  }
}

}  // namespace
}  // namespace mwp
