// Entries whose fields hold what databases, cite boxes and TeX leave in
// them: read, warned, and kept as written (apa_pasted_doubts.cc).
#include <gtest/gtest.h>

#include "cite/apa_fields.h"
#include "cite/cite_test_support.h"

namespace mwp {
namespace {

const testing_support::DoubtCase kPastedDoubtCases[] = {
    {"Kajonius, P., & Johnson, J. (2018). Sex differences in 30 facets of the five factor model "
     "of personality in the large public ($N$ = 320,128). *Personality and Individual "
     "Differences*, *129*, 126-130. https://doi.org/10.1016/j.paid.2018.03.026",
     "TeX's mathematics"},
    {"Kabat-Zinn, J. (2013). Full catastrophe living (revised edition) : Using the wisdom of your "
     "body and mind. Random House Publishing Group.",
     "holds its edition"},
    {"Gansberg, M. (1964, March 27). 37 who saw murder didn't call the police. *New York Times "
     "(1923-Current File)*, pp. 1. https://search.proquest.com/docview/115675989",
     "database's note"},
    {"Mann, E., & Hunter, M. S. (2012). Cognitive behavioural treatment for women (MENOS 1): A "
     "randomised controlled trial. The Lancet. Oncology, 13(3), 309-318.",
     "may begin in the title"},
    {"McEvoy, R. D., Antic, N. A., Anderson, C. S., for the SAVE Investigators. (2016). CPAP for "
     "prevention of cardiovascular events. *New England Journal of Medicine*, *375*(10), 919-931.",
     "the group the authors wrote for"},
    {"Naikakufu [Cabinet Office]. (2010). *Wakamono no ishiki ni kansuru ch\u014dsa*. "
     "https://www8.cao.go.jp/youth/x",
     "translation of the author's name"},
    {"Kim Uichol, Yang Kuo-Shu, & Hwang Kwang-Kuo (Eds.). (2006). *Indigenous and cultural "
     "psychology: Understanding people in context*. Springer.",
     "no comma before their given names"},
    // A name in lower case is an export's, a Romance word in it or not.
    {"Sodi, T., & Bojuwoye, O. (2011). Cultural embeddedness of health. *journal of psychology "
     "in africa*, *21*(3), 349-356.",
     "not in title case"},
};

TEST(ApaPastedDoubts, WarnsAndKeepsTheEntryAsWritten) {
  testing_support::expect_each_kept_as_written(kPastedDoubtCases);
}

// What the doubts above leave alone: a periodical named in its own
// language's case, a supplement's pages cut short, an escaped DOI, a
// version in lower case and EndNote's Cochrane number.
const testing_support::ParseCase kReadCases[] = {
    {"Gosselin, P., & Ladouceur, R. (2003). Le r\u00f4le de l'incertitude. *Revue europ\u00e9enne "
     "de psychologie appliqu\u00e9e*, *53*(3), 199-209.",
     "article-journal | Gosselin/P. Ladouceur/R. | 2003 | Le r\u00f4le de l'incertitude | in Revue "
     "europ\u00e9enne de psychologie appliqu\u00e9e | vol 53 | no 3 | pp 199-209"},
    {"Roth, T. (2007). Insomnia: Definition, prevalence, etiology, and consequences. *Journal of "
     "Clinical Sleep Medicine*, *3*(5 Suppl), S7-10.",
     "article-journal | Roth/T. | 2007 | Insomnia: Definition, prevalence, etiology, and "
     "consequences | in Journal of Clinical Sleep Medicine | vol 3 | no 5 Suppl | pp S7-S10"},
    {"Ladouceur, R., Gosselin, P., & Dugas, M. J. (2000). Experimental manipulation of "
     "intolerance of uncertainty. *Behaviour Research and Therapy*, *38*(9), 933-941. "
     "https://doi.org/10.1016/S0005-7967%2899%2900133-3",
     "article-journal | Ladouceur/R. Gosselin/P. Dugas/M. J. | 2000 | Experimental manipulation "
     "of intolerance of uncertainty | in Behaviour Research and Therapy | vol 38 | no 9 | pp "
     "933-941 | doi 10.1016/S0005-7967(99)00133-3"},
    {"Kemp, B., & Oberye, J. (2018). *Sleep-EDF Database Expanded* (version 1.0.0). PhysioNet. "
     "https://doi.org/10.13026/C2X676",
     "book | Kemp/B. Oberye/J. | 2018 | Sleep-EDF Database Expanded | pub PhysioNet | doi "
     "10.13026/C2X676"},
    {"Marjoribanks, J., & Lee, J. (2017). Long-term hormone therapy. *Cochrane Database of "
     "Systematic Reviews*, *1*(1), Cd004143. https://doi.org/10.1002/14651858.CD004143.pub5",
     "article-journal | Marjoribanks/J. Lee/J. | 2017 | Long-term hormone therapy | in Cochrane "
     "Database of Systematic Reviews | vol 1 | no 1 | art Cd004143 | doi "
     "10.1002/14651858.CD004143.pub5"},
};

TEST(ApaPastedDoubts, WritesASupplementsPagesInFull) {
  EXPECT_EQ(full_last_page("S7", "10"), "S10");
  EXPECT_EQ(full_last_page("e43", "50"), "e50");
  EXPECT_EQ(full_last_page("S7", ""), "");
  EXPECT_EQ(full_last_page("1124", "31"), "1131");
}

TEST(ApaPastedDoubts, ReadsTheFormsTheyLeaveAlone) {
  for (const testing_support::ParseCase& c : kReadCases) testing_support::expect_reads_as(c);
}

}  // namespace
}  // namespace mwp
