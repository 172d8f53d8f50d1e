// The resolver on the phrases writers name works in outside APA's two
// forms: possessives of groups, years after the name's clause, names in
// their own order, bodies by their parents' names or their acronyms.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cite/citation_resolver.h"
#include "cite/cite_test_support.h"

namespace mwp {
namespace {

using testing_support::article;
using testing_support::expect_links_quietly;
using testing_support::LinkCase;
using testing_support::resolved;

TEST(CitationResolver, LinksWorksNamedInPhrases) {
  const LinkCase cases[] = {
      // A group's possessive and year: an acronym ends its name; "The"
      // opens it in the list, "the" in the sentence.
      {"Age UK's 2018 report found it.",
       "Age UK. (2018). *All the lonely people*. https://www.ageuk.org.uk/x", "Age UK"},
      {"Many, and the Trevor Project's 2022 survey found that most could not get it.",
       "The Trevor Project. (2022). *2022 national survey on LGBTQ youth mental health*. "
       "https://www.thetrevorproject.org/x",
       "Trevor Project"},
      // An acronym before a word for the work, never defined in the article.
      {"The women in the WHI study (2002) were older.",
       "Writing Group for the Women's Health Initiative Investigators. (2002). Risks and "
       "benefits of estrogen plus progestin. *JAMA*, *288*(3), 321-333.",
       "WHI study (2002)"},
      // A body's name with its first words as their acronym.
      {"It is one, which the WHO Regional Office for Africa (2018) counts.",
       "World Health Organization Regional Office for Africa. (2018). *The state of health in "
       "the WHO African Region*. https://www.afro.who.int/x",
       "WHO Regional Office for Africa (2018)"},
      // A body's name before its parent's, or before its name in another language.
      {"Japan's Cabinet Office (2021) found it.",
       "Cabinet Office, Government of Japan. (2021). *The 9th international survey*. "
       "https://www8.cao.go.jp/x",
       "Cabinet Office (2021)"},
      {"Te Whatu Ora and Te Aka Whai Ora (2022) said so.",
       "Te Whatu Ora \u2013 Health New Zealand, & Te Aka Whai Ora \u2013 M\u0101ori Health "
       "Authority. (2022). *Te Pae Tata: Interim New Zealand health plan 2022*. "
       "https://www.tewhatuora.govt.nz/x",
       "Te Whatu Ora and Te Aka Whai Ora (2022)"},
      // East Asian names family name first beside names as written.
      {"Kawachi Ichiro and Lisa Berkman (2001) add it.",
       "Kawachi, I., & Berkman, L. F. (2001). Social ties and mental health. *Journal of Urban "
       "Health*, *78*(3), 458-467.",
       "Kawachi Ichiro and Lisa Berkman (2001)"},
      // The sentence's subject, and its year after the clause.
      {"Ilan Meyer first set out the idea for gay men (1995) and broadened it.",
       "Meyer, I. H. (1995). Minority stress and mental health in gay men. *Journal of Health "
       "and Social Behavior*, *36*(1), 38-56.",
       "Ilan Meyer first set out the idea for gay men (1995)"},
      // A blogger's "and co"; a sociologist's locator after a colon; an
      // argument taken further.
      {"Hing and co (2016) found it.",
       "Hing, N., Russell, A. M. T., Vitartas, P., & Lamont, M. (2016). Demographic risk "
       "factors. *Journal of Gambling Studies*, *32*(2), 625-641.",
       "Hing and co (2016)"},
      {"It is surface acting (Hochschild 1983: ch. 3).",
       "Hochschild, A. R. (1983). *The managed heart*. University of California Press.",
       "Hochschild 1983"},
      {"Whitley (2021) goes further, arguing it.",
       "Whitley, R. (2021). *Men's issues and men's mental health*. Springer.", "Whitley (2021)"},
  };
  for (const LinkCase& c : cases) expect_links_quietly(c);
}

// A one-word group's possessive and year; a co-author named alone with a
// year of the work; a sentence that says it cites the same study again,
// which settles works of the same authors but not works by other
// co-authors, which owe the citation its second name, as APA 7 says.
TEST(CitationResolver, LinksGroupsByOneWordAndSettlesBySameStudy) {
  const struct {
    const char* prose;
    std::vector<std::string> sources;
    const char* resolved;  // resolved()'s codes and links
  } cases[] = {
      {"Beat's 2022 survey heard from men.",
       {"Beat. (2017). *Delaying for years*. https://www.beat.org.uk/x",
        "Beat. (2022). *Eating disorders in men and boys*. https://www.beat.org.uk/y"},
       "reference-uncited 1 "},  // the 2017 report is not cited
      // The error, and its note naming the work Retzinger wrote with Scheff.
      {"It could have come straight from Retzinger (1991), who saw it.",
       {"Scheff, T. J., & Retzinger, S. M. (1991). *Emotions and violence*. Lexington Books."},
       "citation-unmatched citation-unmatched "},
      {"Oliffe and colleagues (2019) traced loneliness and isolation after separation. In that "
       "same study, Oliffe et al. (2019) describe it.",
       {"Oliffe, J. L., Broom, A., & Rossnagel, E. (2019). Loneliness and isolation after "
        "separation. *Qualitative Health Research*, *29*(1), 1-2.",
        "Oliffe, J. L., Broom, A., & Rossnagel, E. (2019). Depression at work. *American "
        "Journal of Men's Health*, *13*(3), 1-2."},
       "0 0 "},
      {"Oliffe, Broom, et al. (2019) interviewed men. In that same study, Oliffe et al. (2019) "
       "describe it.",
       {"Oliffe, J. L., Broom, A., & Rossnagel, E. (2019). Isolation. *Qualitative Health "
        "Research*, *29*(1), 1-2.",
        "Oliffe, J. L., Rossnagel, E., & Seidler, Z. E. (2019). Men's depression. *American "
        "Journal of Men's Health*, *13*(3), 1-2."},
       "citation-ambiguous citation-ambiguous citation-ambiguous 0 "},
  };
  for (const auto& c : cases) {
    Article a = article("a.md", c.prose, c.sources);
    EXPECT_EQ(resolved(a), c.resolved) << c.prose;
  }
}

// A name without a date, the work's year after the clause, which a work
// of that name but not that year leaves unsaid ("Ilan Meyer ... (1991)").
TEST(CitationResolver, ASubjectsYearAfterTheClauseIsACitationOnlyIfItMatches) {
  Article a =
      article("a.md", "Meyer worked with veterans back from the war (1991). Meyer (1995) found it.",
              {"Meyer, I. H. (1995). Minority stress. *Journal*, *36*(1), 38-56."});
  Diagnostics diagnostics;
  resolve_article_citations(a, ArticleText::held(a), {}, diagnostics);
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.items()[0].message;
  ASSERT_EQ(a.citations.size(), 1u);
}

// A possessive's second year, its own citation; a name without a date
// read in its own order only ("James Gross's model" is not James, N.'s).
TEST(CitationResolver, ReadsASecondPossessiveYearAndNoGivenNameAsAFamilyName) {
  Article both =
      article("a.md", "Gureje and colleagues' 2005 and 2006 papers showed it.",
              {"Gureje, O., Lasebikan, V. O., & Kola, L. (2005). Prevalence. *Journal*, *1*, 1-2.",
               "Gureje, O., Lasebikan, V. O., & Kola, L. (2006). Lifetime. *Journal*, *2*, 1-2."});
  Diagnostics diagnostics;
  resolve_article_citations(both, ArticleText::held(both), {}, diagnostics);
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.items()[0].message;
  ASSERT_EQ(both.citations.size(), 2u);
  EXPECT_EQ(both.citations[1].reference, 1u);
  Article given =
      article("a.md",
              "Grandey (2000) joined them to James Gross's process model. James "
              "(1989) came first.",
              {"Grandey, A. A. (2000). Emotion regulation. *Journal*, *5*, 95-110.",
               "James, N. (1989). Emotional labour. *The Sociological Review*, *37*(1), "
               "15-42."});
  Diagnostics quiet;
  resolve_article_citations(given, ArticleText::held(given), {}, quiet);
  EXPECT_TRUE(quiet.empty()) << quiet.items()[0].message;
  ASSERT_EQ(given.citations.size(), 2u);
  EXPECT_EQ(given.citations[0].reference, 0u);
  EXPECT_EQ(given.citations[1].reference, 1u);
}

// A group's first word that ends the text reads no further than its end,
// and, undated, names no group of two words.
TEST(CitationResolver, AGroupsFirstWordEndingTheTextIsReadToItsEnd) {
  Article a = article("a.md", "Help came from Age",
                      {"Age UK. (2018). *All the lonely people*. https://www.ageuk.org.uk/x"});
  Diagnostics diagnostics;
  resolve_article_citations(a, ArticleText::held(a), {}, diagnostics);
  EXPECT_TRUE(a.citations.empty());
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics.items()[0].code, "reference-uncited");
}

}  // namespace
}  // namespace mwp
