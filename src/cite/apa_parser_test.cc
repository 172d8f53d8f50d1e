#include "cite/apa_parser.h"

#include <gtest/gtest.h>

#include <string>

#include "cite/apa_formatter.h"
#include "cite/cite_test_support.h"
#include "cite/csl_json.h"
#include "cite/pasted_text.h"

namespace mwp {
namespace {

using testing_support::expect_reads_as;
using testing_support::ParseCase;

const ParseCase kParseCases[] = {
    // Journal articles as in the seeds, bulleted and numbered.
    {"- Levant, R. F., Hall, R. J., Williams, C. M., & Hasan, N. T. (2009). Gender differences "
     "in alexithymia. Psychology of Men & Masculinity, 10(3), 190\xE2\x80\x93"
     "203.",
     "article-journal | Levant/R. F. Hall/R. J. Williams/C. M. Hasan/N. T. | 2009 | Gender "
     "differences in alexithymia | in Psychology of Men & Masculinity | vol 10 | no 3 | pp "
     "190-203"},
    {"  1. Gross, J. J. (1998). The emerging field of emotion regulation: An integrative review. "
     "Review of General Psychology, 2(3), 271\xE2\x80\x93"
     "299.",
     "article-journal | Gross/J. J. | 1998 | The emerging field of emotion regulation: An "
     "integrative review | in Review of General Psychology | vol 2 | no 3 | pp 271-299"},
    // Markdown emphasis, DOI link, two authors joined by & without comma.
    {"Gross, J. J. & John, O. P. (2003). Individual differences. *Journal of Personality and "
     "Social Psychology*, *85*(2), 348-362. https://doi.org/10.1037/0022-3514.85.2.348",
     "article-journal | Gross/J. J. John/O. P. | 2003 | Individual differences | in Journal of "
     "Personality and Social Psychology | vol 85 | no 2 | pp 348-362 | doi "
     "10.1037/0022-3514.85.2.348"},
    // doi: form, title ending in '?', year suffix, accented and hyphenated names.
    {"Nolen-Hoeksema, S., & Éluard, P. (2001a). Why do women ruminate? _Cognitive Therapy and "
     "Research_, _25_, 37-47. doi:10.1023/A:1026",
     "article-journal | Nolen-Hoeksema/S. Éluard/P. | 2001a | Why do women ruminate? | in "
     "Cognitive Therapy and Research | vol 25 | pp 37-47 | doi 10.1023/A:1026"},
    // A Cochrane review: an issue with no volume, and the review's number.
    {"Hunot, V. (2007). Psychological therapies. *Cochrane Database of Systematic Reviews*, (1), "
     "CD001848.",
     "article-journal | Hunot/V. | 2007 | Psychological therapies | in Cochrane Database of "
     "Systematic Reviews | no 1 | art CD001848"},
    // Particle, suffix, Markdown-link DOI, article number.
    {"de Waal, F. B. M., & King, M. L., Jr. (2020). Empathy. *Nature*, *5*, Article e123. "
     "[https://doi.org/10.1/x](https://doi.org/10.1/x)",
     "article-journal | de_Waal/F. B. M. King/M. L./Jr. | 2020 | Empathy | in Nature | vol 5 | "
     "art e123 | doi 10.1/x"},
    // Two capitals closing a title, with no italics to say where it ends.
    {"Eurofound. (2018). Burnout in the workplace in the EU. Publications Office of the "
     "European Union.",
     "book | =Eurofound | 2018 | Burnout in the workplace in the EU | pub Publications Office of "
     "the European Union"},
    // APA 6's "Retrieved from" before a document its publisher names.
    {"Boyd, R. L. (2022). *The development of LIWC-22*. University of Texas at Austin. Retrieved "
     "from https://www.liwc.app",
     "report | Boyd/R. L. | 2022 | The development of LIWC-22 | pub University of Texas at Austin "
     "| url https://www.liwc.app"},
    // A title written as a link, as blogs write it: its destination is the
    // DOI, or the URL; a label's link ("[Full text](...)") is no title.
    {"Lyubomirsky, S. (2005). [The benefits of frequent positive affect](https://doi.org/10.1037/"
     "0033-2909.131.6.803). *Psychological Bulletin*, *131*(6), 803-855.",
     "article-journal | Lyubomirsky/S. | 2005 | The benefits of frequent positive affect | in "
     "Psychological Bulletin | vol 131 | no 6 | pp 803-855 | doi 10.1037/0033-2909.131.6.803"},
    {"Haidt, J. (2022, April 11). [Why the past 10 years of American life have been uniquely "
     "stupid](https://www.theatlantic.com/a/629369/). *The Atlantic*.",
     "article-magazine | Haidt/J. | 2022-4-11 | Why the past 10 years of American life have been "
     "uniquely stupid | in The Atlantic | url https://www.theatlantic.com/a/629369/"},
    // A link to a DOI written with "doi:".
    {"Tiggemann, M. (2004). Body image. *Body Image*, *1*(1), 29-41. "
     "[doi:10.1016/S1740-1445(03)00002-0](doi:10.1016/S1740-1445(03)00002-0)",
     "article-journal | Tiggemann/M. | 2004 | Body image | in Body Image | vol 1 | no 1 | pp "
     "29-41 | doi 10.1016/S1740-1445(03)00002-0"},
    // More than 20 authors: ellipsis before the last.
    {"A, A., B, B., C, C., D, D., E, E., F, F., G, G., H, H., I, I., J, J., K, K., L, L., M, M., "
     "N, N., O, O., P, P., Q, Q., R, R., S, S., . . . Z, Z. (2019). Big team. Science, 1, 1-2.",
     "article-journal | A/A. B/B. C/C. D/D. E/E. F/F. G/G. H/H. I/I. J/J. K/K. L/L. M/M. N/N. "
     "O/O. P/P. Q/Q. R/R. S/S. Z/Z. ... | 2019 | Big team | in Science | vol 1 | pp 1-2"},
    // Books: edition, italic title with a period inside the publisher.
    {"Pennebaker, J. W. (1990). *Opening up: The healing power of confiding in others* (2nd ed.). "
     "W. W. Norton.",
     "book | Pennebaker/J. W. | 1990 | Opening up: The healing power of confiding in others | ed "
     "2 | pub W. W. Norton"},
    // Habits editors type, read without doubt: a suffix after the family
    // name, a bare year, a reprint's two years, dates written other ways,
    // a group's abbreviation, Harvard and APA 6 retrieval statements,
    // character references, tracking queries on a DOI.
    {"Karasek Jr, R. A. (1979). Job demands. Administrative Science Quarterly, 24(2), 285-308.",
     "article-journal | Karasek/R. A./Jr. | 1979 | Job demands | in Administrative Science "
     "Quarterly | vol 24 | no 2 | pp 285-308"},
    {"Bem, S. L. 1974. The measurement of androgyny. Journal of Consulting Psychology, 42(2), "
     "155-162.",
     "article-journal | Bem/S. L. | 1974 | The measurement of androgyny | in Journal of "
     "Consulting Psychology | vol 42 | no 2 | pp 155-162"},
    {"Bowlby, J. (1969/1982). *Attachment* (2nd ed.). Basic Books.",
     "book | Bowlby/J. | 1982 | Attachment | ed 2 | pub Basic Books | original 1969"},
    {"Movember Foundation. (N.D.). *Mental health*. https://movember.com/mental-health",
     "webpage | =Movember Foundation | 0 | Mental health | url https://movember.com/mental-health"},
    {"Twenge, J. M. (Sept 2017). Have smartphones destroyed a generation? *The Atlantic*.",
     "article-magazine | Twenge/J. M. | 2017-9 | Have smartphones destroyed a generation? | in The "
     "Atlantic"},
    {"Murthy, V. H. (2023, 30 April). We have become a lonely nation. *The New York Times*.",
     "article-newspaper | Murthy/V. H. | 2023-4-30 | We have become a lonely nation | in The New "
     "York Times"},
    {"World Health Organization (WHO). (2022). *World mental health report*. World Health "
     "Organization.",
     "report | =World Health Organization | 2022 | World mental health report | pub World Health "
     "Organization"},
    {"Centers for Disease Control and Prevention. (n.d.). *How much sleep do I need?* Retrieved "
     "from https://www.cdc.gov/sleep/about.html on June 3, 2024.",
     "webpage | =Centers for Disease Control and Prevention | 0 | How much sleep do I need? | url "
     "https://www.cdc.gov/sleep/about.html | retrieved 2024-06-03"},
    {"Courtenay, W. H. (2000). Constructions of masculinity. *Social Science &amp; Medicine*, "
     "*50*(10), 1385-1401. https://doi.org/10.1016/S0277-9536(99)00390-1?utm_source=x",
     "article-journal | Courtenay/W. H. | 2000 | Constructions of masculinity | in Social Science "
     "& Medicine | vol 50 | no 10 | pp 1385-1401 | doi 10.1016/S0277-9536(99)00390-1"},
    // Italics tell a page on a news site from a newspaper's article.
    {"*The bookshelf: July 10, 2014*. (2014, July 9). The Texas Tribune. https://tt.org/b",
     "webpage | | 2014-7-9 | The bookshelf: July 10, 2014 | in The Texas Tribune | url "
     "https://tt.org/b"},
    {"Eurofound. (2018). *Burnout in the workplace in the EU*. Publications Office of the "
     "European Union.",
     "book | =Eurofound | 2018 | Burnout in the workplace in the EU | pub Publications Office of "
     "the European Union"},
    // What PDFs and other languages paste: ligatures, soft hyphens, a
    // Unicode hyphen, "y" and "und" before the last author, "Y.-y.", a
    // German colon after the date, Harvard's "(no date)", a bare DOI.
    {"Bandura, A. (1977). Self-e\xEF\xAC\x83"
     "cacy and con\xEF\xAC\x82"
     "ict. Psychological "
     "Review, 84(2), 191\xE2\x80\x90"
     "215.",
     "article-journal | Bandura/A. | 1977 | Self-efficacy and conflict | in Psychological Review | "
     "vol 84 | no 2 | pp 191-215"},
    {"Nolen-Hoek\xC2\xADsema, S. (2001). Gender differences in de\xC2\xADpres\xC2\xADsion. "
     "Current Directions, 10(5), 173-176.",
     "article-journal | Nolen-Hoeksema/S. | 2001 | Gender differences in depression | in Current "
     "Directions | vol 10 | no 5 | pp 173-176"},
    {"Hong, Y.-y., & Chiu, C.-y. (2000). Multicultural minds. American Psychologist, 55(7), "
     "709-720.",
     "article-journal | Hong/Y.-y. Chiu/C.-y. | 2000 | Multicultural minds | in American "
     "Psychologist | vol 55 | no 7 | pp 709-720"},
    {"Beck, U. und Beck-Gernsheim, E. (1990): *Das ganz normale Chaos der Liebe*. Suhrkamp.",
     "book | Beck/U. Beck-Gernsheim/E. | 1990 | Das ganz normale Chaos der Liebe | pub Suhrkamp"},
    {"NHS (no date) *Loneliness in older people*. Available at: https://www.nhs.uk/l (Accessed: 2 "
     "February 2024).",
     "webpage | =NHS | 0 | Loneliness in older people | url https://www.nhs.uk/l | retrieved "
     "2024-02-02"},
    {"Curran, T., & Hill, A. P. (2019). Perfectionism. Psychological Bulletin, 145(4), 410-429. "
     "10.1037/bul0000138",
     "article-journal | Curran/T. Hill/A. P. | 2019 | Perfectionism | in Psychological Bulletin | "
     "vol 145 | no 4 | pp 410-429 | doi 10.1037/bul0000138"},
    // HTML that Word and Zotero paste: italics and a line break.
    {"Seidler, Z. E., &amp; Dhillon, H. M. (2016). The role of masculinity. <i>Clinical "
     "Psychology Review</i>, <i>49</i>, 106-118. https://doi.org/10.1016/j.cpr.2016.09.002<br>",
     "article-journal | Seidler/Z. E. Dhillon/H. M. | 2016 | The role of masculinity | in Clinical "
     "Psychology Review | vol 49 | pp 106-118 | doi 10.1016/j.cpr.2016.09.002"},
    // An edition run into the title, as editors type it.
    {"Miller, W. R. (2013). Motivational interviewing, 3rd edition. Guilford Press.",
     "book | Miller/W. R. | 2013 | Motivational interviewing | ed 3 | pub Guilford Press"},
    {"Levant, R. F., & Pollack, W. S. (1995). A new psychology of men. Basic Books.",
     "book | Levant/R. F. Pollack/W. S. | 1995 | A new psychology of men | pub Basic Books"},
    // Edited book.
    {"Gross, J. J. (Ed.). (2007). *Handbook of emotion regulation*. Guilford Press.",
     "book | | eds Gross/J. J. | 2007 | Handbook of emotion regulation | pub Guilford Press"},
    // Chapter.
    {"Nolen-Hoeksema, S. (2012). Emotion regulation and psychopathology. In J. J. Gross & "
     "O. P. John (Eds.), *Handbook of emotion regulation* (2nd ed., pp. 1\xE2\x80\x93"
     "20). "
     "Guilford Press.",
     "chapter | Nolen-Hoeksema/S. | eds Gross/J. J. John/O. P. | 2012 | Emotion regulation and "
     "psychopathology | in Handbook of emotion regulation | pp 1-20 | ed 2 | pub Guilford Press"},
    // Organisation author, report, URL.
    {"World Health Organization. (2019). *Mental health of men* (Report No. 7). World Health "
     "Organization. https://who.int/report",
     "report | =World Health Organization | 2019 | Mental health of men | number 7 | genre "
     "Report | pub World Health Organization | url https://who.int/report"},
    // Web page with a full date and no author.
    {"*Men and emotions*. (n.d.). APA Monitor. <https://apa.org/x>",
     "webpage | | 0 | Men and emotions | in APA Monitor | url https://apa.org/x"},
    {"American Psychological Association. (2019, March 3). *Men and emotions*. APA Monitor. "
     "Retrieved from https://apa.org/x.",
     "webpage | =American Psychological Association | 2019-3-3 | Men and emotions | in APA "
     "Monitor | url https://apa.org/x"},
    // Types and details APA 7 has beyond these.
    {"Freud, S. (1955). The interpretation of dreams (J. Strachey, Trans.; 2nd ed., Vol. 4). "
     "Basic Books. (Original work published 1900)",
     "book | Freud/S. | trans Strachey/J. | 1955 | The interpretation of dreams | vol 4 | ed 2 | "
     "pub Basic Books | original 1900"},
    {"Kahneman, D. (in press). *A new book* (Rev. ed.). Farrar, Straus and Giroux.",
     "book | Kahneman/D. | in press | A new book | ed Rev. ed. | pub Farrar, Straus and Giroux"},
    {"Hollander, M. M. (2017). *Resistance to authority* (Publication No. 10289373) [Doctoral "
     "dissertation, University of Wisconsin-Madison]. ProQuest Dissertations and Theses Global.",
     "thesis | Hollander/M. M. | 2017 | Resistance to authority | number 10289373 | genre Doctoral "
     "dissertation | pub University of Wisconsin-Madison | archive ProQuest Dissertations and "
     "Theses Global"},
    {"Pearson, J. (2018, September 27\xE2\x80\x93"
     "30). *Fat talk* [Poster presentation]. Australian Psychological Society Congress, Sydney, "
     "NSW, Australia. http://bit.ly/2XGSThP",
     "speech | Pearson/J. | 2018-9-27-30 | Fat talk | genre Poster presentation | event "
     "Australian Psychological Society Congress | place Sydney, NSW, Australia | url "
     "http://bit.ly/2XGSThP"},
    {"Hampton, S. (2017). *Autism and bilingualism*. PsyArXiv. "
     "https://doi.org/10.31234/osf.io/76xfs",
     "article | Hampton/S. | 2017 | Autism and bilingualism | pub PsyArXiv | doi "
     "10.31234/osf.io/76xfs"},
    {"Carey, B. (2019, March 22). Can we get better at forgetting? *The New York Times*. "
     "https://www.nytimes.com/x",
     "article-newspaper | Carey/B. | 2019-3-22 | Can we get better at forgetting? | in The New "
     "York Times | url https://www.nytimes.com/x"},
    {"Lukianoff, G., & Haidt, J. (2015, September). The coddling of the American mind. *The "
     "Atlantic*, *316*(2), 42\xE2\x80\x93"
     "52.",
     "article-magazine | Lukianoff/G. Haidt/J. | 2015-9 | The coddling of the American mind | in "
     "The Atlantic | vol 316 | no 2 | pp 42-52"},
    {"Latimier, A. (2020). A review. *Educational Psychology Review*. Advance online publication. "
     "doi: 10.1007/s10648-020-09572-8",
     "article-journal | Latimier/A. | 2020 | A review | in Educational Psychology Review | doi "
     "10.1007/s10648-020-09572-8 | advance online"},
    {"National Institute of Mental Health. (n.d.). *Mental illness*. Retrieved January 15, 2024, "
     "from https://www.nimh.nih.gov/x",
     "webpage | =National Institute of Mental Health | 0 | Mental illness | url "
     "https://www.nimh.nih.gov/x | retrieved 2024-01-15"},
    {"Cuellar, N. G. (2016). Study abroad programs [Editorial]. Journal of Transcultural Nursing, "
     "27(3), 209.",
     "article-journal | Cuellar/N. G. | 2016 | Study abroad programs | in Journal of Transcultural "
     "Nursing | vol 27 | no 3 | pp 209 | about Editorial"},
    // Group authors: a serial comma inside a name, digits, a closing period.
    {"Ames, B., Committee on Sleep, Diet, and Work, & Panel 2020 Collaborators. (2021). Rest. "
     "Sleep, 4, 1-9.",
     "article-journal | Ames/B. =Committee on Sleep, Diet, and Work =Panel 2020 Collaborators | "
     "2021 | Rest | in Sleep | vol 4 | pp 1-9"},
    {"Wilson, L., & Task Force on Methods. (1999). Methods. Psychologist, 54(8), 594-604.",
     "article-journal | Wilson/L. =Task Force on Methods | 1999 | Methods | in Psychologist | vol "
     "54 | no 8 | pp 594-604"},
    // A title with a colon standing first.
    {"Notice: Our new policy. (2013). *Nature*, *496*, 398.",
     "article-journal | | 2013 | Notice: Our new policy | in Nature | vol 496 | pp 398"},
    // APA 6 and Harvard habits read without doubt, and written in APA 7 form.
    {"Smith, A. (1997). Self and others. New York: W. H. Freeman.",
     "book | Smith/A. | 1997 | Self and others | pub W. H. Freeman"},
    {"Smith, A. (1998). The self. In B. Jones (Ed.), Handbook (4th ed., Vol. 1, pp. 680-740). "
     "Boston, MA: McGraw-Hill.",
     "chapter | Smith/A. | eds Jones/B. | 1998 | The self | in Handbook | vol 1 | pp 680-740 | ed "
     "4 | pub McGraw-Hill"},
    {"Smith, A. (1931). The reflex (Unpublished doctoral dissertation). Harvard University, "
     "Cambridge, MA.",
     "thesis | Smith/A. | 1931 | The reflex | genre Doctoral dissertation | pub Harvard "
     "University"},
    {"Smith, A., & Lee, T. (2009). Estimates. Paper presented at the Annual Meeting of the "
     "Society, "
     "Salishan Resort, Oregon.",
     "speech | Smith/A. Lee/T. | 2009 | Estimates | genre Paper presentation | event Annual "
     "Meeting of the Society | place Salishan Resort, Oregon"},
    {"Steele, C.M. and Aronson, J. (1995) 'Stereotype threat', Journal of Personality, 69(5), pp. "
     "797\xE2\x80\x93"
     "811. doi:10.1/x.",
     "article-journal | Steele/C.M. Aronson/J. | 1995 | Stereotype threat | in Journal of "
     "Personality | vol 69 | no 5 | pp 797-811 | doi 10.1/x"},
    {"Gottman, J. M. (1992). Processes. Journal of Social Psychology, Vol. 63, No. 2, pp. 221-233.",
     "article-journal | Gottman/J. M. | 1992 | Processes | in Journal of Social Psychology | vol "
     "63 | no 2 | pp 221-233"},
    {"Bronfen, U. (2006). Models. In R. Lerner (Ed.), Handbook: Vol. 1. Theoretical models (6th "
     "ed., pp. 793-828). Wiley.",
     "chapter | Bronfen/U. | eds Lerner/R. | 2006 | Models | in Handbook: Vol. 1. Theoretical "
     "models | pp 793-828 | ed 6 | pub Wiley"},
    // Suspended hyphens, no-break spaces, decomposed accents, a pasted bullet.
    {"\xE2\x80\xA2 Lo\xCC\x88we, B.\xC2\xA0"
     "C. (2006). Short- and long-term gains. Journal "
     "of Mind, 16(2), 172-186.",
     "article-journal | L\xC3\xB6we/B. C. | 2006 | Short- and long-term gains | in Journal of "
     "Mind | vol 16 | no 2 | pp 172-186"},
    // Wikipedia's "cite journal", semicolons between authors, square-bracket issues.
    {"Dutton, Donald G.; Aron, Arthur P. (1974). \"Some evidence\". Journal of Personality. 30 "
     "(4): 510\xE2\x80\x93"
     "517.",
     "article-journal | Dutton/Donald G. Aron/Arthur P. | 1974 | Some evidence | in Journal of "
     "Personality | vol 30 | no 4 | pp 510-517"},
    {"Bem, S. L. (1974). Androgyny. Journal of Clinical Psychology, 42[2], 155-162.",
     "article-journal | Bem/S. L. | 1974 | Androgyny | in Journal of Clinical Psychology | vol 42 "
     "| no 2 | pp 155-162"},
    // Harvard newspaper: a quoted title holding sentences, and the day after the paper.
    {"Baker, B. (2017) 'The biggest threat isn't obesity. It's loneliness.', The Boston Globe, 9 "
     "March.",
     "article-newspaper | Baker/B. | 2017-3-9 | The biggest threat isn't obesity. It's loneliness "
     "| in The Boston Globe"},
    // Punctuation typed twice, and a symbol pasted before the entry.
    {"\xF0\x9F\x93\x96 Clark, R. D. (1989).. Offers. Journal of Sexuality,, 2(1), 39-55.",
     "article-journal | Clark/R. D. | 1989 | Offers | in Journal of Sexuality | vol 2 | no 1 | pp "
     "39-55"},
    // A report's number in parentheses is not a periodical's issue.
    {"Statistics Bureau. (2008). Survey: Summary of results, 2007 (Catalogue No. 4326.0).",
     "report | =Statistics Bureau | 2008 | Survey: Summary of results, 2007 | number 4326.0 | "
     "genre "
     "Catalogue"},
};

TEST(ApaParser, ParsesTheFormsEditorsPaste) {
  for (const ParseCase& c : kParseCases) expect_reads_as(c);
}

// Entries that are not references at all: an error, and nothing is read.
struct UnreadableCase {
  const char* input;
  const char* mentioned;  // the message says why
};

const UnreadableCase kUnreadableCases[] = {
    {"Gross, J. J. Emotion regulation. Review of General Psychology, 2(3), 271-299.", "no date"},
    {"(2003). Title. Journal, 1, 1-2.", "before the date"},
    {"see ref list from last draft \xE2\x80\x93 ask Sam", "no date"},
    {"https://doi.org/10.1037/0022-3514.85.2.348", "no date"},
    {"\x01\x02\xFF binary (2003", "no date"},
};

TEST(ApaParser, ReportsWhatIsNotAReference) {
  for (const UnreadableCase& c : kUnreadableCases) {
    Diagnostics diagnostics;
    const auto reference = parse_apa_reference(c.input, TextOrigin{"a.md", 9, 5}, diagnostics);
    EXPECT_FALSE(reference.has_value()) << c.input;
    ASSERT_EQ(diagnostics.size(), 1u) << c.input;
    const Diagnostic& d = diagnostics.items()[0];
    EXPECT_EQ(d.code, "reference-unreadable") << c.input;
    EXPECT_EQ(d.severity, Severity::error);
    EXPECT_EQ(d.line, 9);
    EXPECT_EQ(d.column, 5);
    EXPECT_NE(d.message.find(c.mentioned), std::string::npos) << d.message;
  }
}

}  // namespace
}  // namespace mwp
