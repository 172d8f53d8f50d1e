// What editors' tools leave in a pasted reference, read without doubt: a
// reference manager's field codes and unformatted citations, a database's
// lookup links and labels, Harvard's page forms, commas typed without their
// space, a particle written after the initials, and APA 7's retraction notice.
#include <gtest/gtest.h>

#include <string>

#include "cite/apa_formatter.h"
#include "cite/apa_parser.h"
#include "diag/diagnostic.h"

namespace mwp {
namespace {

struct HabitCase {
  const char* input;
  const char* formatted;  // format_apa_text() of what was read
};

const HabitCase kHabitCases[] = {
    {"ADDIN EN.REFLIST Edmondson, O. J. H. (2010). Depression in fathers. *Journal of Affective "
     "Disorders*, *125*(1-3), 365-368.",
     "Edmondson, O. J. H. (2010). Depression in fathers. Journal of Affective Disorders, 125(1–3), "
     "365–368."},
    {"ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY Goodman, J. H. (2004). Paternal postpartum "
     "depression. *Journal of Advanced Nursing*, *45*(1), 26-35.",
     "Goodman, J. H. (2004). Paternal postpartum depression. Journal of Advanced Nursing, 45(1), "
     "26–35."},
    {"Kim, P., & Swain, J. E. (2007). Sad dads. *Psychiatry*, *4*(2), 35-47. {Kim, 2007 #57}",
     "Kim, P., & Swain, J. E. (2007). Sad dads. Psychiatry, 4(2), 35–47."},
    {"Tiggemann, M. (2004). Body image. *Body Image*, *1*(1), 29-41. "
     "[[CrossRef](https://doi.org/10.1016/S1740-1445(03)00002-0)] "
     "[[Google Scholar](https://scholar.google.com/scholar_lookup?title=Body+image)]",
     "Tiggemann, M. (2004). Body image. Body Image, 1(1), 29–41. "
     "https://doi.org/10.1016/S1740-1445(03)00002-0"},
    {"Levant, R. F. (2009). Gender differences. *Psychology of Men & Masculinity*, *10*(3), "
     "190-203. https://doi.org/10.1037/a0015652 Copy citation to your local clipboard",
     "Levant, R. F. (2009). Gender differences. Psychology of Men & Masculinity, 10(3), 190–203. "
     "https://doi.org/10.1037/a0015652"},
    {"Public Health England. (2021). *Gambling-related harms evidence review*. Public Health "
     "England. https://www.gov.uk/review [PDF]",
     "Public Health England. (2021). Gambling-related harms evidence review. Public Health "
     "England. https://www.gov.uk/review"},
    {"Sweeney, S. and MacBeth, A., 2016. The effects of paternal depression. Journal of "
     "Affective Disorders, 205, pp.44-59.",
     "Sweeney, S., & MacBeth, A. (2016). The effects of paternal depression. Journal of "
     "Affective Disorders, 205, 44–59."},
    {"Cohen, S. (1983). A global measure of perceived stress. Journal of Health and Social "
     "Behavior,24(4),385-396.",
     "Cohen, S. (1983). A global measure of perceived stress. Journal of Health and Social "
     "Behavior, 24(4), 385–396."},
    {"Kolk, B. A. van der (2014). *The body keeps the score*. Viking.",
     "van der Kolk, B. A. (2014). The body keeps the score. Viking."},
    {"Joly, J. F. (2008). Silence and table manners. *Personality and Social Psychology "
     "Bulletin*, *34*(8), 1047-1056. https://doi.org/10.1177/0146167208318401 (Retraction "
     "published 2012, *Personality and Social Psychology Bulletin*, *38*[10], 1378)",
     "Joly, J. F. (2008). Silence and table manners. Personality and Social Psychology Bulletin, "
     "34(8), 1047–1056. https://doi.org/10.1177/0146167208318401 (Retraction published 2012, "
     "Personality and Social Psychology Bulletin, 38[10], 1378)"},
    {"AARP & National Alliance for Caregiving. (2020). *Caregiving in the United States 2020*. "
     "AARP.",
     "AARP & National Alliance for Caregiving. (2020). Caregiving in the United States 2020. "
     "AARP."},
};

TEST(ApaHabits, ReadsWhatToolsLeaveWithoutDoubt) {
  for (const HabitCase& c : kHabitCases) {
    Diagnostics diagnostics;
    const auto reference = parse_apa_reference(c.input, TextOrigin{"a.md", 1, 1}, diagnostics);
    ASSERT_TRUE(reference.has_value()) << c.input;
    EXPECT_TRUE(diagnostics.empty())
        << c.input << "\n"
        << (diagnostics.empty() ? "" : format_text(diagnostics.items()[0]));
    EXPECT_EQ(format_apa_text(*reference), c.formatted) << c.input;
  }
}

TEST(ApaHabits, KeepsTheRetractionNoticeInItsParts) {
  Diagnostics diagnostics;
  const auto reference =
      parse_apa_reference(kHabitCases[9].input, TextOrigin{"a.md", 1, 1}, diagnostics);
  ASSERT_TRUE(reference.has_value());
  EXPECT_EQ(reference->doi, "10.1177/0146167208318401");
  EXPECT_EQ(reference->retraction.year, 2012);
  EXPECT_EQ(reference->retraction.container_title, "Personality and Social Psychology Bulletin");
  EXPECT_EQ(reference->retraction.volume, "38");
  EXPECT_EQ(reference->retraction.issue, "10");
  EXPECT_EQ(reference->retraction.page, "1378");
  const std::string html = format_apa_html(*reference);
  EXPECT_NE(html.find("<i>Personality and Social Psychology Bulletin</i>, <i>38</i>[10], 1378)"),
            std::string::npos)
      << html;
}

// Two groups only when each is a body's name or an acronym.
TEST(ApaHabits, TellsTwoGroupsFromOneNameWithAnAmpersand) {
  Diagnostics diagnostics;
  const auto two =
      parse_apa_reference(kHabitCases[10].input, TextOrigin{"a.md", 1, 1}, diagnostics);
  ASSERT_TRUE(two.has_value());
  ASSERT_EQ(two->authors.size(), 2u);
  EXPECT_EQ(two->authors[1].literal, "National Alliance for Caregiving");
  const auto one =
      parse_apa_reference("Johnson & Johnson. (2019). *Annual report*. Johnson & Johnson.",
                          TextOrigin{"a.md", 1, 1}, diagnostics);
  ASSERT_TRUE(one.has_value());
  ASSERT_EQ(one->authors.size(), 1u);
  EXPECT_EQ(one->authors[0].literal, "Johnson & Johnson");
}

}  // namespace
}  // namespace mwp
