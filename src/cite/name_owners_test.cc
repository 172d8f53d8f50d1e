#include "cite/name_owners.h"

#include <gtest/gtest.h>

#include <string>

#include "cite/citation_scanner.h"
#include "cite/citation_years.h"

namespace mwp {
namespace {

// The names of the first dated citation of `prose`: "Begeer et al.",
// "Dworzynski & Happé et al.", or "" when there is none.
std::string cited_names(const std::string& prose) {
  const std::vector<CitationMention> mentions = find_dated_citations(prose);
  if (mentions.empty()) return "";
  std::string out;
  for (const CitedName& name : mentions.front().names) {
    out += (out.empty() ? "" : " & ") + name.surname;
  }
  return mentions.front().et_al ? out + " et al." : out;
}

TEST(NameOwners, ThePlaceBelongsToTheResearcherBeforeIt) {
  struct Case {
    const char* prose;
    const char* names;
  };
  const Case cases[] = {
      {"Sander Begeer and colleagues at VU University Amsterdam (2013) found it.", "Begeer et al."},
      {"Laura Hull and her colleagues at UCL (2017) asked them.", "Hull et al."},
      {"Twin data analysed by Katharina Dworzynski and Francesca Happé at King's College London, "
       "with colleagues (2012), suggested why.",
       "Dworzynski & Happé et al."},
      {"Tanya Navaneelan's overview for Statistics Canada (2012) showed it.", "Navaneelan"},
      {"Thomas Denson's group in Sydney (2011) tested it.", "Denson"},
      {"Gross and John at Stanford (2003) measured it.", "Gross & John"},
      // No researcher before the preposition: the place's name is the author's.
      {"A report from the WHO (2019) said so.", "WHO"},
      {"Research at the Pew Research Center (2019) says so.", "Center"},
      {"The National Alliance for Caregiving (2020) counted them.", "Caregiving"},
      {"Sigmund Freud in Vienna (1900) wrote it.", "Vienna"},
      // A book's editors after "in" are not a place.
      {"Smith's chapter in Gross and John (2003) covers it.", "Gross & John"},
  };
  for (const Case& c : cases) EXPECT_EQ(cited_names(c.prose), c.names) << c.prose;
}

TEST(NameOwners, PossessiveGroupBefore) {
  const std::string prose = "Janet Hyde's gender similarities hypothesis (2005)";
  const std::vector<ProseToken> tokens = tokenize_prose(prose);
  bool et_al = false;
  // The token before "(": "hypothesis".
  size_t open = 0;
  while (!is_punct(tokens[open], "(")) ++open;
  const std::optional<NameGroup> group = possessive_group_before(tokens, prose, open - 1, et_al);
  ASSERT_TRUE(group.has_value());
  EXPECT_EQ(group->names.back().surname, "Hyde");
  EXPECT_FALSE(et_al);
}

}  // namespace
}  // namespace mwp
