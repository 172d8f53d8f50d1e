// Tests of apa_periodical.cc and the periodical's numbering it reads with
// apa_source_words.cc.
#include <gtest/gtest.h>

#include "cite/apa_formatter.h"
#include "cite/cite_test_support.h"
#include "cite/pasted_text.h"

namespace mwp {
namespace {

using testing_support::read_reference;

// An issue in parts, as APA 7 writes it: "*9*(2, Pt. 2)". The part stays
// with the issue, and the pages after it are not taken for a volume.
TEST(ApaPeriodical, ReadsAnIssuesPart) {
  const char* input =
      "Zajonc, R. B. (1968). Attitudinal effects of mere exposure. *Journal of Personality and "
      "Social Psychology*, *9*(2, Pt. 2), 1\u201327. https://doi.org/10.1037/h0025848";
  const auto [r, said] = read_reference(input);
  EXPECT_EQ(said, "");
  EXPECT_EQ(r.type, ReferenceType::article_journal);
  EXPECT_EQ(r.container_title, "Journal of Personality and Social Psychology");
  EXPECT_EQ(r.volume, "9");
  EXPECT_EQ(r.issue, "2, Pt. 2");
  EXPECT_EQ(r.page, "1-27");
  EXPECT_EQ(format_apa_text(r), PastedText(input).text());
  // Words that are not a part still close no issue.
  const auto [report, report_said] = read_reference(
      "Australian Bureau of Statistics. (2008). *National survey of mental health and wellbeing: "
      "Summary of results, 2007* (ABS Catalogue No. 4326.0). Australian Bureau of Statistics.");
  EXPECT_EQ(report.issue, "");
}

// A journal named in another language, in its title case: its small words
// ("e", "della", "och") stay in lower case, and the name reads without doubt.
TEST(ApaPeriodical, ReadsJournalsNamedInOtherLanguages) {
  for (const char* journal : {"Epidemiologia e Psichiatria Sociale", "Rivista di Psichiatria",
                              "Giornale Italiano della Psicologia",
                              "Revista de Psicolog\u00eda "
                              "del Trabajo y de las Organizaciones",
                              "Tijdschrift voor Psychiatrie", "Temas em Psicologia",
                              "Zeitschrift f\u00fcr Arbeits- und Organisationspsychologie"}) {
    const std::string input = std::string(
                                  "Kessler, R. C. (2009). The global burden of mental "
                                  "disorders. *") +
                              journal + "*, *18*(1), 23\u201333.";
    const auto [r, said] = read_reference(input);
    EXPECT_EQ(said, "") << journal;
    EXPECT_EQ(r.container_title, journal);
  }
}

}  // namespace
}  // namespace mwp
