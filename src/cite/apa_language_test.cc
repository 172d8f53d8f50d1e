#include "cite/apa_language.h"

#include <gtest/gtest.h>

#include <string>

namespace mwp {
namespace {

struct WordCase {
  const char* entry;
  const char* word;  // the word found, or "" for none
};

const WordCase kWordCases[] = {
    {"Beck, A. T., Rush, A. J., y Emery, G. (1983). *Terapia cognitiva*. Desclée.", ", y "},
    {"Extremera, N. y Fernández-Berrocal, P. (2004). El papel. Revista, 6(2).", " y "},
    {"Deci, E. L. (2012). Theory. En P. A. M. Van Lange (Eds.), *Handbook*. Sage.", "En"},
    {"WHO. (2017). *Depression*. Recuperado de https://apps.who.int/iris", "Recuperado de "},
    {"Miller, W. R. (2015). *La entrevista motivacional* (3.ª ed.). Paidós.", "(3.ª ed.)"},
    {"Hernández, R. (2014). *Metodología* (6a ed.). McGraw-Hill.", "(6a ed.)"},
    {"Margraf, J. (Hrsg.). (2018). *Lehrbuch*. Springer.", "(Hrsg.)"},
    {"Asendorpf, J. B. (2012). Psychologie der Persönlichkeit (5. Aufl.). Springer.", " Aufl.)"},
    {"Anselmi, A. (2023). *El rol* [Tesis doctoral, Universidad Católica del Uruguay].", "[Tesis "},
    // French APA: its place with a space before the colon, "Auteur", "[Thèse",
    // "Dans"; a French title's own colon is no place.
    {"Ehrenberg, A. (1998). La fatigue d\u2019\u00eatre soi : d\u00e9pression et "
     "soci\u00e9t\u00e9. "
     "Paris : Odile Jacob.",
     "Paris :"},
    {"Commission de la sant\u00e9 mentale du Canada. (2012). *Changer les orientations*. "
     "Calgary, AB : Auteur.",
     " : Auteur."},
    {"Tremblay-Gagnon, \u00c9. (2015). *L\u2019intol\u00e9rance* [Th\u00e8se de doctorat, "
     "Universit\u00e9 Laval]. CorpusUL.",
     "[Th\u00e8se "},
    {"Bouchard, C. (2010). La famille. Dans J. Dupont (dir.), *Soci\u00e9t\u00e9*. PUQ.", "(dir.)"},
    {"Ehrenberg, A. (1998). *La fatigue d\u2019\u00eatre soi : d\u00e9pression et "
     "soci\u00e9t\u00e9*. Odile Jacob.",
     ""},
    // APA 7 in English cites works by their own titles, in any language.
    {"Sanz, J. (2003). Adaptación española y validación [Spanish adaptation]. *Clínica y Salud*, "
     "*14*(3), 249–280.",
     ""},
    {"Gross, J. J., & John, O. P. (2003). Individual differences. *Journal*, *85*(2), 348–362.",
     ""},
    {"Smith, J. (2010). *Title* (2nd ed.). Publisher.", ""},
};

TEST(ApaLanguage, FindsTheWordsOfAnotherLanguagesApa) {
  for (const WordCase& c : kWordCases) {
    EXPECT_EQ(std::string(other_language_apa_word(c.entry)), c.word) << c.entry;
  }
}

TEST(ApaLanguage, ReadsDatesInAnotherLanguage) {
  int year = -1;
  for (const char* undated : {"s.f.", "s. f.", "o. J.", "en prensa", "no prelo"}) {
    EXPECT_TRUE(other_language_date(undated, year)) << undated;
    EXPECT_EQ(year, 0) << undated;
  }
  EXPECT_TRUE(other_language_date("2023, 31 de marzo", year));
  EXPECT_EQ(year, 2023);
  for (const char* english : {"n.d.", "in press", "2023, March 31", "2003"}) {
    EXPECT_FALSE(other_language_date(english, year)) << english;
  }
}

}  // namespace
}  // namespace mwp
