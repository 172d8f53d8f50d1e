// References as converters, exports and pastes from other tools write them,
// read without doubt: BibTeX's and natbib's forms, HTML, Word's field codes,
// APA 6's and Chicago's habits, and forms of other countries' documents.
#include <gtest/gtest.h>

#include "cite/apa_formatter.h"
#include "cite/cite_test_support.h"
#include "text_table.h"

namespace mwp {
namespace {

// Each input, and format_apa_text() of what was read.
const testing::TextCase kConverterCases[] = {
    // A title's translation, written back right after the title, before its details.
    {"Giliomee, H. (2004). *Die Afrikaners* [The Afrikaners] (2nd ed.). Tafelberg.",
     "Giliomee, H. (2004). Die Afrikaners [The Afrikaners] (2nd ed.). Tafelberg."},
    // South African acts and statistics: an act by its number of its year, a
    // statistical release's number, "Stats SA" as a body, a policy brief.
    {"Domestic Violence Act 116 of 1998 (South Africa).",
     "Domestic Violence Act 116 of 1998 (South Africa)."},
    {"Statistics South Africa. (2018). Mortality and causes of death in South Africa, 2016 "
     "(Statistical release P0309.3).",
     "Statistics South Africa. (2018). Mortality and causes of death in South Africa, 2016 "
     "(Statistical release P0309.3)."},
    {"Stats SA. (2023). *Quarterly Labour Force Survey* (Statistical release P0211). Statistics "
     "South Africa.",
     "Stats SA. (2023). Quarterly Labour Force Survey (Statistical release P0211). Statistics "
     "South Africa."},
    {"Jewkes, R., & Abrahams, N. (2009). *Preventing rape and violence in South Africa* [MRC "
     "policy brief]. Medical Research Council.",
     "Jewkes, R., & Abrahams, N. (2009). Preventing rape and violence in South Africa [MRC "
     "policy brief]. Medical Research Council."},
    // An editor's suffix after the name in direct order; "Retrieved on".
    {"Bowen, M. (1976). Theory in the practice of psychotherapy. In P. J. Guerin, Jr. (Ed.), "
     "*Family therapy: Theory and practice* (pp. 42\u201390). Gardner Press.",
     "Bowen, M. (1976). Theory in the practice of psychotherapy. In P. J. Guerin Jr. (Ed.), "
     "Family therapy: Theory and practice (pp. 42\u201390). Gardner Press."},
    {"National Institute of Mental Health. (2023). *Depression*. Retrieved on March 3, 2024, from "
     "https://www.nimh.nih.gov/health/topics/depression",
     "National Institute of Mental Health. (2023). Depression. Retrieved March 3, 2024, from "
     "https://www.nimh.nih.gov/health/topics/depression"},
    // EndNote's doubled "ed. ed." and an edition without its period.
    {"Cohen, J. (1988). *Statistical power analysis for the behavioral sciences* (2nd ed. ed.). "
     "Lawrence Erlbaum Associates.",
     "Cohen, J. (1988). Statistical power analysis for the behavioral sciences (2nd ed.). "
     "Lawrence Erlbaum Associates."},
    {"Buss, D. M. (2012). *Evolutionary psychology: The new science of the mind* (4th ed). "
     "Pearson.",
     "Buss, D. M. (2012). Evolutionary psychology: The new science of the mind (4th ed.). "
     "Pearson."},
    // A particle among the initials; a part's roman numeral closing a title.
    {"Williams, A. C. de C., & Eccleston, C. (2020). Psychological therapies. *Cochrane "
     "Database of Systematic Reviews*, *2020*(8), Article CD007407.",
     "Williams, A. C. de C., & Eccleston, C. (2020). Psychological therapies. Cochrane "
     "Database of Systematic Reviews, 2020(8), Article CD007407."},
    {"Hamilton, W. D. (1964). The genetical evolution of social behaviour. I. *Journal of "
     "Theoretical Biology*, *7*(1), 1\u201316.",
     "Hamilton, W. D. (1964). The genetical evolution of social behaviour. I. Journal of "
     "Theoretical Biology, 7(1), 1\u201316."},
    // Editor and translator joined by "and", and APA 6's place before the publisher.
    {"Freud, S. (1955). Beyond the pleasure principle. In J. Strachey (Ed. and Trans.), *The "
     "standard edition* (Vol. 18, pp. 7-64). London: Hogarth Press. (Original work published "
     "1920)",
     "Freud, S. (1955). Beyond the pleasure principle. In J. Strachey (Ed. & Trans.), The "
     "standard edition (Vol. 18, pp. 7\u201364). Hogarth Press. (Original work published 1920)"},
    // A translated book's translators where its editors would stand.
    {"Descartes, R. (1985). The passions of the soul. In J. Cottingham, R. Stoothoff, & D. "
     "Murdoch (Trans.), *The philosophical writings of Descartes* (Vol. 1, pp. 325\u2013404). "
     "Cambridge University Press.",
     "Descartes, R. (1985). The passions of the soul. In J. Cottingham, R. Stoothoff, & D. "
     "Murdoch (Trans.), The philosophical writings of Descartes (Vol. 1, pp. 325\u2013404). "
     "Cambridge University Press."},
    // A volume's part; a thesis's translated title before its kind.
    {"Jung, C. G. (1969). *The archetypes and the collective unconscious* (R. F. C. Hull, "
     "Trans.; 2nd ed., Vol. 9, Pt. 1). Princeton University Press.",
     "Jung, C. G. (1969). The archetypes and the collective unconscious (R. F. C. Hull, Trans.; "
     "2nd ed., Vol. 9, Pt. 1). Princeton University Press."},
    {"Jung, C. G. (1902). *Zur Psychologie und Pathologie sogenannter occulter Ph\u00e4nomene* "
     "[On the psychology and pathology of so-called occult phenomena] [Doctoral dissertation, "
     "Universit\u00e4t Z\u00fcrich].",
     "Jung, C. G. (1902). Zur Psychologie und Pathologie sogenannter occulter Ph\u00e4nomene "
     "[On the psychology and pathology of so-called occult phenomena] [Doctoral dissertation, "
     "Universit\u00e4t Z\u00fcrich]."},
    // Another degree's thesis; a report by its kind, dated to the day; a
    // persons' document behind a link to a PDF.
    {"Uchendu, I. U. (2009). *Co-occurrence of study difficulty* [Fellowship dissertation, "
     "National Postgraduate Medical College of Nigeria].",
     "Uchendu, I. U. (2009). Co-occurrence of study difficulty [Fellowship dissertation, "
     "National Postgraduate Medical College of Nigeria]."},
    {"Gambling Commission. (2020, February 3). *Gambling participation in 2019* [Annual report]. "
     "https://www.gamblingcommission.gov.uk/report/x",
     "Gambling Commission. (2020, February 3). Gambling participation in 2019 [Annual report]. "
     "https://www.gamblingcommission.gov.uk/report/x"},
    // HTML an export leaves, and Word's hyperlink field code.
    {"<p>Gilbert,&nbsp;D.&nbsp;T., &amp; Wilson, T. D. (2007). Prospection. <span "
     "class=\"journal-title\">Science</span>, 317(5843), 1351\u20131354. <a "
     "href=\"https://doi.org/10.1126/science.1144161\">https://doi.org/10.1126/"
     "science.1144161</a></p>",
     "Gilbert, D. T., & Wilson, T. D. (2007). Prospection. Science, 317(5843), 1351\u20131354. "
     "https://doi.org/10.1126/science.1144161"},
    {"Orben, A., & Przybylski, A. K. (2019). The association. *Nature Human Behaviour*, *3*(2), "
     "173\u2013182. HYPERLINK \"https://doi.org/10.1038/s41562-018-0506-1\" "
     "https://doi.org/10.1038/s41562-018-0506-1",
     "Orben, A., & Przybylski, A. K. (2019). The association. Nature Human Behaviour, 3(2), "
     "173\u2013182. https://doi.org/10.1038/s41562-018-0506-1"},
    // BibTeX's month in lower case and its "pages 1063--1070".
    {"Ioannidis, J. P. A. (2005, august). Why most published research findings are false. "
     "*PLoS Medicine*, *2*(8), Article e124. https://doi.org/10.1371/journal.pmed.0020124",
     "Ioannidis, J. P. A. (2005). Why most published research findings are false. PLoS "
     "Medicine, 2(8), Article e124. https://doi.org/10.1371/journal.pmed.0020124"},
    {"Watson, D., Clark, L. A., & Tellegen, A. (1988). Development and validation of brief "
     "measures. *Journal of Personality and Social Psychology*, *54*(6), pages 1063--1070.",
     "Watson, D., Clark, L. A., & Tellegen, A. (1988). Development and validation of brief "
     "measures. Journal of Personality and Social Psychology, 54(6), 1063\u20131070."},
    // natbib's thesis and technical report.
    {"Nash, J. F. (1950). *Non-cooperative games* [PhD thesis, Princeton University].",
     "Nash, J. F. (1950). Non-cooperative games [Doctoral dissertation, Princeton University]."},
    {"Krizhevsky, A. (2009). *Learning multiple layers of features from tiny images*. Technical "
     "report, University of Toronto.",
     "Krizhevsky, A. (2009). Learning multiple layers of features from tiny images [Technical "
     "report]. University of Toronto."},
    // A body named in two languages; an Irish act; a supplement's issue; a
    // newspaper's word in a journal's name; a SICI DOI.
    {"Tusla \u2013 Child and Family Agency / An Ghn\u00edomhaireacht um Leana\u00ed agus an "
     "Teaghlach. (n.d.). *Children First*. https://www.tusla.ie/children-first/",
     "Tusla \u2013 Child and Family Agency / An Ghn\u00edomhaireacht um Leana\u00ed agus an "
     "Teaghlach. (n.d.). Children First. https://www.tusla.ie/children-first/"},
    {"Mental Health Act 2001 (No. 25 of 2001).", "Mental Health Act 2001 (No. 25 of 2001)."},
    {"Santen, R. J., & Utian, W. H. (2010). Postmenopausal hormone therapy. *The Journal of "
     "Clinical Endocrinology & Metabolism*, *95*(7, Suppl. 1), s1\u2013s66.",
     "Santen, R. J., & Utian, W. H. (2010). Postmenopausal hormone therapy. The Journal of "
     "Clinical Endocrinology & Metabolism, 95(7, Suppl. 1), s1\u2013s66."},
    {"Hamoda, H., & Panay, N. (2020). Recommendations on hormone replacement therapy. *Post "
     "Reproductive Health*, *26*(4), 181\u2013209.",
     "Hamoda, H., & Panay, N. (2020). Recommendations on hormone replacement therapy. Post "
     "Reproductive Health, 26(4), 181\u2013209."},
    {"Fairburn, C. G., & Beglin, S. J. (1994). Assessment of eating disorders. *International "
     "Journal of Eating Disorders*, *16*(4), 363\u2013370. https://doi.org/10.1002/"
     "1098-108X(199412)16:4<363::AID-EAT2260160405>3.0.CO;2-#",
     "Fairburn, C. G., & Beglin, S. J. (1994). Assessment of eating disorders. International "
     "Journal of Eating Disorders, 16(4), 363\u2013370. https://doi.org/10.1002/"
     "1098-108X(199412)16:4<363::AID-EAT2260160405>3.0.CO;2-#"},
    // A Cochrane review by its year as the volume and its number alone; an
    // ICD revision; an unsigned news agency's article; a newspaper's post.
    {"Punja, S., & Vohra, S. (2016). Amphetamines for ADHD. Cochrane Database of Systematic "
     "Reviews, 2016(2), CD009996.",
     "Punja, S., & Vohra, S. (2016). Amphetamines for ADHD. Cochrane Database of Systematic "
     "Reviews, 2016(2), Article CD009996."},
    {"World Health Organization. (2019). 6A05 Attention deficit hyperactivity disorder. In "
     "*International classification of diseases for mortality and morbidity statistics* (11th "
     "rev.). https://icd.who.int/browse11/l-m/en",
     "World Health Organization. (2019). 6A05 Attention deficit hyperactivity disorder. In "
     "International classification of diseases for mortality and morbidity statistics (11th "
     "rev.). https://icd.who.int/browse11/l-m/en"},
    {"Surgeon general calls on Congress to require social media warning labels. (2024, June "
     "17). *Associated Press*.",
     "Surgeon general calls on Congress to require social media warning labels. (2024, June "
     "17). Associated Press."},
    {"Washington Post [@washingtonpost]. (2019, December 3). News is all around us [Video]. "
     "TikTok.",
     "Washington Post [@washingtonpost]. (2019, December 3). News is all around us [Video]. "
     "TikTok."},
};

TEST(ApaConverterForms, ReadsWhatConvertersWriteWithoutDoubt) {
  testing::expect_each_row(kConverterCases, [](const char* input) {
    return format_apa_text(testing_support::read_confidently(input));
  });
}

}  // namespace
}  // namespace mwp
