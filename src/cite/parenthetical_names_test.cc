#include "cite/parenthetical_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text_table.h"

namespace mwp {
namespace {

// The names read at the start of `text` as "Surname/written+...[ et
// al.][ [ABBR]] @ text after", or "none" when no name opens it.
std::string names_of(std::string_view text) {
  const std::vector<ProseToken> tokens = tokenize_prose(text);
  size_t i = 0;
  CitationMention mention;
  if (!read_parenthetical_names(text, tokens, i, mention)) return "none";
  std::string out;
  for (size_t n = 0; n < mention.names.size(); ++n) {
    const CitedName& name = mention.names[n];
    out += (n > 0 ? "+" : "") + name.surname;
    if (name.written != name.surname) out += "/" + name.written;
    if (name.acronym) out += "*";
  }
  if (mention.et_al) out += " et al.";
  if (!mention.abbreviation.empty()) out += " [" + mention.abbreviation + "]";
  out += " @";
  if (i < tokens.size()) out += " " + std::string(text.substr(tokens[i].begin));
  return out;
}

const testing::TextCase kNamesCases[] = {
    {"Gross & John, 2003)", "Gross+John @ , 2003)"},
    {"Gross and John, 2003)", "Gross+John @ , 2003)"},
    {"Zell, Krizan, & Teeter, 2015)", "Zell+Krizan+Teeter @ , 2015)"},
    {"Levant et al., 2009)", "Levant et al. @ , 2009)"},
    {"Cacioppo, Hughes, et al., 2006)", "Cacioppo+Hughes et al. @ , 2006)"},
    {"de Waal, 2019)", "de Waal @ , 2019)"},
    {"Van Dongen et al., 2003)", "Van Dongen et al. @ , 2003)"},
    {"Mac an Ghaill, 1994)", "Mac an Ghaill @ , 1994)"},
    {"M. Stroebe & Schut, 2001)", "Stroebe/M. Stroebe+Schut @ , 2001)"},
    {"APA, 2020)", "APA* @ , 2020)"},
    {"Centers for Disease Control and Prevention, 2021)",
     "Centers for Disease Control and Prevention @ , 2021)"},
    {"Office of the Surgeon General, 2023)", "Office of the Surgeon General @ , 2023)"},
    {"American Psychological Association [APA], 2020)",
     "American Psychological Association [APA] @ , 2020)"},
    {"Carers UK, n.d.)", "Carers UK @ , n.d.)"},
    {"Age UK 2018)", "Age UK @ 2018)"},
    {"National Confidential Inquiry into Suicide [NCISH], 2023)",
     "National Confidential Inquiry into Suicide [NCISH] @ , 2023)"},
    {"GBD 2019 Diseases and Injuries Collaborators, 2020)",
     "GBD 2019 Diseases and Injuries Collaborators @ , 2020)"},
    {"Coimisi\u00fan na Me\u00e1n, 2024)", "Coimisi\u00fan na Me\u00e1n @ , 2024)"},
    {"Regional Office for Africa [WHO AFRO], 2022)",
     "Regional Office for Africa [WHO AFRO] @ , 2022)"},
    {"WHO AFRO, 2018)", "WHO AFRO @ , 2018)"},
    {"22 patients; Hewitt & Flett, 1991a)", "none"},
    {"see Gross, 1998)", "none"},
};

TEST(ParentheticalNames, ReadsTheNamesThatOpenAnItem) {
  testing::expect_each_row(kNamesCases, names_of);
}

TEST(ParentheticalNames, SkipsThePrefixBeforeNames) {
  for (const char* text : {"e.g., Hyde, 2005)", "see also Hyde, 2005)", "cf. Hyde, 2005)",
                           "for a review, see Hyde, 2005)"}) {
    const std::vector<ProseToken> tokens = tokenize_prose(text);
    const size_t i = skip_citation_prefix(tokens, 0);
    ASSERT_LT(i, tokens.size()) << text;
    EXPECT_EQ(tokens[i].text, "Hyde") << text;
  }
}

TEST(ParentheticalNames, ReadsAQuotedTitleStandingForNoAuthor) {
  const std::string_view text = "\"Women's Sleep Has Been More Affected,\" 2020)";
  const std::vector<ProseToken> tokens = tokenize_prose(text);
  CitationMention mention;
  size_t year_at = 0;
  ASSERT_TRUE(read_quoted_title(text, tokens, 0, mention, year_at));
  EXPECT_EQ(mention.title, "Women's Sleep Has Been More Affected");
  ASSERT_LT(year_at, tokens.size());
  EXPECT_EQ(tokens[year_at].text, "2020");

  for (const char* open :
       {"\"never closed, 2020)", "\"crosses) the parenthesis\", 2020", "Not quoted, 2020)"}) {
    const std::vector<ProseToken> other = tokenize_prose(open);
    CitationMention none;
    EXPECT_FALSE(read_quoted_title(open, other, 0, none, year_at)) << open;
  }
}

}  // namespace
}  // namespace mwp
