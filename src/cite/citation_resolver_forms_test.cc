// The resolver on the forms writers use to name works by their team, their
// institution or a group, with the article they are in.
#include <gtest/gtest.h>

#include "cite/citation_resolver.h"
#include "cite/cite_test_support.h"

namespace mwp {
namespace {

// Resolves the citations of `a` and expects no diagnostic, and the i-th
// citation linked to the i-th source, one citation for each source.
void expect_each_cites_its_source(Article& a) {
  Diagnostics diagnostics;
  resolve_article_citations(a, ArticleText::held(a), {}, diagnostics);
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.items()[0].message;
  ASSERT_EQ(a.citations.size(), a.sources.size());
  for (size_t i = 0; i < a.citations.size(); ++i) EXPECT_EQ(a.citations[i].reference, i);
}

using testing_support::article;
using testing_support::expect_links_quietly;
using testing_support::LinkCase;
using testing_support::resolved;

// "The same team's follow-up (2019)" cites the authors of the work cited
// before it; "Dworzynski and Happé, with colleagues (2012)" names the
// first author and the last; a group before its abbreviation and year.
TEST(CitationResolver, LinksWorksNamedByTheirTeamOrInstitution) {
  Article a = article(
      "a.md",
      "Laura Hull and her colleagues at UCL (2017) asked them. The same team's follow-up "
      "(2019) built a scale. Katharina Dworzynski and Francesca Happ\u00e9 at King's College "
      "London, with colleagues (2012), found more. The Public Health Agency of Canada (PHAC, "
      "2019) counts them.",
      {"Hull, L., Petrides, K. V., Allison, C., & Mandy, W. (2017). Putting on my best normal. "
       "*Journal of Autism and Developmental Disorders*, *47*(8), 2519-2534.",
       "Hull, L., Mandy, W., Lai, M.-C., & Petrides, K. V. (2019). Development of the CAT-Q. "
       "*Journal of Autism and Developmental Disorders*, *49*(3), 819-833.",
       "Dworzynski, K., Ronald, A., Bolton, P., & Happ\u00e9, F. (2012). How different are "
       "girls and boys. *Journal of the American Academy of Child & Adolescent Psychiatry*, "
       "*51*(8), 788-797.",
       "Public Health Agency of Canada. (2019). *Suicide in Canada: Key statistics*. "
       "https://www.canada.ca/x"});
  expect_each_cites_its_source(a);
}

// Groups named in parentheses by names that open with an acronym or "The",
// hold a web address, or are several; a group by its abbreviation before the
// year; a year before "by" and the name; a country's adjective is no group's name.
TEST(CitationResolver, LinksGroupsAndYearsWrittenTheWayReportersWrite) {
  Article a = article(
      "a.md",
      "Worst affected (NHS England, 2023). A survey (The Live Love Laugh Foundation [TLLLF], "
      "2018). Women left (McKinsey & Company & LeanIn.Org, 2022). The Indian Council of Medical "
      "Research (ICMR) and its partners (2017) showed it in every Indian state. Then came a big "
      "study from 2019 by Twenge.",
      {"NHS England. (2023). *Mental health of children*. https://digital.nhs.uk/x",
       "The Live Love Laugh Foundation. (2018). *How India perceives mental health*. The Live "
       "Love Laugh Foundation.",
       "McKinsey & Company, & LeanIn.Org. (2022). *Women in the workplace 2022*. "
       "https://wiw-report.s3.amazonaws.com/x.pdf",
       "Indian Council of Medical Research, Public Health Foundation of India, & Institute for "
       "Health Metrics and Evaluation. (2017). *India: Health of the nation's states*. ICMR.",
       "Twenge, J. M., Cooper, A. B., & Joiner, T. E. (2019). Age, period, and cohort trends. "
       "*Journal of Abnormal Psychology*, *128*(3), 185-199."});
  expect_each_cites_its_source(a);
}

// A name in lower case written as a citation is reported (a warning and its
// note) even where the block already links the work, which a name with its
// year in the same sentence links too.
TEST(CitationResolver, ReportsACitationInLowerCaseBesideTheSameWorkLinked) {
  Article a = article("a.md",
                      "Some find relief (Hvas, 2001). In hvas (2001), women described freedom. "
                      "Hvas wrote in 2001 that it helped.",
                      {"Hvas, L. (2001). Positive aspects of menopause. *Maturitas*, *39*(1), "
                       "11-17."});
  EXPECT_EQ(resolved(a), "citation-unread citation-unread 0 0 ");
}

// Groups by their abbreviations: one in mixed case defined before the year,
// one defined for the first of two groups, an acronym with "et al.".
TEST(CitationResolver, LinksGroupsByTheirAbbreviations) {
  Article a = article(
      "a.md",
      "The policy of the Ministry of Health and Family Welfare (MoHFW, 2014) names women. "
      "Violence is common (International Institute for Population Sciences [IIPS] & ICF, 2021). "
      "Rural women (IIPS & ICF, 2021). The estimates of ICMR et al. (2017) agree.",
      {"Ministry of Health and Family Welfare. (2014). *New pathways, new hope*. Government of "
       "India.",
       "International Institute for Population Sciences & ICF. (2021). *National Family Health "
       "Survey (NFHS-5)*. International Institute for Population Sciences.",
       "Indian Council of Medical Research, Public Health Foundation of India, & Institute for "
       "Health Metrics and Evaluation. (2017). *India: Health of the nation's states*."});
  EXPECT_EQ(resolved(a), "0 1 1 2 ");
}

// Names listed before "and colleagues"; a postcode is no year; a group that
// published the work is reported against it.
TEST(CitationResolver, ReadsNamesBeforeColleaguesAndPassesOverPostcodes) {
  Article listed = article(
      "a.md", "Work by Bonanno, Papa and colleagues (2004) showed it. Mount Druitt (2770) too.",
      {"Bonanno, G. A., Papa, A., & O'Neill, K. (2004). Loss and human resilience. *Applied and "
       "Preventive Psychology*, *10*(3), 193-206."});
  EXPECT_EQ(resolved(listed), "0 ");
  Article publisher = article("a.md", "Boys say so (Mission Australia, 2022).",
                              {"Leung, S., Brennan, N., & Freeburn, T. (2022). *Youth Survey "
                               "report 2022*. Mission Australia."});
  const std::string said = resolved(publisher);
  EXPECT_EQ(said.substr(0, said.find(' ')), "citation-unmatched") << said;
  EXPECT_NE(said.find("citation-unmatched citation-unmatched"), std::string::npos) << said;
}

// A group that writes its own name in lower case is linked by it, as the
// list writes it; a person's name in lower case is reported, unread.
TEST(CitationResolver, LinksAGroupNamedInLowerCase) {
  Article group = article("a.md", "Boys wait (headspace 2020). They wait (headspace, 2020).",
                          {"headspace National Youth Mental Health Foundation. (2020). "
                           "*Insights: Youth mental health*. headspace."});
  EXPECT_EQ(resolved(group), "0 0 ");
  Article person = article("a.md", "Conflict predicts it (gottman 1994).",
                           {"Gottman, J. M. (1994). *What predicts divorce?* Erlbaum."});
  EXPECT_EQ(resolved(person), "citation-unread citation-unread ");
}

// A journal in italics beside a year belongs to the authors before the
// parenthesis; a title in italics before "(IOM, 2015)" is no group's name.
TEST(CitationResolver, ReadsItalicsBesideAYear) {
  Article a = article("a.md",
                      "Pope et al. (*NEJM*, 2000) showed it. Most are never diagnosed "
                      "(Institute of Medicine [IOM], 2015). *Beyond the illness* (IOM, 2015) "
                      "renamed it.",
                      {"Pope, J. H., Aufderheide, T. P., & Ruthazer, R. (2000). Missed diagnoses "
                       "of acute cardiac ischemia. *New England Journal of Medicine*, *342*(16), "
                       "1163-1170.",
                       "Institute of Medicine. (2015). *Beyond myalgic encephalomyelitis*. The "
                       "National Academies Press."});
  EXPECT_EQ(resolved(a), "0 1 1 ");
}

// A group by its initials in a possessive before a year: "the ONS's 2018
// report", whether or not the prose has defined the abbreviation.
TEST(CitationResolver, LinksAGroupByItsInitialsBeforeAYear) {
  Article a = article("a.md",
                      "Loneliness was common (Office for National Statistics [ONS], 2018). The "
                      "ONS's 2018 report covers young people. The WHO's 2022 report agrees.",
                      {"Office for National Statistics. (2018). *Children's and young people's "
                       "experiences of loneliness*. https://www.ons.gov.uk/x",
                       "World Health Organization. (2022). *World mental health report*. World "
                       "Health Organization."});
  EXPECT_EQ(resolved(a), "0 0 1 ");
}

// A year right after a possessive is the work's own: with no work of that
// year, it is a year mismatch, not another of the researcher's works.
TEST(CitationResolver, ReportsAPossessivesYearThatNoWorkHas) {
  Article a = article("a.md", "Buss's 1992 study said so. Buss's 1994 book said more.",
                      {"Buss, D. M. (1994). *The evolution of desire*. Basic Books."});
  EXPECT_EQ(resolved(a), "citation-year-mismatch citation-year-mismatch 0 ");
}

// Two groups' abbreviations defined in one citation name them later, alone
// and joined by a slash before a word for the work.
TEST(CitationResolver, LinksTwoGroupsByTheAbbreviationsOneCitationDefined) {
  Article a =
      article("a.md",
              "It is first-line (U.S. Department of Veterans Affairs [VA] & U.S. Department "
              "of Defense [DoD], 2023). Later (VA & DoD, 2023). The VA/DoD guideline "
              "(2023) says so.",
              {"U.S. Department of Veterans Affairs & U.S. Department of Defense. (2023). "
               "*VA/DoD clinical practice guideline* (Version 4.0). https://www.va.gov/x"});
  EXPECT_EQ(resolved(a), "0 0 0 ");
}

// So is the year of a work named before "by" ("A 2012 review by Smith", "a
// big study by Smith in 2011"), in a phrase before the name ("In a 2012
// paper, Smith"), opening the sentence as APA 7 allows, or after "her". A
// year something else happened in ("born in 1934,") is no work's.
TEST(CitationResolver, ReportsTheYearOfAWorkByANameThatNoWorkHas) {
  const std::vector<std::string> smith = {"Smith, J. (2011). Title. *Journal*, *1*(1), 1-2."};
  const std::pair<std::string, std::string> cases[] = {
      {"A 2012 review by Smith said so.", "citation-year-mismatch citation-year-mismatch "},
      {"A big study by Smith in 2011 said more.", "0 "},
      {"In a 2012 paper, Smith argued it.", "citation-year-mismatch citation-year-mismatch "},
      {"In 2012, Smith found it.", "citation-year-mismatch citation-year-mismatch "},
      {"Smith puts it in her 2012 book.", "citation-year-mismatch citation-year-mismatch "},
      {"Jane Smith, born in 1934, argued it.", "0 "},
  };
  for (const auto& [prose, want] : cases) {
    Article a = article("a.md", prose, smith);
    EXPECT_EQ(resolved(a), want) << prose;
  }
}

// An entry whose names are not in APA form warns and is published as
// written, and its names still link the citations that name its authors:
// persons in direct order, and Vancouver's family names and initials, whose
// count "et al." is checked against.
TEST(CitationResolver, LinksEntriesWhoseNamesAreNotInApaForm) {
  Article a = article(
      "a.md",
      "*The Female Brain* (Brizendine, 2006) leaned on it. Freeman et al. (2004) followed "
      "women. Markus and Kitayama (1991) compared cultures.",
      {"Louann Brizendine (2006). *The female brain*. Morgan Road Books.",
       "Freeman EW, Sammel MD, Liu L, Gracia CR, Nelson DB, Hollander L. (2004). Hormones and "
       "menopausal status. *Archives of General Psychiatry*, *61*(1), 62\u201370.",
       "Hazel Rose Markus and Shinobu Kitayama (1991). Culture and the self. *Psychological "
       "Review*, *98*(2), 224\u2013253."});
  EXPECT_EQ(resolved(a),
            "reference-partly-read reference-partly-read reference-partly-read 0 1 2 ");
}

// A group's name in the prose with a curly apostrophe, in the list with a
// straight one.
TEST(CitationResolver, LinksAGroupWhoseApostropheIsCurly) {
  Article a = article("a.md", "The Office of Research on Women\u2019s Health (n.d.) says so.",
                      {"Office of Research on Women's Health. (n.d.). *NIH policy*. National "
                       "Institutes of Health. https://orwh.od.nih.gov/x"});
  EXPECT_EQ(resolved(a), "0 ");
}

// A group by its abbreviation in a possessive, far from the year, once the
// abbreviation is defined; a group whose name holds an institution ("at
// Harvard University"); "and others" for "et al."; a name unknown to the
// list before a participle after "with"; Vancouver names read for linking.
TEST(CitationResolver, LinksGroupsAndTeamsWrittenLoosely) {
  Article a = article(
      "a.md",
      "Risk rises (National Institute for Health and Care Excellence [NICE], 2009).\n\nNICE's "
      "guideline on depression with a long-term physical health problem (2009) asks for both. "
      "The Center on the Developing Child at Harvard University (n.d.) publishes guides. Judd "
      "and others (2006) found it. Hossain et al. (2008) surveyed farmers. Reviews agree, with "
      "Monckton Smith (2020) tracing eight stages.",
      {"National Institute for Health and Care Excellence. (2009). *Depression in adults with a "
       "chronic physical health problem* (Clinical guideline CG91). https://www.nice.org.uk/x",
       "Center on the Developing Child at Harvard University. (n.d.). *Serve and return*. "
       "https://developingchild.harvard.edu/x",
       "Judd, F., Jackson, H., Fraser, C., Murray, G., Robins, G., & Komiti, A. (2006). "
       "Understanding suicide in Australian farmers. *Social Psychiatry and Psychiatric "
       "Epidemiology*, *41*(1), 1\u201310.",
       "Hossain D, Eley R, Coutts J, Gorman D. (2008). Mental health of farmers. *Australian "
       "Journal of Rural Health*, *16*(6), 343\u2013348."});
  EXPECT_EQ(resolved(a), "reference-partly-read citation-unmatched 0 0 1 2 3 ");
}

// A group whose name ends with an acronym, in parentheses with or without
// the comma and in the prose after another body's possessive; a name its
// bearer writes in lower case, which no citation mwp reads names; a
// single name before "was making this point", unknown to the list.
TEST(CitationResolver, LinksGroupsEndingInAnAcronymAndReportsLooseForms) {
  Article a = article(
      "a.md",
      "Risk rises (National Center for PTSD, 2022). It rises (National Center for PTSD 2022). "
      "The VA's National Center for PTSD (2022) agrees. bell hooks (2004) wrote of it. "
      "Hochschild (1989) was making this point.",
      {"National Center for PTSD. (2022). *Moral injury*. U.S. Department of Veterans Affairs. "
       "https://www.ptsd.va.gov/x",
       "hooks, b. (2004). *We real cool: Black men and masculinity*. Routledge."});
  EXPECT_EQ(resolved(a),
            "reference-partly-read citation-unmatched citation-unread citation-unread 0 0 0 ");
}

// A possessive's year that the sentence says it knows through another work
// ("as cited in") names no listed work, and is said nothing of, however
// "et al." is written.
TEST(CitationResolver, SaysNothingOfAWorkKnownThroughAnother) {
  for (const char* prose :
       {"Pope's 1993 study described it (Pope et al., 1993, as cited in Murray et al., 2010). "
        "Later work agreed (Pope et al., 1997).",
        "Pope's 1993 study described it (Pope et. al. 1993, as cited in Murray et al., 2010). "
        "Later work agreed (Pope et al., 1997)."}) {
    Article a = article("a.md", prose,
                        {"Murray, S. B., Rieger, E., & Touyz, S. W. (2010). Muscle dysmorphia. "
                         "*International Journal of Eating Disorders*, *43*(6), 483-491.",
                         "Pope, H. G., Jr., Gruber, A. J., & Choi, P. (1997). Muscle dysmorphia. "
                         "*Psychosomatics*, *38*(6), 548-557."});
    EXPECT_EQ(resolved(a), "0 1 ") << prose;
  }
}

// An owner, a title or a group's name before the year, as writers write them.
TEST(CitationResolver, LinksOwnersTitlesAndGroupsBeforeTheYear) {
  const LinkCase cases[] = {
      // A group's name that holds a possessive, after "the", and a co-author.
      {"The Men's Project and Flood (2018) surveyed them.",
       "The Men's Project, & Flood, M. (2018). *The Man Box*. Jesuit Social Services.",
       "Men's Project and Flood (2018)"},
      {"A report by the Children's Society (2021) found it.",
       "The Children's Society. (2021). *The good childhood report 2021*.",
       "Children's Society (2021)"},
      // A book's title in emphasis between its author and its year.
      {"Vivek Murthy, in *Together* (2020), writes it.",
       "Murthy, V. H. (2020). *Together: The healing power of human connection*. Harper Wave.",
       "Vivek Murthy, in *Together* (2020)"},
      // A possessive owner before a title in emphasis that holds its own
      // possessive and question mark.
      {"Jock Phillips's *A Man's Country?* (1987) traced it.",
       "Phillips, J. (1987). *A man's country? The image of the Pakeha male*. Penguin.",
       "A Man's Country?* (1987)"},
      // "and colleagues'" and "et al.'s" before a body's name that holds "for".
      {"Roulstone and colleagues' analysis for the Department for Education (2011) found it.",
       "Roulstone, S., Law, J., & Rush, R. (2011). *Investigating the role of language*. "
       "Department for Education.",
       "Roulstone and colleagues' analysis for the Department for Education (2011)"},
      {"Roulstone et al.'s analysis for Statistics Canada (2011) found it.",
       "Roulstone, S., Law, J., & Rush, R. (2011). *Investigating the role of language*. "
       "Statistics Canada.",
       "Roulstone et al.'s analysis for Statistics Canada (2011)"},
      // A report by its title in emphasis and its kind.
      {"The *He Ara Oranga* report (2018) set the agenda.",
       "Government Inquiry into Mental Health and Addiction. (2018). *He ara oranga: Report of "
       "the inquiry*. https://mentalhealth.inquiry.govt.nz/x",
       "He Ara Oranga* report (2018)"},
      // A group's name holding "and", written with "&", read from its last words.
      {"The Government Inquiry into Mental Health & Addiction (2018) said so.",
       "Government Inquiry into Mental Health and Addiction. (2018). *He ara oranga*. "
       "https://mentalhealth.inquiry.govt.nz/x",
       "Mental Health & Addiction (2018)"},
      // East Asian names in their own order, the family name first.
      {"Kawakami Norito and Haratani Takashi (1999) reviewed it.",
       "Kawakami, N., & Haratani, T. (1999). Epidemiology of job stress. *Industrial Health*, "
       "*37*(2), 174-186.",
       "Kawakami Norito and Haratani Takashi (1999)"},
      {"Lu Luo and her colleagues (2006) found it.",
       "Lu, L., Gilmour, R., & Kao, S.-F. (2006). A cross-cultural study. *Career Development "
       "International*, *11*(1), 9-27.",
       "Lu Luo and her colleagues (2006)"},
      // A scripture by its title in italics, its years and its chapter and
      // verse; a volume by its own title; a reprint by its original year.
      {"It gives \"Jesus wept\" (*King James Bible*, 1769/2017, John 11:35).",
       "*King James Bible*. (2017). King James Bible Online. https://www.kingjamesbibleonline.org/ "
       "(Original work published 1769)",
       "King James Bible*, 1769/2017"},
      {"He gave the third volume, *Loss* (1980), to it.",
       "Bowlby, J. (1980). *Attachment and loss: Vol. 3. Loss: Sadness and depression*. Basic "
       "Books.",
       "Loss* (1980)"},
      {"Men will read *A Grief Observed* (1961), first published under a pseudonym.",
       "Lewis, C. S. (2001). *A grief observed*. HarperOne. (Original work published 1961)",
       "A Grief Observed* (1961)"},
      // APA 7's year opening the sentence before a group's whole name.
      {"In 1999, the Productivity Commission estimated it.",
       "Productivity Commission. (1999). *Australia's gambling industries* (Report No. 10). "
       "AusInfo.",
       "In 1999, the Productivity Commission"},
      // An economist's dash between two names.
      {"The Niederle\u2013Vesterlund (2007) result holds.",
       "Niederle, M., & Vesterlund, L. (2007). Do women shy away from competition? *Quarterly "
       "Journal of Economics*, *122*(3), 1067-1101.",
       "Niederle\u2013Vesterlund (2007)"},
      // The year before a group's whole name, an acronym or a person's
      // whole name and a word for the work; after "by the" a group's name.
      {"In a 2019 Pew Research Center survey, most agreed.",
       "Pew Research Center. (2019). *Marriage and cohabitation in the U.S.* "
       "https://www.pewresearch.org/x",
       "2019 Pew Research Center"},
      {"A 2018 ONS survey found it.",
       "Office for National Statistics. (2018). *Loneliness*. https://www.ons.gov.uk/x",
       "2018 ONS"},
      {"The 2009 Amy Muise study is cited often.",
       "Muise, A., Christofides, E., & Desmarais, S. (2009). More information than you ever "
       "wanted. *CyberPsychology & Behavior*, *12*(4), 441-444.",
       "2009 Amy Muise"},
      {"A 2019 survey by the Mental Health Foundation found it.",
       "Mental Health Foundation. (2019). *Body image: How we think and feel about our bodies*.",
       "2019 survey by the Mental Health Foundation"},
      {"A 2022 survey by Carers UK found strain.",
       "Carers UK. (2022). *State of caring 2022*. https://www.carersuk.org/x", "Carers UK"},
      // A word for the work after the possessive reaches further, over numbers.
      {"Hofstede's survey of IBM employees in more than 50 countries (1980) gave a measure.",
       "Hofstede, G. (1980). *Culture's consequences*. Sage.",
       "Hofstede's survey of IBM employees in more than 50 countries (1980)"},
      // A group's name whose first word has its own possessive.
      {"The Alzheimer's Association's 2023 facts and figures report estimated it.",
       "Alzheimer's Association. (2023). 2023 Alzheimer's disease facts and figures. "
       "*Alzheimer's & Dementia*, *19*(4), 1598-1695.",
       "Alzheimer's Association"},
      // An abbreviation defined in brackets with a short word beside an acronym.
      {"Most live apart (Statistics South Africa [Stats SA], 2022).",
       "Statistics South Africa. (2022). *General household survey 2021* (Statistical release "
       "P0318).",
       "Statistics South Africa [Stats SA], 2022"},
      // A body's acronym that holds its name's small words.
      {"Its report (MOM, 2024) shows it.",
       "Ministry of Manpower. (2024). *Labour force in Singapore 2023*. Manpower Research and "
       "Statistics Department.",
       "MOM, 2024"},
  };
  for (const LinkCase& c : cases) expect_links_quietly(c);
}

}  // namespace
}  // namespace mwp
