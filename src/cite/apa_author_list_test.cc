#include "cite/apa_author_list.h"

#include <gtest/gtest.h>

#include <string>

namespace mwp {
namespace {

// The names of a list as "Family, Given" for persons and the literal for
// groups, joined by " | "; "FAIL: part" when the list is not read.
std::string names_in(std::string_view text) {
  const NameListParse parse = parse_apa_author_list(text);
  if (!parse.ok) return "FAIL: " + parse.bad_part;
  std::string out;
  for (const PersonName& name : parse.names) {
    if (!out.empty()) out += " | ";
    out += name.literal.empty() ? name.family + ", " + name.given : name.literal;
  }
  return out;
}

TEST(ApaAuthorList, KeepsACompanysLegalFormInItsName) {
  const struct {
    const char* text;
    const char* names;
  } kCases[] = {
      {"Calm.com, Inc.", "Calm.com, Inc."},
      {"Apple, Inc.", "Apple, Inc."},
      {"Smith, J., & Acme, Ltd.", "Smith, J. | Acme, Ltd."},
      {"Gross, J. J., & John, O. P.", "Gross, J. J. | John, O. P."},
      // A given name written out is still a person's.
      {"Hyde, Janet Shibley", "Hyde, Janet Shibley"},
  };
  for (const auto& c : kCases) EXPECT_EQ(names_in(c.text), c.names) << c.text;
}

}  // namespace
}  // namespace mwp
