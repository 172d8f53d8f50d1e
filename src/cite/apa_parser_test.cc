#include "cite/apa_parser.h"

#include <gtest/gtest.h>

#include <string>

#include "cite/csl_json.h"

namespace mwp {
namespace {

// A compact description of the fields a parse fills, for table comparison.
std::string describe(const Reference& r) {
  std::string out(csl_type_name(r.type));
  out += " |";
  for (const PersonName& name : r.authors) {
    out += " " + (name.literal.empty() ? "" : "=" + name.literal);
    if (!name.non_dropping_particle.empty()) out += name.non_dropping_particle + "_";
    out += name.family;
    if (!name.given.empty()) out += "/" + name.given;
    if (!name.suffix.empty()) out += "/" + name.suffix;
  }
  if (r.authors_truncated) out += " ...";
  if (!r.editors.empty()) {
    out += " | eds";
    for (const PersonName& name : r.editors) out += " " + name.family + "/" + name.given;
  }
  out += " | " + std::to_string(r.year) + r.year_suffix + " | " + r.title;
  for (const auto& [label, value] :
       {std::pair<const char*, const std::string*>{"in", &r.container_title},
        {"vol", &r.volume},
        {"no", &r.issue},
        {"pp", &r.page},
        {"ed", &r.edition},
        {"pub", &r.publisher},
        {"doi", &r.doi},
        {"url", &r.url}}) {
    if (!value->empty()) out += std::string(" | ") + label + " " + *value;
  }
  return out;
}

struct ParseCase {
  const char* input;
  const char* expected;
};

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
    // Particle, suffix, Markdown-link DOI, article number.
    {"de Waal, F. B. M., & King, M. L., Jr. (2020). Empathy. *Nature*, *5*, Article e123. "
     "[https://doi.org/10.1/x](https://doi.org/10.1/x)",
     "article-journal | de_Waal/F. B. M. King/M. L./Jr. | 2020 | Empathy | in Nature | vol 5 | "
     "pp Article e123 | doi 10.1/x"},
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
     "report | =World Health Organization | 2019 | Mental health of men | pub World Health "
     "Organization | url https://who.int/report"},
    // Web page with a full date and no author.
    {"*Men and emotions*. (n.d.). APA Monitor. <https://apa.org/x>",
     "webpage | | 0 | Men and emotions | in APA Monitor | url https://apa.org/x"},
    {"American Psychological Association. (2019, March 3). *Men and emotions*. APA Monitor. "
     "Retrieved from https://apa.org/x.",
     "webpage | =American Psychological Association | 2019 | Men and emotions | in APA Monitor | "
     "url https://apa.org/x"},
};

TEST(ApaParser, ParsesTheFormsEditorsPaste) {
  for (const ParseCase& c : kParseCases) {
    Diagnostics diagnostics;
    const auto reference = parse_apa_reference(c.input, TextOrigin{"a.md", 3, 1}, diagnostics);
    ASSERT_TRUE(reference.has_value())
        << c.input << "\n"
        << (diagnostics.empty() ? "" : format_text(diagnostics.items()[0]));
    EXPECT_TRUE(diagnostics.empty()) << c.input;
    EXPECT_EQ(describe(*reference), c.expected) << c.input;
    EXPECT_EQ(reference->source_line, 3);
  }
}

struct FailureCase {
  const char* input;
  const char* code;
  int column;             // where the failing part starts
  const char* mentioned;  // the message names this part
};

const FailureCase kFailureCases[] = {
    {"Gross, J. J. Emotion regulation. Review of General Psychology, 2(3), 271-299.",
     "apa-missing-date", 5, "Emotion regulation"},
    {"- Gross, J. J., & J0hn, O. P. (2003). Title. Journal, 1, 1-2.", "apa-bad-author", 23, "J0hn"},
    {"(2003). Title. Journal, 1, 1-2.", "apa-bad-author", 5, "before the date"},
    {"Gross, J. J. (2003).", "apa-missing-title", 25, "title"},
    {"Gross, J. J. (2003). Title. In J. Smith (Eds.), Book (pp. 1-2. Publisher.", "apa-bad-source",
     58, "unclosed"},
};

TEST(ApaParser, ReportsThePartThatFailed) {
  for (const FailureCase& c : kFailureCases) {
    Diagnostics diagnostics;
    const auto reference = parse_apa_reference(c.input, TextOrigin{"a.md", 9, 5}, diagnostics);
    EXPECT_FALSE(reference.has_value()) << c.input;
    ASSERT_EQ(diagnostics.size(), 1u) << c.input;
    const Diagnostic& d = diagnostics.items()[0];
    EXPECT_EQ(d.code, c.code) << c.input;
    EXPECT_EQ(d.line, 9);
    EXPECT_EQ(d.column, c.column) << c.input;
    EXPECT_NE(d.message.find(c.mentioned), std::string::npos) << d.message;
  }
}

}  // namespace
}  // namespace mwp
