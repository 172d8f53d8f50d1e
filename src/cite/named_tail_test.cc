#include "cite/named_tail.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cite/citation_scanner.h"

namespace mwp {
namespace {

Reference work(std::vector<PersonName> authors, int year) {
  Reference reference;
  reference.authors = std::move(authors);
  reference.year = year;
  reference.title = "Title";
  return reference;
}

// The surnames of named_tail() of the one mention in `prose`, joined by "+".
std::string tail_of(const std::string& prose, const std::vector<Reference>& references) {
  const std::vector<CitationMention> mentions = find_dated_citations(prose);
  if (mentions.size() != 1) return "mentions: " + std::to_string(mentions.size());
  std::string out;
  for (const CitedName& name : named_tail(mentions[0], references, {}).names) {
    out += (out.empty() ? "" : "+") + name.surname;
  }
  return out;
}

TEST(NamedTail, CutsAWordBeforeTheAuthors) {
  const std::vector<Reference> cacioppo = {
      work({person_name("Cacioppo", "J. T."), person_name("Cacioppo", "S.")}, 2018)};
  EXPECT_EQ(tail_of("The Lancet, Cacioppo and Cacioppo (2018) wrote.", cacioppo),
            "Cacioppo+Cacioppo");
  const std::vector<Reference> patel = {
      work({person_name("Patel", "V."), person_name("Rodrigues", "M."),
            person_name("DeSouza", "N.")},
           2002),
      work({person_name("Cox", "J. L."), person_name("Holden", "J. M."),
            person_name("Sagovsky", "R.")},
           1987)};
  EXPECT_EQ(tail_of("In Goa, Patel, Rodrigues and DeSouza (2002) found it.", patel),
            "Patel+Rodrigues+DeSouza");
}

TEST(NamedTail, KeepsAMisspeltListWhole) {
  const std::vector<Reference> bylsma = {
      work({person_name("Bylsma", "L. M."), person_name("Vingerhoets", "A. J. J. M."),
            person_name("Rottenberg", "J.")},
           2008),
      work({person_name("Vingerhoets", "A. J. J. M."), person_name("Rottenberg", "J.")}, 2008)};
  EXPECT_EQ(tail_of("Byslma, Vingerhoets and Rottenberg (2008) found it.", bylsma),
            "Byslma+Vingerhoets+Rottenberg");
}

TEST(NamedTail, LeavesAListThatNamesAWork) {
  const std::vector<Reference> zell = {
      work({person_name("Zell", "E."), person_name("Krizan", "Z."), person_name("Teeter", "S. R.")},
           2015)};
  EXPECT_EQ(tail_of("Zell, Krizan, and Teeter (2015) found it.", zell), "Zell+Krizan+Teeter");
}

}  // namespace
}  // namespace mwp
