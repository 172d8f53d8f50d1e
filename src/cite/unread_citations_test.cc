#include "cite/unread_citations.h"

#include <gtest/gtest.h>

#include <string>

#include "cite/citation_scanner.h"

namespace mwp {
namespace {

Reference work(const char* family, int year) {
  Reference r;
  r.authors = {PersonName{family, "A.", "", "", "", ""}};
  r.year = year;
  r.title = "A work";
  return r;
}

// The unread citations of `prose`, as "text -> reference" joined by " | ",
// after the dated citations the scanner finds.
std::string unread_in(const std::string& prose) {
  const std::vector<Reference> references = {work("Bushman", 2002), work("Del Vecchio", 2004),
                                             work("Neff", 2011)};
  const std::vector<ProseToken> tokens = tokenize_prose(prose);
  const std::vector<CitationMention> mentions = find_dated_citations(prose, tokens);
  std::string out;
  for (const UnreadCitation& c : UnreadCitationFinder(references).find(tokens, mentions)) {
    if (!out.empty()) out += " | ";
    out += prose.substr(c.begin, c.end - c.begin) + " -> " + std::to_string(c.reference) +
           (c.misspelt ? " misspelt" : "") + (c.citation_form ? " as cited" : "");
  }
  return out;
}

TEST(UnreadCitations, FindsAnAuthorAndTheirWorksYearInOneSentence) {
  struct Case {
    const char* prose;
    const char* expected;
  };
  const Case cases[] = {
      {"Bushman moved on, and in 2002 the venting study appeared.",
       "Bushman moved on, and in 2002 -> 0"},
      {"The results of 2004 were replicated by Vecchio's group.",
       "2004 were replicated by Vecchio's -> 1"},
      // Read as a citation; another year; the year in another sentence.
      {"Bushman (2002) found it in 2002.", ""},
      {"Bushman moved in 2005.", ""},
      {"Bushman moved. In 2002 it rained.", ""},
      // "et al." and an initial do not end the sentence.
      {"Neff et al. wrote it in 2011.", "Neff et al. wrote it in 2011 -> 2"},
      {"K. Neff wrote it in 2011.", "Neff wrote it in 2011 -> 2"},
      {"Smith wrote it in 2011.", ""},
      // A name misspelt: one edit in five letters, two in more; a short
      // name is never taken for another.
      {"In 2002, Bushmann and colleagues found it.", "2002, Bushmann -> 0 misspelt"},
      {"Neaf wrote it in 2011.", ""},
      {"Bushman and Bushmann wrote it in 2002.", "Bushman and Bushmann wrote it in 2002 -> 0"},
      // A name in lower case, only right before its year.
      {"according to bushman (2002), venting", "bushman (2002 -> 0 as cited"},
      {"as reported by bushman et al. (2002), venting", "bushman et al. (2002 -> 0 as cited"},
      {"as reported by bushman and colleagues (2002)",
       "bushman and colleagues (2002 -> 0 as cited"},
      {"it fails (bushman et al., 2002; Neff, 2011)", "bushman et al., 2002 -> 0 as cited"},
      // Two authors in lower case, the first the work's.
      {"as bushman and neff (2002) argued", "bushman and neff (2002 -> 0 as cited"},
      {"it fails (bushman & neff, 2002)", "bushman & neff, 2002 -> 0 as cited"},
      {"as bushman and Neff (2002) argued", ""},
      {"it fails, says bushman, 2002 or later", ""},
      {"the bushman moved in 2002", ""},
      // The period that counts cover is no work's year.
      {"Neff's figures for 2011 were the highest.", ""},
      {"Neff's figures from 2011 were the highest.", "Neff's figures from 2011 -> 2"},
      // Life dates.
      {"Kristin Neff (1966\u20132011) wrote it.", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(unread_in(c.prose), c.expected) << c.prose;
}

// A group's name written whole counts as far from the year as a person's;
// its first word alone, only as near as a group's key.
TEST(UnreadCitations, FindsAGroupsWholeNameFarFromTheYear) {
  Reference group;
  PersonName body;
  body.literal = "Mental Health Foundation";
  group.authors = {body};
  group.year = 2019;
  group.title = "Body image";
  const UnreadCitationFinder finder({group});
  const auto unread = [&](const std::string& prose) {
    const std::vector<ProseToken> tokens = tokenize_prose(prose);
    std::string out;
    for (const UnreadCitation& c : finder.find(tokens, {})) {
      out += prose.substr(c.begin, c.end - c.begin);
    }
    return out;
  };
  EXPECT_EQ(unread("A 2019 survey by the Mental Health Foundation found it."),
            "2019 survey by the Mental Health Foundation");
  EXPECT_EQ(unread("A 2019 survey by the Mental Health charity found it."), "");
}

// One sentence of many names and years: each year looks at the names
// within reach only, so the time is linear in the sentence.
TEST(UnreadCitations, ASentenceOfManyNamesAndYearsTakesLinearTime) {
  std::string prose;
  for (int i = 0; i < 20000; ++i) prose += "Bushman and Neff wrote in 2002, ";
  const std::vector<ProseToken> tokens = tokenize_prose(prose);
  const std::vector<Reference> references = {work("Bushman", 2002), work("Neff", 2011)};
  EXPECT_EQ(UnreadCitationFinder(references).find(tokens, {}).size(), 20000u);
}

}  // namespace
}  // namespace mwp
