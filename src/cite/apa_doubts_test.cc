#include <gtest/gtest.h>

#include <string>

#include "cite/apa_parser.h"
#include "cite/cite_test_support.h"

namespace mwp {
namespace {

// Entries read, but not all with confidence: a warning that names the part,
// and the entry kept exactly as written.
const testing_support::DoubtCase kDoubtCases[] = {
    // A report's number in brackets, with no period after it, may be cut short.
    {"NICE (2014) Bipolar disorder: assessment and management. Clinical guideline [CG185]",
     "does not end with a period"},
    // A publisher's note that the work is retracted, before its title.
    {"Mehra, M. R., Desai, S. S., Ruschitzka, F., & Patel, A. N. (2020). RETRACTED: "
     "Hydroxychloroquine or chloroquine with or without a macrolide for treatment of COVID-19. "
     "*The Lancet*. Advance online publication. https://doi.org/10.1016/S0140-6736(20)31180-6",
     "may be retracted"},
    // Persons' names in direct order, every one with its given name written out.
    {"Wen Zhonglin, & Ye Baojuan. (2014). Youtiaojie de zhongjie moxing jianyan fangfa. *Acta "
     "Psychologica Sinica*, *46*(5), 714\u2013726.",
     "no initials"},
    // Chicago's editors and pages after the book's title.
    {"Tajfel, H., & Turner, J. C. (1979). An integrative theory of intergroup conflict. In The "
     "social psychology of intergroup relations, eds. W. G. Austin and S. Worchel, pp. 33-47. "
     "Brooks/Cole.",
     "another style's form"},
    // EndNote's "In (Ed.)," with the editors left out; an edited book's
    // editors named again after its title; a journal's name split by a
    // period; figshare's colon after the date.
    {"Gross, J. J. (2014). Emotion regulation. In (Ed.), Handbook of emotion regulation (2nd "
     "ed., pp. 3-20). Guilford Press.",
     "opens as no name does"},
    {"Kring, A. M., & Sloan, D. M. (2010). *Emotion regulation and psychopathology* (A. M. Kring "
     "& D. M. Sloan, Eds.). Guilford Press.",
     "who are its authors"},
    {"Kring, A. M., & Gordon, A. H. (1998). Sex differences in emotion. Journal of Personality. "
     "And Social Psychology, 74(3), 686\u2013703.",
     "opens as no name does"},
    {"DeBruine, Lisa; Jones, Benedict (2017): Face Research Lab London Set. figshare. Dataset. "
     "https://doi.org/10.6084/m9.figshare.5047666",
     "a colon follows"},
    // An RIS tag; a person's name read as the publisher's place; authors named
    // twice over, or joined by "&" twice; a title's second sentence.
    {"ER  - Kroenke, K., & Spitzer, R. L. (2001). The PHQ-9. *Journal of General Internal "
     "Medicine*, *16*(9), 606\u2013613.",
     "an RIS file's tag"},
    {"Attachment and loss: Vol. 1. Attachment. (1969). Bowlby, J. New York: Basic Books.",
     "which holds a place"},
    {"Ryan, R. M., Deci, E. L., Ryan, R. M., & Deci, E. L. (2000). Self-determination theory. "
     "*American Psychologist*, *55*(1), 68\u201378.",
     "twice over"},
    {"Holt-Lunstad, J., & Layton, J. B., & Holt-Lunstad, J. (2010). Social relationships and "
     "mortality risk. *PLoS Medicine*, *7*(7), Article e1000316.",
     "joined by \"&\" twice"},
    {"Machisa, M., & Rama, K. (2011). The war at home: Gender based violence indicators project. "
     "Gauteng research report. Gender Links.",
     "second sentence"},
    {"Statistics Canada. (2022, October 26). Immigrants make up the largest share of the "
     "population. The Daily (Catalogue no. 11-001-X). https://www150.statcan.gc.ca/n1/x",
     "second sentence"},
    // A person's name in its East Asian order, read as a body's.
    {"Lee Kuan Yew. (2000). From Third World to first. Singapore: Times Editions.",
     "a person's name in direct order"},
    // A journal's name cut short with periods, whose last period is lost.
    {"Kahneman, D. (2003). Maps of bounded rationality. *Amer. Econ. Rev.*, *93*(5), "
     "1449\u20131475.",
     "whose name is abbreviated"},
    // A notes app's highlight and footnote mark.
    {"Carr, N. (2010). ==The shallows==. W. W. Norton & Company.", "highlighted"},
    {"Ericsson, K. A. (1993). The role of deliberate practice. Psychological Review, 100(3), "
     "363\u2013406. https://doi.org/10.1037/0033-295X.100.3.363[^3]",
     "a footnote's mark"},
    // A chapter of a book with neither editors nor pages.
    {"Lezak, M. D., & Tranel, D. (2012). Executive functions. In *Neuropsychological assessment* "
     "(5th ed.). Oxford University Press.",
     "neither editors nor pages"},
    // A journal's name read as a book's publisher: its volume and pages lost.
    {"Meehl, P. E. (1978). Theoretical risks and tabular asterisks. Journal of Consulting and "
     "Clinical Psychology.",
     "a journal's name"},
    // A note of the document's versions closing its title.
    {"Faculty of Sexual & Reproductive Healthcare. (2023). FSRH clinical guideline: "
     "Contraception for women aged over 40 years (August 2017, amended July 2023).",
     "ends with dates"},
    // A book's series number, with no kind of document named.
    {"Bowlby, J. (1969). Attachment and loss (No. 79). Random House.", "names no kind"},
    {"Gross, J. J., & J0hn, O. P. (2003). Title. Journal, 1, 1-2.", "J0hn"},
    {"Gross JJ, John OP. (2003). Title. Journal, 1, 1-2.", "not APA 7"},
    {"Gross, J. J. (2003). Title. In J. Smith (Eds.), Book (pp. 1-2. Publisher.", "not closed"},
    {"Cohen, J. (1994). The earth is round (p < .05). American Psycholo", "cut short"},
    {"Hazan, C. (1987). Love. Journal, 52(3), 511. Kring, A. M. (1998). Sex. Emotion, 7, 1.",
     "run together"},
    {"Miller, W. R. (2013). Motivational interviewing, third edition. Guilford Press.", "edition"},
    {"Xu, L., Kang, H. (2013). Sleep. science, 342(6156), 373-377.", "title case"},
    {"Smith, J. (2020). *Sleep and mood*. Journal of Sleep, 1(2), 3-4.", "italics"},
    {"et al. (2015). Sex beyond the genitalia. Journal, 112(50), 1-2.", "names none"},
    {"Hudson, J. I., et al. (2007). The prevalence. Biological Psychiatry, 61(3), 348-358.",
     "others unknown"},
    {"Courtenay (2000) Constructions of masculinity, Social Science and Medicine vol 50 pg "
     "1385-1401",
     "volume or pages"},
    {"Gross, J. J. (1998). The field. Review of General Psychology, 2, 3, 271, 299.", "issue"},
    {"Eurofound. (2018). *Burnout in the workplace in the EU*. Publications Office. "
     "Extra words here.",
     "after"},
    {"Xu, L. (2013). Sleep. Journal of sleep research, 342(6156), 373-377.", "title case"},
    {"Xu, L. (2000). Adolescent on- set of depres- sion. Journal, 57(1), 21-27.", "on- set"},
    {"Xu, L. (1980). Commitment [check vol]. Journal, 16(2), 172-186.", "[check vol]"},
    {"XU, L. (1983). THE MANAGED HEART. Berkeley Press.", "capitals"},
    {"Agency. (2020). *Indicators* (HHS Publication No. PEP20, NSDUH Series H-55). Agency.",
     "two numbers"},
    {"Harris, K. M. (2018). *Add Health* [Data set, version 2]. ICPSR. https://doi.org/10.3886/x",
     "Data set"},
    {"Rubin Z. Measurement of romantic love. J Pers Soc Psychol. 1970;16(2):265-273.",
     "only its authors and year"},
    {"Dames, H., & Ober, K. (2021). Forgetting. Retrieved from https://psyarxiv.com/93cru",
     "names the site"},
    {"Australian Institute of Health and Welfare (2022) Australia's health 2022: data insights, "
     "AIHW, Australian Government, accessed 28 May 2023. doi:10.25816/ggvz-vr80",
     "retrieval date"},
    {"Michael Marmot (2015). The health gap: The challenge of an unequal world. Bloomsbury.",
     "direct order"},
    {"Agency. (2023). Essential facts. Retrieved 11/10/2023, from https://www.theesa.com/facts/",
     "retrieval date"},
    {"American Psychiatric Association. (2022). *Diagnostic and statistical manual of mental "
     "disorders* (5th ed., text rev.; DSM-5-TR). https://doi.org/10.1176/appi.books.9780890425787",
     "joined by a semicolon"},
    {"Upadhyay, R. P., Chowdhury, R., Aslyeh Salehi, & Sarkar, K. (2017). Postpartum depression. "
     "*Bulletin of the World Health Organization*, *95*(10), 706-717.",
     "Aslyeh Salehi"},
    {"Thamizhilakkiya M., & Dash Manjubala. (2019). A descriptive study. *Journal*, *7*(3), 1-5.",
     "Thamizhilakkiya M."},
    {"Patel, V., Saxena, S., & Un\u00dctzer, J\u00dc. (2018). The Lancet Commission. *The Lancet*, "
     "*392*(10157), 1553-1598.",
     "Un\u00dctzer"},
    {"Age, U. K. (2018). *All the lonely people*. London: Age UK.", "publisher's name"},
    {"DIN EN ISO 10075-2 (2000). Ergonomische Grundlagen. Berlin: Beuth.", "DIN EN ISO"},
    {"SHARE-ERIC (2024). Survey of Health, Ageing and Retirement in Europe. SHARE-ERIC. Data set. "
     "DOI: 10.6103/SHARE.w9.900",
     "kind of work"},
    // A place's article with no country after it.
    {"Smith, J. (2000). *Title*. Lisse, the: Swets.", "lower case"},
    {"Conselho Federal de Psicologia. (2005). *C\u00f3digo de \u00e9tica*. Bras\u00edlia, DF: "
     "Autor.",
     "Autor"},
    {"The MathWorks Inc. (2022). MATLAB version: 9.13.0 (R2022b), Natick, Massachusetts: The "
     "MathWorks Inc. https://www.mathworks.com",
     "a place and a publisher"},
    {"Vanden Abeele, V. (2020). Development of the inventory. Int. J. Hum.-Comput. Stud., 135, "
     "102370.",
     "read in part as the title's"},
    {"Iacovides, I. (2019). The role of gaming. Proceedings of the 2019 CHI Conference on Human "
     "Factors in Computing Systems, Glasgow, Scotland. https://doi.org/10.1145/3290605.3300453",
     "ends with a place"},
    {"Organizaci\u00f3n Mundial de la Salud. (2023, 31 de marzo). *Depresi\u00f3n*. Recuperado el "
     "4 "
     "de marzo de 2024, de https://www.who.int/es/news-room/fact-sheets/detail/depression",
     "another language"},
    {"Yarkoni, T. (en prensa). The generalizability crisis. *Behavioral and Brain Sciences*.",
     "another language"},
    {"Lyubomirsky, S., & Lepper, H. S. (1999). A measure. Social Indicators Research, 46(2), 137 "
     "155.",
     "nothing between them"},
    {"Killingsworth, M. A., & Gilbert, D. T. (2010). A wandering mind. Science (New York, N.Y.), "
     "330(6006), 932.",
     "place in parentheses"},
    {"Open Science Collaboration. \"Estimating the reproducibility of psychological science.\" "
     "Science 349.6251 (2015): aac4716.",
     "quoted title"},
    {"Bisson, J. I. (2013). Psychological therapies. *Cochrane Database of Systematic Reviews*, "
     "Issue 12, Art. No. CD003388.",
     "which is a number"},
    {"Freud, S. (1961) Civilization and its discontents, trans. J. Strachey. New York: W. W. "
     "Norton.",
     "translator"},
    {"Mischel, W. (1972). Cognitive mechanisms. Journal of Personality and Social Psychology, in "
     "press.",
     "in press"},
    {"Freud, S. (1919). The uncanny. S.E., 17: 217\u2013256.", "initials"},
    {"Nosek, B. A., Alter, G., . . . others. (2015). Promoting. *Science*, *348*, 1422.", "others"},
    {"Oliffe, J. L. (2008). Men. Journal of Men's Health, (3), 194\u2013202.", "volume or issue"},
    {"Cohen, S. (1985). Stress. *Psychological Bulletin*, *98*(2)", "cut short"},
    {"Royal College of Psychiatrists (2021) Mental health of higher education students (CR231)",
     "cut short"},
    {"Public Health Agency of Canada. (2019). *Suicide in Canada: Key statistics* [Infographic].",
     "Infographic"},
    {"Graham, P. (2009, July). *Maker's schedule*. http://www.example.com/makersschedule.html",
     "names the site"},
    {"Rogers, C. R. (1951). *Client-centered therapy*. ~~Boston:~~ Houghton Mifflin.",
     "struck out"},
    {"Farber, B. A. (2011) (date? \u2013 check). Positive regard. *Psychotherapy*, *48*(1), 58.",
     "note in parentheses"},
    {"Daniel Kahneman and Amos Tversky (1979). Prospect theory. *Econometrica*, *47*(2), 263.",
     "persons' names in direct order"},
};

TEST(ApaDoubts, WarnsAndKeepsTheEntryAsWrittenWhenUnsure) {
  testing_support::expect_each_kept_as_written(kDoubtCases);
}

}  // namespace
}  // namespace mwp
