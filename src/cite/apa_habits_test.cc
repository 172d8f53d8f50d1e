// What editors' tools leave in a pasted reference, read without doubt: a
// reference manager's field codes and unformatted citations, a database's
// lookup links and labels, Harvard's page forms, commas typed without their
// space, a particle written after the initials, and APA 7's retraction notice.
#include <gtest/gtest.h>

#include <string>

#include "cite/apa_formatter.h"
#include "cite/apa_parser.h"
#include "cite/cite_test_support.h"
#include "diag/diagnostic.h"

namespace mwp {
namespace {

struct HabitCase {
  const char* input;
  const char* formatted;  // format_apa_text() of what was read
};

const HabitCase kHabitCases[] = {
    // The space after the initials' period left out, and after a comma.
    {"Pennebaker, J. W.(1997). Writing about emotional experiences as a therapeutic process. "
     "*Psychological Science*, *8*(3),162-166.",
     "Pennebaker, J. W. (1997). Writing about emotional experiences as a therapeutic process. "
     "Psychological Science, 8(3), 162\u2013166."},
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
    // A correction notice, its title standing first with the corrected work's date.
    {"Correction to Rosenblum et al. (2020). (2024). *Journal of Personality and Social "
     "Psychology*, *126*(2), 212. https://doi.org/10.1037/pspi0000461",
     "Correction to Rosenblum et al. (2020). (2024). Journal of Personality and Social "
     "Psychology, 126(2), 212. https://doi.org/10.1037/pspi0000461"},
    // The same, with the period that closes the authors.
    {"Bertalanffy, L. von. (1968). *General system theory*. George Braziller.",
     "von Bertalanffy, L. (1968). General system theory. George Braziller."},
    {"Joly, J. F. (2008). Silence and table manners. *Personality and Social Psychology "
     "Bulletin*, *34*(8), 1047-1056. https://doi.org/10.1177/0146167208318401 (Retraction "
     "published 2012, *Personality and Social Psychology Bulletin*, *38*[10], 1378)",
     "Joly, J. F. (2008). Silence and table manners. Personality and Social Psychology Bulletin, "
     "34(8), 1047–1056. https://doi.org/10.1177/0146167208318401 (Retraction published 2012, "
     "Personality and Social Psychology Bulletin, 38[10], 1378)"},
    {"Swanson, L. M. (2011). Sleep. *Journal of Women's Health*, *20*(4), 553-558. "
     "https://doi.org/10.1089/jwh.2010.2371 Downloaded by UNIVERSITY OF MICHIGAN from "
     "www.liebertpub.com at 03/12/19. For personal use only.",
     "Swanson, L. M. (2011). Sleep. Journal of Women’s Health, 20(4), 553–558. "
     "https://doi.org/10.1089/jwh.2010.2371"},
    {"Stroebe, M. (2010). The dual process model. *Omega*, *61*(4), 273-289. "
     "https://doi.org/10.2190/OM.61.4.b. Accessed 2 May 2026.",
     "Stroebe, M. (2010). The dual process model. Omega, 61(4), 273–289. "
     "https://doi.org/10.2190/OM.61.4.b"},
    {"Tversky, A. (1974). Judgment under uncertainty. *Science*, *185*(4157), 1124-31.",
     "Tversky, A. (1974). Judgment under uncertainty. Science, 185(4157), 1124–1131."},
    {"Montgomery-Downs, H. E. (2010). Normative longitudinal maternal sleep. *American Journal "
     "of Obstetrics and Gynecology*, *203*(5), 465.e1-465.e7.",
     "Montgomery-Downs, H. E. (2010). Normative longitudinal maternal sleep. American Journal "
     "of Obstetrics and Gynecology, 203(5), 465.e1–465.e7."},
    {"Lakens, D. (2013). A practical primer for *t*-tests and ANOVAs. *Frontiers in "
     "Psychology*, *4*, Article 863.",
     "Lakens, D. (2013). A practical primer for t-tests and ANOVAs. Frontiers in Psychology, 4, "
     "Article 863."},
    {"Faul, F. (2007). G*Power 3: A power analysis program. *Behavior Research Methods*, *39*(2), "
     "175-191.",
     "Faul, F. (2007). G*Power 3: A power analysis program. Behavior Research Methods, 39(2), "
     "175–191."},
    {"American Psychiatric Association. (2013). *Diagnostic and statistical manual of mental "
     "disorders* (5th ed.). Arlington, VA: Author.",
     "American Psychiatric Association. (2013). Diagnostic and statistical manual of mental "
     "disorders (5th ed.)."},
    {"Wikipedia contributors. (2026, May 20). Loneliness. In *Wikipedia*. Retrieved 10:15, May "
     "21, 2026, from https://en.wikipedia.org/wiki/Loneliness",
     "Wikipedia contributors. (2026, May 20). Loneliness. In Wikipedia. Retrieved May 21, 2026, "
     "from https://en.wikipedia.org/wiki/Loneliness"},
    {"Brown, B. (2010, June). *The power of vulnerability* [Video file]. Retrieved from "
     "https://www.ted.com/talks/x",
     "Brown, B. (2010, June). The power of vulnerability [Video]. https://www.ted.com/talks/x"},
    {"Revelle, W. (2023). *psych: Procedures for personality research* (R package version 2.3.9) "
     "[Computer software]. Northwestern University. https://CRAN.R-project.org/package=psych",
     "Revelle, W. (2023). psych: Procedures for personality research (R package version 2.3.9) "
     "[Computer software]. Northwestern University. https://CRAN.R-project.org/package=psych"},
    {"IBM Corp. (2021). *IBM SPSS Statistics for Windows* (Version 28.0) [Computer software].",
     "IBM Corp. (2021). IBM SPSS Statistics for Windows (Version 28.0) [Computer software]."},
    {"Pearson, J. (2018, September). Fat talk and body image. Poster session presented at the "
     "Australian Psychological Society Congress, Sydney, Australia.",
     "Pearson, J. (2018, September). Fat talk and body image [Poster presentation]. Australian "
     "Psychological Society Congress, Sydney, Australia."},
    {"Fromm-Reichmann, F. (1990). Loneliness. *Contemporary Psychoanalysis*, *26*(2), 305-329. "
     "https://doi.org/10.1080/00107530.1990.10746661 (Original work published 1959)",
     "Fromm-Reichmann, F. (1990). Loneliness. Contemporary Psychoanalysis, 26(2), 305\u2013329. "
     "https://doi.org/10.1080/00107530.1990.10746661 (Original work published 1959)"},
    {"[PDF] Neff, K. (2003). Self-compassion. *Self and Identity*, *2*(2), 85-101. "
     "https://doi-org.ezproxy.lib.monash.edu.au/10.1080/15298860309032",
     "Neff, K. (2003). Self-compassion. Self and Identity, 2(2), 85\u2013101. "
     "https://doi.org/10.1080/15298860309032"},
    {"{Kessler, 2005 #27}Kessler, R. C. (2005). Lifetime prevalence. *Archives of General "
     "Psychiatry*, *62*(6), 593-602.",
     "Kessler, R. C. (2005). Lifetime prevalence. Archives of General Psychiatry, 62(6), "
     "593\u2013602."},
    {"American Psychiatric Association (2013) Diagnostic and statistical manual of mental "
     "disorders. 5th edn. Arlington, VA: American Psychiatric Publishing.",
     "American Psychiatric Association. (2013). Diagnostic and statistical manual of mental "
     "disorders (5th ed.). American Psychiatric Publishing."},
    {"Forman, M. (Director). (1975). One flew over the cuckoo\u2019s nest [Motion Picture]. United "
     "States: United Artists.",
     "Forman, M. (Director). (1975). One flew over the cuckoo\u2019s nest [Motion Picture]. United "
     "Artists."},
    {"National Institute of Mental Health. (n.d.). Generalized anxiety disorder. Retrieved from "
     "National Institute of Mental Health: https://www.nimh.nih.gov/gad",
     "National Institute of Mental Health. (n.d.). Generalized anxiety disorder. National "
     "Institute of Mental Health. https://www.nimh.nih.gov/gad"},
    {"Anderson, M., & Jiang, J. (2018). Teens, social media & technology 2018. Retrieved from "
     "Pew Research Center website: http://www.pewinternet.org/2018/05/31/teens",
     "Anderson, M., & Jiang, J. (2018). Teens, social media & technology 2018. Pew Research "
     "Center. http://www.pewinternet.org/2018/05/31/teens"},
    {"Gonzalez-Hijon, J. (2022). *Unravelling the link between sleep and mental health* "
     "[Preprint]. medRxiv. https://doi.org/10.1101/2022.03.28.22273027",
     "Gonzalez-Hijon, J. (2022). Unravelling the link between sleep and mental health [Preprint]. "
     "medRxiv. https://doi.org/10.1101/2022.03.28.22273027"},
    {"AARP & National Alliance for Caregiving. (2020). *Caregiving in the United States 2020*. "
     "AARP.",
     "AARP & National Alliance for Caregiving. (2020). Caregiving in the United States 2020. "
     "AARP."},
    // A typographic apostrophe in a thesis's description.
    {"Thind, N. K. (2011). *The effect of parental attachment* [Unpublished master\u2019s "
     "thesis]. Utah State University.",
     "Thind, N. K. (2011). The effect of parental attachment [Unpublished master\u2019s thesis]. "
     "Utah State University."},
    // Harvard's month after a magazine's name; a university named with its campus.
    {"Twenge, J.M. (2017) 'Have smartphones destroyed a generation?', The Atlantic, September. "
     "Available at: https://www.theatlantic.com/x/ (Accessed: 14 March 2024).",
     "Twenge, J. M. (2017, September). Have smartphones destroyed a generation? The Atlantic. "
     "Retrieved March 14, 2024, from https://www.theatlantic.com/x/"},
    {"Lee, A. (2011). *Attachment in young adults* [Master's thesis, California State "
     "University, Sacramento]. ScholarWorks.",
     "Lee, A. (2011). Attachment in young adults [Master\u2019s thesis, California State "
     "University, Sacramento]. ScholarWorks."},
    // "(n.d)" without its last period; British "edn" in the details; Google
    // Scholar's counts; Wikipedia's eLocator.
    {"Mayo Clinic Staff. (n.d). Chronic stress puts your health at risk. Mayo Clinic. "
     "https://www.mayoclinic.org/x",
     "Mayo Clinic Staff. (n.d.). Chronic stress puts your health at risk. Mayo Clinic. "
     "https://www.mayoclinic.org/x"},
    {"Hofstede, G. (2001). *Culture's consequences* (2nd edn). Sage.",
     "Hofstede, G. (2001). Culture\u2019s consequences (2nd ed.). Sage."},
    {"Meehl, P. E. (1978). Theoretical risks and tabular asterisks. *Journal of Consulting and "
     "Clinical Psychology*, *46*(4), 806-834. Cited by 3412 Related articles All 14 versions",
     "Meehl, P. E. (1978). Theoretical risks and tabular asterisks. Journal of Consulting and "
     "Clinical Psychology, 46(4), 806\u2013834."},
    {"Ioannidis, John P. A. (2005). \"Why Most Published Research Findings Are False\". PLOS "
     "Medicine. 2 (8): e124. doi:10.1371/journal.pmed.0020124.",
     "Ioannidis, J. P. A. (2005). Why Most Published Research Findings Are False. PLOS Medicine, "
     "2(8), Article e124. https://doi.org/10.1371/journal.pmed.0020124"},
    // A title ending in an abbreviation's period, before the journal's italics.
    {"Deaner, R. O. (2012). Males play sports much more than females even in the contemporary "
     "U.S. *PLoS ONE*, *7*(11), Article e49168.",
     "Deaner, R. O. (2012). Males play sports much more than females even in the contemporary "
     "U.S. PLoS ONE, 7(11), Article e49168."},
    // A field code as Word shows it, in braces.
    {"{ ADDIN EN.REFLIST }Morin, C. M. (2011). The Insomnia Severity Index. *Sleep*, *34*(5), "
     "601-608.",
     "Morin, C. M. (2011). The Insomnia Severity Index. Sleep, 34(5), 601–608."},
    // A work with no author: its title, and then its edition, stand first.
    {"Merriam-Webster\u2019s collegiate dictionary (11th ed.). (2003). Merriam-Webster.",
     "Merriam-Webster\u2019s collegiate dictionary (11th ed.). (2003). Merriam-Webster."},
    // A print newspaper's page, its one number.
    {"Gansberg, M. (1964, March 27). 37 who saw murder didn't call the police. *The New York "
     "Times*, 1.",
     "Gansberg, M. (1964, March 27). 37 who saw murder didn\u2019t call the police. The New York "
     "Times, 1."},
    // A symposium by its chairs; an invited address.
    {"Dhami, M. K. (Chair). (2020, November 20). *Estimating and communicating probabilistic "
     "information* [Symposium]. Psychonomic Society 61st Annual Meeting.",
     "Dhami, M. K. (Chair). (2020, November 20). Estimating and communicating probabilistic "
     "information [Symposium]. Psychonomic Society 61st Annual Meeting."},
    {"King, M. L., Jr. (1967, September 1). *The role of the behavioral scientist in the civil "
     "rights movement* [Invited address]. 75th Annual Convention of the American Psychological "
     "Association, Washington, DC, United States.",
     "King, M. L., Jr. (1967, September 1). The role of the behavioral scientist in the civil "
     "rights movement [Invited address]. 75th Annual Convention of the American Psychological "
     "Association, Washington, DC, United States."},
    // A test's record, its abbreviation in the writer's italics with the title.
    {"Beck, A. T., Steer, R. A., & Brown, G. K. (1996). *Beck Depression Inventory\u2013II "
     "(BDI-II)* [Database record]. APA PsycTests. https://doi.org/10.1037/t00742-000",
     "Beck, A. T., Steer, R. A., & Brown, G. K. (1996). Beck Depression Inventory\u2013II "
     "(BDI-II) [Database record]. APA PsycTests. https://doi.org/10.1037/t00742-000"},
    // An agency's number after the kind of report, without "No.".
    {"National Center for Science and Engineering Statistics. (2023). *Diversity and STEM 2023* "
     "(Special Report NSF 23-315). National Science Foundation. https://ncses.nsf.gov/wmpd",
     "National Center for Science and Engineering Statistics. (2023). Diversity and STEM 2023 "
     "(Special Report NSF 23-315). National Science Foundation. https://ncses.nsf.gov/wmpd"},
    // A report's number without "No.", whole; a briefing is a report; a
    // title's own comma and year in one italic run; a period inside a
    // journal's italic name.
    {"National Institute for Health and Care Excellence. (2013). *Social anxiety disorder* "
     "(Clinical Guideline CG159). https://www.nice.org.uk/guidance/cg159",
     "National Institute for Health and Care Excellence. (2013). Social anxiety disorder "
     "(Clinical Guideline CG159). https://www.nice.org.uk/guidance/cg159"},
    {"Department of Health. (2017). *Transforming provision: A green paper* (Cm 9523). "
     "https://www.gov.uk/x",
     "Department of Health. (2017). Transforming provision: A green paper (Cm 9523). "
     "https://www.gov.uk/x"},
    {"Gilburt, H. (2015). *Mental health under pressure* [Briefing]. The King's Fund.",
     "Gilburt, H. (2015). Mental health under pressure [Briefing]. The King\u2019s Fund."},
    {"NHS Digital. (2018, November 22). *Mental health of children and young people in England, "
     "2017*. https://digital.nhs.uk/x",
     "NHS Digital. (2018, November 22). Mental health of children and young people in England, "
     "2017. https://digital.nhs.uk/x"},
    {"Wheaton, A. G. (2018). Short sleep duration. *MMWR. Morbidity and Mortality Weekly "
     "Report*, *67*(3), 85-90.",
     "Wheaton, A. G. (2018). Short sleep duration. MMWR. Morbidity and Mortality Weekly Report, "
     "67(3), 85\u201390."},
    // A statistical bulletin dated to the day is a document, not a page.
    {"Office for National Statistics. (2022, September 6). *Suicides in England and Wales: 2021 "
     "registrations* [Statistical bulletin]. https://www.ons.gov.uk/bulletins/2021registrations",
     "Office for National Statistics. (2022, September 6). Suicides in England and Wales: 2021 "
     "registrations [Statistical bulletin]. https://www.ons.gov.uk/bulletins/2021registrations"},
    {"National Institute for Health and Care Excellence. (2017). *Eating disorders: Recognition "
     "and treatment* (NICE Guideline NG69). https://www.nice.org.uk/guidance/ng69",
     "National Institute for Health and Care Excellence. (2017). Eating disorders: Recognition "
     "and treatment (NICE Guideline NG69). https://www.nice.org.uk/guidance/ng69"},
    // A post's words cut short inside quotation marks: the ellipsis is the title's.
    {"Obama, B. [@BarackObama]. (2017, August 13). *\"No one is born hating another "
     "person...\"* [Tweet]. Twitter.",
     "Obama, B. [@BarackObama]. (2017, August 13). No one is born hating another person... "
     "[Tweet]. Twitter."},
    // A blog's habits: authors in bold, a journal's name linked to its home
    // page, a database's label link, PubMed's identifiers after the DOI.
    {"**Hyde, J. S.** (2005). The gender similarities hypothesis. [*American "
     "Psychologist*](https://www.apa.org/pubs/journals/amp), *60*(6), 581\u2013592. "
     "https://doi.org/10.1037/0003-066X.60.6.581 [free full text](https://www.ncbi.nlm.nih.gov/"
     "pmc/articles/PMC1/)",
     "Hyde, J. S. (2005). The gender similarities hypothesis. American Psychologist, 60(6), "
     "581\u2013592. https://doi.org/10.1037/0003-066X.60.6.581"},
    {"Bakker, D. (2016). Mental health smartphone apps. *JMIR Mental Health*, *3*(1), e7. "
     "https://doi.org/10.2196/mental.4984. PMID: 26932350; PMCID: PMC4795320",
     "Bakker, D. (2016). Mental health smartphone apps. JMIR Mental Health, 3(1), Article e7. "
     "https://doi.org/10.2196/mental.4984"},
    // Harvard's "[online]", a retrieval date in brackets, and a document
    // its publisher names, whatever its retrieval date.
    {"NHS (no date) Loneliness in older people [online]. Available at: "
     "https://www.nhs.uk/loneliness/ [Accessed 14 February 2024].",
     "NHS. (n.d.). Loneliness in older people. Retrieved February 14, 2024, from "
     "https://www.nhs.uk/loneliness/"},
    {"HM Government (2018) A connected society: a strategy for tackling loneliness. London: "
     "Department for Digital, Culture, Media and Sport. Available at: https://www.gov.uk/a "
     "(Accessed: 20 January 2024).",
     "HM Government. (2018). A connected society: a strategy for tackling loneliness. "
     "Department for Digital, Culture, Media and Sport. Retrieved January 20, 2024, from "
     "https://www.gov.uk/a"},
    // A trial's registration number; a title closed by a span of years.
    {"National Institute of Mental Health. (2001, July 23). Sequenced Treatment Alternatives to "
     "Relieve Depression (STAR\\*D) (Identifier NCT00021528). ClinicalTrials.gov. "
     "https://clinicaltrials.gov/ct2/show/NCT00021528",
     "National Institute of Mental Health. (2001, July 23). Sequenced Treatment Alternatives to "
     "Relieve Depression (STAR*D) (Identifier NCT00021528). ClinicalTrials.gov. "
     "https://clinicaltrials.gov/ct2/show/NCT00021528"},
    {"Australian Bureau of Statistics. (2021). First insights from the National Study of Mental "
     "Health and Wellbeing, 2020-21. https://www.abs.gov.au/articles/first-insights",
     "Australian Bureau of Statistics. (2021). First insights from the National Study of Mental "
     "Health and Wellbeing, 2020-21. https://www.abs.gov.au/articles/first-insights"},
};

TEST(ApaHabits, ReadsWhatToolsLeaveWithoutDoubt) {
  for (const HabitCase& c : kHabitCases) {
    EXPECT_EQ(format_apa_text(testing_support::read_confidently(c.input)), c.formatted) << c.input;
  }
}

// The case whose input begins with `start`.
const char* habit_input(std::string_view start) {
  for (const HabitCase& c : kHabitCases) {
    if (std::string_view(c.input).starts_with(start)) return c.input;
  }
  return "";
}

TEST(ApaHabits, KeepsTheRetractionNoticeInItsParts) {
  Diagnostics diagnostics;
  const auto reference =
      parse_apa_reference(habit_input("Joly"), TextOrigin{"a.md", 1, 1}, diagnostics);
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
  const auto two = parse_apa_reference(habit_input("AARP"), TextOrigin{"a.md", 1, 1}, diagnostics);
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

namespace mwp {
namespace {

// What the habits above do not cover is said, never guessed.
const testing_support::DoubtCase kHabitDoubtCases[] = {
    // A journal's abbreviated name begun in the title; a site's acronym as a page's title.
    {"Winnicott, D.W. (1953). Transitional objects and transitional phenomena. Int. J. "
     "Psycho-Anal., 34:89-97.",
     "ends with an abbreviation"},
    {"Stress. (n.d.). NHS.", "reads as a site's name"},
    // A chapter's book and editors, as Springer writes them, read into its title.
    {"Greenberg, J., Pyszczynski, T., Solomon, S. (1986). The causes and consequences of a need "
     "for self-esteem. In: Baumeister, R.F. (eds) Public self and private self. Springer.",
     "a book's editors"},
    {"Kessler, R. C. (2005). Title of the survey [NCS2]. Harvard Medical School.",
     "a number in brackets"},
    {"Inside Out (2015). Produced by Jonas Rivera. Pixar Animation Studios.", "reads as a credit"},
    {"Klymkowsky, M. (2018, September 15). Can we talk about free will? *Sci-Ed*. PLOS Blogs. "
     "https://blogs.plos.org/scied/x",
     "italics"},
    {"Micali, N. (2017). Lifetime prevalence of eating disorders. *BMC Medicine*, *15*, 12.",
     "article number"},
    {"Hyde, J. S. (2009/2010). Gender similarities. *American Psychologist*, *60*(6), 581-592.",
     "two years for a periodical"},
    {"Lyubomirsky, S. (2005). The benefits. Psychological SOCIAL CONNECTION AND WELL-BEING 31 "
     "Bulletin, 131(6), 803-855.",
     "capitals"},
    {"Holt-Lunstad, Julianne & Smith, Timothy & Layton, J.. (2010). Social relationships. PLoS "
     "medicine. 7. e1000316. 10.1371/journal.pmed.1000316.",
     "a single word among persons"},
    {"Wakefield, A. J. (1998). [RETRACTED 2010] Ileal-lymphoid-nodular hyperplasia. *The "
     "Lancet*, *351*(9103), 637-641.",
     "a note in brackets"},
};

TEST(ApaHabits, DoubtsWhatNoHabitSettles) {
  testing_support::expect_each_partly_read(kHabitDoubtCases);
}

}  // namespace
}  // namespace mwp
