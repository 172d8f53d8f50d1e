// The diagnostics of the evidence check, with their places, notes and
// suggestions, from resolving real prose against its research sources.
#include "cite/citation_report.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cite/citation_resolver.h"
#include "cite/cite_test_support.h"

namespace mwp {
namespace {

using testing_support::article;

struct DiagnosticCase {
  const char* prose;
  std::vector<std::string> sources;
  const char* code;
  Severity severity;
  int line;
  int column;
  const char* suggestion;  // part of the suggestion, or ""
};

TEST(CitationResolver, Diagnostics) {
  const std::string levant =
      "Levant, R. F., Hall, R. J., Williams, C. M., & Hasan, N. T. (2009). Gender differences in "
      "alexithymia. Psychology of Men & Masculinity, 10(3), 190-203.";
  const std::string gross1998 =
      "Gross, J. J. (1998). The emerging field. Review of General Psychology, 2(3), 271-299.";
  const std::string gross2002 =
      "Gross, J. J. (2002). Emotion regulation in adulthood. Psychophysiology, 39, 281-291.";
  const DiagnosticCase cases[] = {
      // A misspelt list is reported against the work it is close to, not cut
      // to the names that follow.
      {"Levent, Hall, Williams and Hasan (2009) say.",
       {levant},
       "citation-unmatched",
       Severity::error,
       10,
       1,
       "Levant et al., 2009"},
      // A misspelt name with "et al.": the work of three or more authors.
      {"Bromburger et al. (2011) found it. Bromberger and Kravitz (2011) agree.",
       {"Bromberger, J. T., & Kravitz, H. M. (2011). Mood and menopause. Obstetrics and "
        "Gynecology Clinics, 38(3), 609-625.",
        "Bromberger, J. T., Kravitz, H. M., Chang, Y.-F., & Matthews, K. A. (2011). Major "
        "depression. Psychological Medicine, 41(9), 1879-1888."},
       "citation-unmatched",
       Severity::error,
       10,
       1,
       "Bromberger et al., 2011"},
      // A misspelt name after its particle, capitalised at a sentence's start.
      {"Van der Merve and Dawes (2007) found it.",
       {"van der Merwe, A., & Dawes, A. (2007). Youth violence. Journal of Child and Adolescent "
        "Mental Health, 19(2), 95-113."},
       "citation-unmatched",
       Severity::error,
       10,
       1,
       "van der Merwe & Dawes, 2007"},
      // A misspelt name after its particle.
      {"As van Baarson (2002) noted.",
       {"van Baarsen, B. (2002). Theories on coping with loss. The Journals of Gerontology: "
        "Series B, 57(1), S33-S42."},
       "citation-unmatched",
       Severity::error,
       10,
       4,
       "van Baarsen, 2002"},
      {"Levant et al. (2008) say.",
       {levant},
       "citation-year-mismatch",
       Severity::error,
       10,
       1,
       "write \"Levant et al. (2009)\""},
      {"x\nLevent et al. (2009) say.",
       {levant},
       "citation-unmatched",
       Severity::error,
       11,
       1,
       "Levant et al., 2009"},
      {"As Smith and Jones (2001) say. Levant's view.",
       {levant},
       "citation-unmatched",
       Severity::error,
       10,
       4,
       "add the work"},
      {"As Smith (2001) found. Levant's view.",
       {levant},
       "citation-unmatched",
       Severity::error,
       10,
       4,
       "add the work"},
      {"Gross (1998), Gross (2002a) and Gross (2002) agree.",
       {gross1998, "Gross, J. J. (2002a). One. Psychophysiology, 39, 1-2.",
        "Gross, J. J. (2002b). Two. Psychophysiology, 39, 3-4."},
       "citation-ambiguous",
       Severity::error,
       10,
       33,
       "year suffixes"},
      {"Gross et al. (1998) found.",
       {gross1998},
       "citation-et-al",
       Severity::error,
       10,
       1,
       "write \"Gross (1998)\""},
      {"Gross (2103) found.",
       {gross1998},
       "citation-year-impossible",
       Severity::error,
       10,
       1,
       "write \"Gross (1998)\""},
      // A work's author and year in a form read as no citation.
      {"It held. Gross moved on, and in 2002 the book appeared.",
       {gross2002},
       "citation-unread",
       Severity::warning,
       10,
       10,
       "write it as APA 7 does, e.g. \"Gross (2002)\""},
      {"Gross (1998) and [@nope2000].",
       {gross1998},
       "citation-unknown-key",
       Severity::error,
       10,
       18,
       ""},
      {"Gross (1998).",
       {gross1998, "[@nope2000]"},
       "citation-unknown-key",
       Severity::error,
       32,
       1,
       ""},
      {"Gross (1998).",
       {gross1998, gross1998},
       "reference-duplicate",
       Severity::error,
       32,
       1,
       "delete one"},
      {"Gross (1998).",
       {gross1998, levant},
       "reference-uncited",
       Severity::error,
       32,
       1,
       "Levant et al. (2009)"},
      {"Gross (1998).",
       {gross1998, "Levant, R. F. Gender. Journal, 1, 1."},
       "reference-unreadable",
       Severity::error,
       32,
       1,
       ""},
  };
  for (const DiagnosticCase& c : cases) {
    Article a = article("a.md", c.prose, c.sources);
    Diagnostics all;
    resolve_article_citations(a, ArticleText::held(a), {}, all);
    std::vector<Diagnostic> diagnostics;  // the notes that follow are checked elsewhere
    for (const Diagnostic& d : all.items()) {
      if (d.severity != Severity::note) diagnostics.push_back(d);
    }
    ASSERT_EQ(diagnostics.size(), 1u) << c.prose;
    const Diagnostic& d = diagnostics[0];
    EXPECT_EQ(d.code, c.code) << c.prose;
    EXPECT_EQ(d.severity, c.severity) << c.prose;
    EXPECT_EQ(d.path, "a.md");
    EXPECT_EQ(d.line, c.line) << c.prose;
    EXPECT_EQ(d.column, c.column) << c.prose;
    EXPECT_NE(d.suggestion.find(c.suggestion), std::string::npos)
        << c.prose << ": " << d.suggestion;
  }
}

// The error, and the fix it offers, for names in another order than the
// list's and for a republished work's original date alone.
TEST(CitationResolver, FixesWriteTheListsOrderAndBothDates) {
  const std::string bajos =
      "Bajos, N., & Bozon, M. (2008). *Enqu\u00eate sur la sexualit\u00e9 en France*. La "
      "D\u00e9couverte.";
  const std::string bozon =
      "Bozon, M. (2001). Orientations intimes. *Soci\u00e9t\u00e9s "
      "Contemporaines*, *41*(1), 11\u201340.";
  const std::string bataille =
      "Bataille, G. (1986). *Erotism: Death and sensuality* (M. Dalwood, Trans.). City Lights "
      "Books. (Original work published 1957)";
  const struct {
    const char* prose;
    std::vector<std::string> sources;
    const char* code;
    const char* message;      // part of the message
    const char* replacement;  // the fix's
  } cases[] = {
      {"Bozon and Bajos (2008) found it. Bozon (2001) agrees.",
       {bajos, bozon},
       "citation-unmatched",
       "in another order",
       "Bajos and Bozon (2008)"},
      {"Bataille (1957) wrote it.",
       {bataille},
       "citation-year-mismatch",
       "only the original date of Bataille, 1957/1986",
       "Bataille (1957/1986)"},
      {"Bataille (1957/1985) wrote it.",
       {bataille},
       "citation-year-mismatch",
       "from 1957/1985",
       "Bataille (1957/1986)"},
  };
  for (const auto& c : cases) {
    Article a = article("a.md", c.prose, c.sources);
    Diagnostics all;
    resolve_article_citations(a, ArticleText::held(a), {}, all);
    ASSERT_FALSE(all.empty()) << c.prose;
    const Diagnostic& d = all.items()[0];
    EXPECT_EQ(d.code, c.code) << c.prose;
    EXPECT_NE(d.message.find(c.message), std::string::npos) << d.message;
    ASSERT_TRUE(d.fix.has_value()) << c.prose;
    EXPECT_EQ(d.fix->replacement, c.replacement) << c.prose;
  }
}

}  // namespace
}  // namespace mwp
