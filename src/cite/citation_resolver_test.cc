#include "cite/citation_resolver.h"

#include <gtest/gtest.h>

#include "cite/apa_formatter.h"
#include "cite/cite_test_support.h"
#include "cite/cited_works.h"

namespace mwp {
namespace {

using testing_support::article;
using testing_support::expect_links_quietly;
using testing_support::LinkCase;

Reference bibliography_entry(const char* id, const char* family, int year, const char* title) {
  Reference r;
  r.id = id;
  r.authors = {PersonName{family, "A.", "", "", "", ""}};
  r.year = year;
  r.title = title;
  r.container_title = "Journal";
  r.volume = "1";
  return r;
}

constexpr const char* kGross2003 =
    "Gross, J. J., & John, O. P. (2003). Individual differences in two emotion regulation "
    "processes. *Journal of Personality and Social Psychology*, *85*(2), 348-362.";

// What the build does with a site's articles: each resolved on its own, then
// the works unified across the site.
void resolve_site(Site& site, Diagnostics& diagnostics) {
  for (Article& article : site.articles) {
    resolve_article_citations(article, ArticleText::held(article), site.bibliography, diagnostics);
  }
  unify_cited_works(site);
}

TEST(CitationResolver, SameWorkAcrossArticlesIsOneWork) {
  Site site;
  site.bibliography = {
      bibliography_entry("hyde2005", "Hyde", 2005, "The gender similarities hypothesis")};
  site.articles.push_back(
      article("a.md", "Gross and John (2003) and (Hyde, 2005).", {kGross2003, "[@hyde2005]"}));
  site.articles.push_back(
      article("b.md", "As Gross and John (2003) found.",
              {"Gross, J. J., & John, O. P. (2003). Individual differences in two "
               "emotion regulation processes. Journal of Personality and Social "
               "Psychology, 85(2), 348\xE2\x80\x93"
               "362."}));
  site.articles.push_back(article("c.md", "Gross (2003) disagreed.",
                                  {"Gross, J. J. (2003). Another paper. Emotion, 3, 1-2."}));
  Diagnostics diagnostics;
  resolve_site(site, diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  const Reference& a = site.articles[0].references[0];
  const Reference& b = site.articles[1].references[0];
  EXPECT_EQ(format_apa_html(a), format_apa_html(b));
  // Same stem: keys go in APA order (by title), like 2003a/2003b.
  EXPECT_EQ(a.id, "gross2003a");
  EXPECT_EQ(b.id, "gross2003a");
  EXPECT_EQ(a.source_line, 31);
  EXPECT_EQ(site.articles[2].references[0].id, "gross2003");  // "Another paper"
  EXPECT_EQ(site.articles[0].references[1].id, "hyde2005");

  const std::vector<CitedWork> works = collect_cited_works(site);
  ASSERT_EQ(works.size(), 3u);
  EXPECT_EQ(works[0].key, "gross2003");  // "Another paper" sorts before "Individual ..."
  EXPECT_EQ(works[1].key, "gross2003a");
  EXPECT_EQ(works[1].articles, (std::vector<size_t>{0, 1}));
  EXPECT_EQ(works[2].key, "hyde2005");
  EXPECT_EQ(works[2].articles, (std::vector<size_t>{0}));
}

// A work entered twice in the bibliography, under two ids, is the first entry
// wherever either id is cited; each citing article keeps its own source line.
TEST(CitationResolver, BibliographyEntryWrittenTwiceIsTheFirst) {
  Site site;
  site.bibliography = {
      bibliography_entry("hyde2005", "Hyde", 2005, "The gender similarities hypothesis"),
      bibliography_entry("hyde2005twin", "Hyde", 2005, "The gender similarities hypothesis"),
      bibliography_entry("gross2003", "Gross", 2003, "Individual differences")};
  site.articles.push_back(article("a.md", "(Hyde, 2005)", {"[@hyde2005twin]"}));
  site.articles.push_back(
      article("b.md", "(Gross, 2003); (Hyde, 2005)", {"[@gross2003]", "[@hyde2005twin]"}));
  site.articles.push_back(article("c.md", "(Hyde, 2005)", {"[@hyde2005]"}));
  Diagnostics diagnostics;
  resolve_site(site, diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  const struct {
    size_t article, reference;
    const char* id;
    int source_line;
  } cases[] = {{0, 0, "hyde2005", 31},
               {1, 0, "gross2003", 31},
               {1, 1, "hyde2005", 32},
               {2, 0, "hyde2005", 31}};
  for (const auto& c : cases) {
    SCOPED_TRACE(testing::Message() << "article " << c.article << ", reference " << c.reference);
    const Reference& reference = site.articles[c.article].references.at(c.reference);
    EXPECT_EQ(reference.id, c.id);
    EXPECT_EQ(reference.source_line, c.source_line);
  }
  const std::vector<CitedWork> works = collect_cited_works(site);
  ASSERT_EQ(works.size(), 2u);
  EXPECT_EQ(works[1].key, "hyde2005");
  EXPECT_EQ(works[1].articles, (std::vector<size_t>{0, 1, 2}));
}

TEST(CitationResolver, RecordsCitationRangesInSectionsAndFaq) {
  Article a = article("a.md", "First line.\nThen Gross and John (2003) said.", {kGross2003});
  a.faq.push_back({"Why?", 20, {"Because (Gross & John, 2003).", 21}});
  Diagnostics diagnostics;
  resolve_article_citations(a, ArticleText::held(a), {}, diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  ASSERT_EQ(a.citations.size(), 2u);
  EXPECT_EQ(a.citations[0].part, TextPart::section);
  EXPECT_EQ(a.sections[0].body.markdown.substr(a.citations[0].begin,
                                               a.citations[0].end - a.citations[0].begin),
            "Gross and John (2003)");
  EXPECT_EQ(a.citations[1].part, TextPart::faq_answer);
  EXPECT_EQ(a.citations[1].index, 0u);
  EXPECT_EQ(a.citations[1].reference, 0u);
}

TEST(CitationResolver, LinksTheFormsWritersUse) {
  const LinkCase cases[] = {
      // A multivolume work's years; a book by its title before its year; a
      // year in the phrase before the names.
      {"He built it across three volumes (Bowlby 1969\u20131980).",
       "Bowlby, J. (1969\u20131980). *Attachment and loss* (Vols. 1\u20133). Hogarth Press.",
       "Bowlby 1969\u20131980"},
      {"The case is made in *The Dangerous Passion* (2000), calling it necessary.",
       "Buss, D. M. (2000). *The dangerous passion: Why jealousy is as necessary as love and "
       "sex*. Free Press.",
       "The Dangerous Passion* (2000)"},
      // A book's title before a parenthetical citation of its author, and
      // first inside the parentheses.
      {"In *Why Marriages Succeed or Fail* (Gottman, 1994), he describes three styles.",
       "Gottman, J. M. (1994). *Why marriages succeed or fail*. Simon & Schuster.",
       "Gottman, 1994"},
      {"Vulnerability is where connection starts (*Daring Greatly*, Brown, 2012).",
       "Brown, B. (2012). *Daring greatly: How the courage to be vulnerable transforms the way we "
       "live*. Gotham Books.",
       "Daring Greatly*, Brown, 2012"},
      {"In a 2009 paper, Amy Muise asked whether Facebook breeds jealousy.",
       "Muise, A., Christofides, E., & Desmarais, S. (2009). More information than you ever "
       "wanted. *CyberPsychology & Behavior*, *12*(4), 441-444.",
       "Amy Muise"},
      // A couple sharing a surname.
      {"Carol and Philip Cowan (2000) found it.",
       "Cowan, C. P., & Cowan, P. A. (2000). Parents. Erlbaum.", "Carol and Philip Cowan (2000)"},
      // A group's name with a serial comma, an abbreviation, and a named section.
      {"Many are alone (National Academies of Sciences, Engineering, and Medicine [NASEM], 2020, "
       "Summary section, para. 1).",
       "National Academies of Sciences, Engineering, and Medicine. (2020). *Isolation*. The "
       "National Academies Press.",
       "National Academies of Sciences, Engineering, and Medicine [NASEM], 2020"},
      // An acronym that is the group's whole name; a list item that is not a citation.
      {"See your GP (NHS, n.d.).", "NHS. (n.d.). *Depression in adults*. https://www.nhs.uk/x",
       "NHS, n.d."},
      // Given names before a particle that starts a two-word surname.
      {"Jenny de Jong Gierveld and Theo van Tilburg (2006) found it.",
       "de Jong Gierveld, J., & van Tilburg, T. (2006). Loneliness. *Research on Aging*, *28*, "
       "582-598.",
       "Jenny de Jong Gierveld and Theo van Tilburg (2006)"},
      // Two groups joined by "&", one of them by its acronym.
      {"Many give care (AARP & National Alliance for Caregiving, 2020).",
       "AARP & National Alliance for Caregiving. (2020). *Caregiving in the United States 2020*. "
       "AARP.",
       "AARP & National Alliance for Caregiving, 2020"},
      // A group whose name ends in an acronym, in both forms.
      {"Carers UK (2022) counted them.", "Carers UK. (2022). *State of caring*. Carers UK.",
       "Carers UK (2022)"},
      {"Many care alone (Carers UK, n.d.).", "Carers UK. (n.d.). *Facts*. https://carersuk.org/f",
       "Carers UK, n.d."},
      // An acronym of a group whose name ends in one.
      {"Support helps (UUK, 2020).",
       "Universities UK. (2020). *Stepchange: Mentally healthy universities*. https://uuk.ac.uk/s",
       "UUK, 2020"},
      // A work with no author, by the first words of its title, in title case.
      {"Papers took it up (\"Women's Sleep Has Been More Affected,\" 2020).",
       "Women's sleep has been more affected by the pandemic than men, study reveals. (2020, "
       "December 30). *The Star*. https://www.thestar.com.my/x",
       "\"Women's Sleep Has Been More Affected,\" 2020"},
      // A manual by its title's abbreviation and edition.
      {"DSM-5 (2013) made it a diagnosis.",
       "American Psychiatric Association. (2013). *Diagnostic and statistical manual of mental "
       "disorders* (5th ed.). https://doi.org/10.1176/appi.books.9780890425596",
       "DSM-5 (2013)"},
      // A group's name that a word opening sentences interrupts.
      {"Since then the Pew Research Center (2023) reports it.",
       "Pew Research Center. (2023, April 13). *In a growing share of U.S. marriages, husbands "
       "and wives earn about the same*. https://www.pewresearch.org/x",
       "Pew Research Center (2023)"},
      // A group's name holding "and", read as two names.
      {"Guidance from the Department of Health and Social Care (2019) says so.",
       "Department of Health and Social Care. (2019). *UK Chief Medical Officers' physical "
       "activity guidelines*. https://www.gov.uk/x",
       "Department of Health and Social Care (2019)"},
      // A Scottish act.
      {"Scotland set a price (Alcohol (Minimum Pricing) (Scotland) Act 2012).",
       "Alcohol (Minimum Pricing) (Scotland) Act 2012, asp 4.",
       "Alcohol (Minimum Pricing) (Scotland) Act 2012"},
      // A U.K. act by its name, which holds its year.
      {"The Equal Pay Act 1970 made it unlawful.",
       "Equal Pay Act 1970, c. 41. https://www.legislation.gov.uk/ukpga/1970/41",
       "Equal Pay Act 1970"},
      // A family name of two words, found by its last; a co-author with an
      // initial and a given name.
      {"Tina Del Vecchio and K. Daniel O'Leary's 2004 meta-analysis found it.",
       "Del Vecchio, T., & O'Leary, K. D. (2004). Anger treatments. *Clinical Psychology "
       "Review*, *24*(1), 15-34.",
       "Tina Del Vecchio and K. Daniel O'Leary"},
      {"In a comparison (22 patients and 13 controls; Hewitt & Flett, 1991a), it held.",
       "Hewitt, P. L., & Flett, G. L. (1991a). Dimensions. Journal, 1, 1-2.",
       "Hewitt & Flett, 1991a"},
  };
  for (const LinkCase& c : cases) expect_links_quietly(c);
}

// Life dates are written as a multivolume work's years are: a range that
// matches no work's years is said nothing of.
TEST(CitationResolver, LifeDatesAreNotReported) {
  Article a = article("a.md", "Sigmund Freud (1856\u20131939) argued it. Freud (1923) wrote it.",
                      {"Freud, S. (1923). *The ego and the id*. Hogarth Press."});
  Diagnostics diagnostics;
  resolve_article_citations(a, ArticleText::held(a), {}, diagnostics);
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.items()[0].message;
  ASSERT_EQ(a.citations.size(), 1u);
  EXPECT_EQ(a.sections[0].body.markdown.substr(a.citations[0].begin,
                                               a.citations[0].end - a.citations[0].begin),
            "Freud (1923)");
}

// Two works of one author and year, without letters: the title written
// before the citation says which.
TEST(CitationResolver, ATitleBeforeTheCitationPicksTheWork) {
  Article a =
      article("a.md",
              "In *What Predicts Divorce?* (Gottman, 1994), he tested it. In *Why "
              "Marriages Succeed or Fail* (Gottman, 1994), he wrote for couples.",
              {"Gottman, J. M. (1994). *What predicts divorce? The relationship between "
               "marital processes and marital outcomes*. Erlbaum.",
               "Gottman, J. M. (1994). *Why marriages succeed or fail*. Simon & Schuster."});
  Diagnostics diagnostics;
  resolve_article_citations(a, ArticleText::held(a), {}, diagnostics);
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.items()[0].message;
  ASSERT_EQ(a.citations.size(), 2u);
  EXPECT_NE(a.citations[0].reference, a.citations[1].reference);
}

// A group named whole before "'s" and a year: that year's work of the group.
TEST(CitationResolver, AGroupsPossessiveYearPicksItsWork) {
  Article a = article("a.md", "The American Psychological Association's 2017 guidelines apply.",
                      {"American Psychological Association. (2015). *Guidelines for practice with "
                       "transgender people*. https://www.apa.org/a.pdf",
                       "American Psychological Association. (2017). *Multicultural guidelines*. "
                       "https://www.apa.org/b.pdf"});
  Diagnostics diagnostics;
  resolve_article_citations(a, ArticleText::held(a), {}, diagnostics);
  ASSERT_EQ(a.citations.size(), 1u);
  EXPECT_EQ(a.citations[0].reference, 1u);
  EXPECT_TRUE(diagnostics.contains("reference-uncited"));  // the 2015 guidelines
}

// A two-word group by its first word ("a 2021 Fidelity survey"), which a
// researcher of that surname fits before the group ("Kinsey (1948)" is not
// the Kinsey Institute's).
TEST(CitationResolver, AGroupsFirstWordFitsAfterAResearchersSurname) {
  Article a = article(
      "a.md", "Men saved less in a 2021 Fidelity survey. Kinsey (1948) counted men.",
      {"Fidelity Investments. (2021). *Women and investing study*. https://www.fidelity.com/a.pdf",
       "Kinsey, A. C., Pomeroy, W. B., & Martin, C. E. (1948). *Sexual behavior in the human "
       "male*. W. B. Saunders.",
       "Kinsey Institute. (1948). *A history of the institute*. https://kinseyinstitute.org/a"});
  Diagnostics diagnostics;
  resolve_article_citations(a, ArticleText::held(a), {}, diagnostics);
  ASSERT_EQ(a.citations.size(), 2u);
  EXPECT_EQ(a.citations[0].reference, 0u);
  EXPECT_EQ(a.citations[1].reference, 1u);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics.items()[0].code, "reference-uncited");  // the institute's history
}

// A year alone after a semicolon is by the authors named before it.
TEST(CitationResolver, AYearAloneIsByTheAuthorsBefore) {
  Article a = article("a.md", "It held (Grossmann et al. 2002; 2008).",
                      {"Grossmann, K., Grossmann, K. E., & Fremmer-Bombik, E. (2002). Play. "
                       "*Social Development*, *11*(3), 301-337.",
                       "Grossmann, K., Grossmann, K. E., & Kindler, H. (2008). Attachment. "
                       "*Journal*, *3*, 1-2."});
  Diagnostics diagnostics;
  resolve_article_citations(a, ArticleText::held(a), {}, diagnostics);
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.items()[0].message;
  EXPECT_EQ(a.citations.size(), 2u);
}

TEST(CitationResolver, AResearchersTradeMakesAMissingWorkACitation) {
  Article a = article("a.md", "The historian Tom Lutz (1999) traced it. Gross (1998) agrees.",
                      {"Gross, J. J. (1998). The field. Review, 2(3), 271-299."});
  Diagnostics diagnostics;
  resolve_article_citations(a, ArticleText::held(a), {}, diagnostics);
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_EQ(diagnostics.items()[0].code, "citation-unmatched");
  EXPECT_EQ(diagnostics.items()[0].column, 15);
}

// A group's abbreviation, defined with its name and used after: after the
// second of two groups it stands for that one; it may be in mixed case.
TEST(CitationResolver, AnAbbreviationStandsForTheGroupItFollows) {
  const std::pair<const char*, const char*> cases[] = {
      {"Many care (AARP & National Alliance for Caregiving [NAC], 2020). Men too (AARP & NAC, "
       "2020).",
       "AARP & National Alliance for Caregiving. (2020). *Caregiving in the United States 2020*. "
       "AARP."},
      {"Most were men (Department for Transport [DfT], 2023). Young drivers crash most (DfT, "
       "2023, Figure 4).",
       "Department for Transport. (2023). *Reported road casualties Great Britain*. "
       "https://www.gov.uk/x"},
  };
  for (const auto& [prose, source] : cases) {
    Article a = article("a.md", prose, {source});
    Diagnostics diagnostics;
    resolve_article_citations(a, ArticleText::held(a), {}, diagnostics);
    EXPECT_TRUE(diagnostics.empty()) << prose << "\n"
                                     << (diagnostics.empty() ? "" : diagnostics.items()[0].message);
    EXPECT_EQ(a.citations.size(), 2u) << prose;
  }
}

// A year in the words around the names picks the work of that year, though
// the list has another by the same names: after a possessive ("Buss's 1992
// study"), or opening the sentence, as APA 7 allows ("In 2010, Paulson and
// Bazemore found"). The list's second entry is the work meant; the first is
// cited after it.
TEST(CitationResolver, AYearNearTheNamesPicksTheWork) {
  struct Case {
    const char* prose;
    const char* later;  // the list's first entry
    const char* meant;  // its second
  };
  const Case cases[] = {
      {"Buss's 1992 study began it. Buss (2000) went on.",
       "Buss, D. M. (2000). *The dangerous passion*. Free Press.",
       "Buss, D. M., Larsen, R. J., Westen, D., & Semmelroth, J. (1992). Sex differences in "
       "jealousy. *Psychological Science*, *3*(4), 251-255."},
      {"In 2010, Paulson and Bazemore found it. Later work (Paulson & Bazemore, 2012) did too.",
       "Paulson, J. F., & Bazemore, S. D. (2012). Later. *JAMA*, *3*(1), 1-2.",
       "Paulson, J. F., & Bazemore, S. D. (2010). Prenatal and postpartum depression in fathers. "
       "*JAMA*, *303*(19), 1961-1969."},
  };
  for (const Case& c : cases) {
    Article a = article("a.md", c.prose, {c.later, c.meant});
    Diagnostics diagnostics;
    resolve_article_citations(a, ArticleText::held(a), {}, diagnostics);
    EXPECT_TRUE(diagnostics.empty()) << c.prose;
    ASSERT_EQ(a.citations.size(), 2u) << c.prose;
    EXPECT_EQ(a.citations[0].reference, 1u) << c.prose;
    EXPECT_EQ(a.citations[1].reference, 0u) << c.prose;
  }
}

TEST(CitationResolver, AManualsAbbreviationWithTheWrongYearIsReported) {
  Article a = article("a.md", "DSM-5 (2014) made it a diagnosis. COVID-19 (2020) closed schools.",
                      {"American Psychiatric Association. (2013). *Diagnostic and statistical "
                       "manual of mental disorders* (5th ed.). American Psychiatric Publishing."});
  Diagnostics diagnostics;
  resolve_article_citations(a, ArticleText::held(a), {}, diagnostics);
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_EQ(diagnostics.items()[0].code, "citation-year-mismatch");
  EXPECT_EQ(diagnostics.items()[0].column, 1);
  for (size_t i = 1; i < diagnostics.size(); ++i) {
    EXPECT_EQ(diagnostics.items()[i].severity, Severity::note) << diagnostics.items()[i].message;
  }
  EXPECT_TRUE(a.citations.empty());
}

TEST(CitationResolver, APersonNamedByOfficeIsNotACitation) {
  Article a = article("a.md", "It was signed into law by President Richard Nixon (1972).",
                      {"Gross, J. J. (1998). The field. Review, 2(3), 271-299."});
  a.sections[0].body.markdown += " Gross (1998) agrees.";
  Diagnostics diagnostics;
  resolve_article_citations(a, ArticleText::held(a), {}, diagnostics);
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.items()[0].message;
  EXPECT_EQ(a.citations.size(), 1u);
}

}  // namespace
}  // namespace mwp
