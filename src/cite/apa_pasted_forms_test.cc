// Reference strings in the forms writers paste from notes apps, PDFs,
// economists' lists and tools, read with confidence: each row is the entry
// and the fields read (describe_fields()).
#include <gtest/gtest.h>

#include "cite/apa_parser.h"
#include "cite/cite_test_support.h"

namespace mwp {
namespace {

using testing_support::expect_reads_as;
using testing_support::ParseCase;

const ParseCase kPastedCases[] = {
    // A title in italics that closes on an abbreviation's period.
    {"Haley, J. (1973). *Uncommon therapy: The psychiatric techniques of Milton H. Erickson, "
     "M.D.* W. W. Norton.",
     "book | Haley/J. | 1973 | Uncommon therapy: The psychiatric techniques of Milton H. "
     "Erickson, M.D. | pub W. W. Norton"},
    // Software named first, its version and description after the name.
    {"ELAN (Version 6.4) [Computer software]. (2022). Max Planck Institute for "
     "Psycholinguistics. https://archive.mpi.nl/tla/elan",
     "software | | 2022 | ELAN | genre Computer software | pub Max Planck Institute for "
     "Psycholinguistics | url https://archive.mpi.nl/tla/elan"},
    // Zotero's "5th edition ed."; a company's "LLC" with no period of its own.
    {"Yalom, I. D., & Leszcz, M. (2005). *The theory and practice of group psychotherapy* (5th "
     "edition ed.). Basic Books.",
     "book | Yalom/I. D. Leszcz/M. | 2005 | The theory and practice of group psychotherapy | ed 5 "
     "| pub Basic Books"},
    // Groups: a charity's name in capitals, one in lower case after persons,
    // and a French body's name.
    {"I CAN, & Royal College of Speech and Language Therapists. (2018). *Bercow: Ten years on*. "
     "https://www.bercow10yearson.com/",
     "report | =I CAN =Royal College of Speech and Language Therapists | 2018 | Bercow: Ten years "
     "on | url https://www.bercow10yearson.com/"},
    {"Bishop, D. V. M., & CATALISE consortium. (2016). CATALISE: A study. *PLOS ONE*, *11*(7), "
     "Article e0158753.",
     "article-journal | Bishop/D. V. M. =CATALISE consortium | 2016 | CATALISE: A study | in PLOS "
     "ONE | vol 11 | no 7 | art e0158753"},
    {"Institut de la statistique du Qu\u00e9bec. (n.d.). *\u00c9tude longitudinale du "
     "d\u00e9veloppement des enfants du Qu\u00e9bec*. https://www.stat.gouv.qc.ca/",
     "webpage | =Institut de la statistique du Qu\u00e9bec | 0 | \u00c9tude longitudinale du "
     "d\u00e9veloppement des enfants du Qu\u00e9bec | url https://www.stat.gouv.qc.ca/"},
    // Springer's "DOI " with no colon; a report's code in parts; a speech's
    // event; a test's own abbreviation closing its title; a working paper's
    // series on SSRN.
    {"Currie, S. R., & Casey, D. M. (2013). Validity of the index. Journal of Gambling Studies, "
     "29(2), 311\u2013327. DOI 10.1007/s10899-012-9300-6",
     "article-journal | Currie/S. R. Casey/D. M. | 2013 | Validity of the index | in Journal of "
     "Gambling Studies | vol 29 | no 2 | pp 311-327 | doi 10.1007/s10899-012-9300-6"},
    {"Lindsay, G. (2012). *The Better Communication Research Programme* (Research Report "
     "DFE-RR247-BCRP1). Department for Education.",
     "report | Lindsay/G. | 2012 | The Better Communication Research Programme | number "
     "Research Report DFE-RR247-BCRP1 | pub Department for Education"},
    {"Powell, J. H. (2022, August 26). *Monetary policy and price stability* [Speech]. Economic "
     "Policy Symposium, Jackson Hole, WY, United States. https://www.federalreserve.gov/s.htm",
     "speech | Powell/J. H. | 2022-8-26 | Monetary policy and price stability | genre Speech | "
     "event Economic Policy Symposium | place Jackson Hole, WY, United States | url "
     "https://www.federalreserve.gov/s.htm"},
    {"Bishop, D. V. M. (2003). The Children's Communication Checklist \u2013 version 2 (CCC-2). "
     "London: Psychological Corporation.",
     "book | Bishop/D. V. M. | 2003 | The Children's Communication Checklist \u2013 version 2 "
     "(CCC-2) | pub Psychological Corporation"},
    // An economist's year in brackets, read as a year without parentheses is.
    {"De Loecker, J., & Unger, G. [2020]. The rise of market power. Quarterly Journal of "
     "Economics, 135(2), 561\u2013644.",
     "article-journal | De Loecker/J. Unger/G. | 2020 | The rise of market power | in Quarterly "
     "Journal of Economics | vol 135 | no 2 | pp 561-644"},
    // Word's bibliography: "(2 ed.)", a comma before a proceedings' pages, a
    // translator after the title's period, a page with no author and its site.
    {"Beck, J. S. (2011). Cognitive Behavior Therapy: Basics and Beyond (2 ed.). New York: The "
     "Guilford Press.",
     "book | Beck/J. S. | 2011 | Cognitive Behavior Therapy: Basics and Beyond | ed 2 | pub The "
     "Guilford Press"},
    {"Mark, G., & Klocke, U. (2008). The Cost of Interrupted Work. Proceedings of the SIGCHI "
     "Conference on Human Factors in Computing Systems, (pp. 107-110). Florence, Italy: ACM.",
     "paper-conference | Mark/G. Klocke/U. | 2008 | The Cost of Interrupted Work | in Proceedings "
     "of the SIGCHI Conference on Human Factors in Computing Systems | pp 107-110 | pub ACM"},
    {"Freud, S. (1961). Civilization and Its Discontents. (J. Strachey, Trans.) New York: W. W. "
     "Norton & Company.",
     "book | Freud/S. | trans Strachey/J. | 1961 | Civilization and Its Discontents | pub W. W. "
     "Norton & Company"},
    {"Stress. (n.d.). Retrieved March 12, 2024, from World Health Organization: "
     "https://www.who.int/stress",
     "webpage | | 0 | Stress | in World Health Organization | url https://www.who.int/stress | "
     "retrieved 2024-03-12"},
    // A translated article's translator; "edition" in a subtitle; two groups,
    // one a magazine's name; a Welsh body's name.
    {"Bernoulli, D. (1954). Exposition of a new theory (L. Sommer, Trans.). *Econometrica*, "
     "*22*(1), 23\u201336.",
     "article-journal | Bernoulli/D. | trans Sommer/L. | 1954 | Exposition of a new theory | in "
     "Econometrica | vol 22 | no 1 | pp 23-36"},
    {"Thaler, R. H., & Sunstein, C. R. (2021). *Nudge: The final edition*. Penguin Books.",
     "book | Thaler/R. H. Sunstein/C. R. | 2021 | Nudge: The final edition | pub Penguin Books"},
    {"Yoga Journal & Yoga Alliance. (2016). *2016 Yoga in America study*. Ipsos Public Affairs.",
     "report | =Yoga Journal =Yoga Alliance | 2016 | 2016 Yoga in America study | pub Ipsos "
     "Public Affairs"},
    // Pasted from notes: a task's box, Pandoc's div, a footnote's back-arrow.
    {"[x] Deci, E. L. (2000). The what and why of goal pursuits. *Psychological Inquiry*, "
     "*11*(4), 227\u2013268. https://doi.org/10.1207/S15327965PLI1104_01 \u21A9\uFE0E",
     "article-journal | Deci/E. L. | 2000 | The what and why of goal pursuits | in Psychological "
     "Inquiry | vol 11 | no 4 | pp 227-268 | doi 10.1207/S15327965PLI1104_01"},
    {"::: {#ref-frankl2006 .csl-entry} Frankl, V. E. (2006). *Man's search for meaning*. Beacon "
     "Press.",
     "book | Frankl/V. E. | 2006 | Man's search for meaning | pub Beacon Press"},
    // Reference managers' forms: Mendeley's journal article written as a
    // chapter; a paper's number in proceedings; a preprint's server in a
    // journal's place; a channel's name in brackets after its owner's.
    {"Button, K. S., & Munaf\u00f2, M. R. (2013). Power failure. In *Nature Reviews "
     "Neuroscience* (Vol. 14, Issue 5, pp. 365\u2013376). https://doi.org/10.1038/nrn3475",
     "article-journal | Button/K. S. Munaf\u00f2/M. R. | 2013 | Power failure | in Nature Reviews "
     "Neuroscience | vol 14 | no 5 | pp 365-376 | doi 10.1038/nrn3475"},
    {"Anderson, C. G. (2019). Building persistence. In *Proceedings of the 14th International "
     "Conference on the Foundations of Digital Games* (Article 34). Association for Computing "
     "Machinery.",
     "paper-conference | Anderson/C. G. | 2019 | Building persistence | in Proceedings of the 14th "
     "International Conference on the Foundations of Digital Games | art 34 | pub Association for "
     "Computing Machinery"},
    {"Ballou, N. (2022). A grounded theory. *PsyArXiv*.",
     "article | Ballou/N. | 2022 | A grounded theory | pub PsyArXiv"},
    {"Esteban, O. (2018). FMRIPrep. *BioRxiv*, 306951. https://doi.org/10.1101/306951",
     "article | Esteban/O. | 2018 | FMRIPrep | number 306951 | pub BioRxiv | doi 10.1101/306951"},
    {"Blevins, T. [Ninja]. (n.d.). *Ninja* [Twitch channel]. Twitch. https://www.twitch.tv/ninja",
     "post | Blevins/T. | 0 | Ninja | in Twitch | genre Twitch channel | url "
     "https://www.twitch.tv/ninja"},
    // A retrieval date in figures whose day cannot be taken for its month.
    {"Entertainment Software Association. (2023). 2023 essential facts. Retrieved 11/14/2023, "
     "from https://www.theesa.com/facts/",
     "webpage | =Entertainment Software Association | 2023 | 2023 essential facts | url "
     "https://www.theesa.com/facts/ | retrieved 2023-11-14"},
    // NICE's number as a sentence after the title.
    {"National Institute for Health and Care Excellence. (2023). *Intrapartum care*. NICE "
     "guideline [NG235]. https://www.nice.org.uk/guidance/ng235",
     "report | =National Institute for Health and Care Excellence | 2023 | Intrapartum care | "
     "number NICE guideline [NG235] | url https://www.nice.org.uk/guidance/ng235"},
    // Two bodies, one of one word; a body of two parts and the body it
    // belongs to; a title ending in "U.S." in its italics; a body's
    // abbreviation in mixed case; an APA 6 place with its article.
    {"Eurofound, & International Labour Office. (2017). *Working anytime, anywhere*. "
     "Publications Office of the European Union.",
     "report | =Eurofound =International Labour Office | 2017 | Working anytime, anywhere | pub "
     "Publications Office of the European Union"},
    {"Ministry of Health & Family Welfare, Government of India. (2014). *New pathways, new "
     "hope*.",
     "report | =Ministry of Health & Family Welfare, Government of India | 2014 | New pathways, "
     "new hope"},
    {"SAMHSA. (2020). *Double jeopardy: Disparities in the U.S.* https://www.samhsa.gov/x.pdf",
     "report | =SAMHSA | 2020 | Double jeopardy: Disparities in the U.S. | url "
     "https://www.samhsa.gov/x.pdf"},
    {"Bundesanstalt f\u00fcr Arbeitsschutz und Arbeitsmedizin (BAuA). (2014). *Stress-Report "
     "Deutschland 2012*. BAuA.",
     "report | =Bundesanstalt f\u00fcr Arbeitsschutz und Arbeitsmedizin | 2014 | Stress-Report "
     "Deutschland 2012 | pub BAuA"},
    {"Schaufeli, W. B. (2000). *Utrechtse Burnout Schaal*. Lisse, the Netherlands: Swets Test "
     "Publishers.",
     "book | Schaufeli/W. B. | 2000 | Utrechtse Burnout Schaal | pub Swets Test Publishers"},
    // A title ending inside its single quotation marks, then the magazine.
    {"Osaka, N. (2021, July 8). Naomi Osaka: \u2018It\u2019s O.K. not to be O.K.\u2019 *Time*.",
     "article-magazine | Osaka/N. | 2021-7-8 | Naomi Osaka: \u2018It\u2019s O.K. not to be "
     "O.K.\u2019 | in Time"},
    // A body named in two languages, one of them a body's name.
    {"Bord Altranais agus Cn\u00e1imhseachais na h\u00c9ireann / Nursing and Midwifery Board of "
     "Ireland. (2022). *Practice standards for midwives*.",
     "report | =Bord Altranais agus Cn\u00e1imhseachais na h\u00c9ireann / Nursing and Midwifery "
     "Board of Ireland | 2022 | Practice standards for midwives"},
};

TEST(ApaPastedForms, ReadsThemWithConfidence) {
  for (const ParseCase& c : kPastedCases) expect_reads_as(c);
}

}  // namespace
}  // namespace mwp
