// Forms that citation generators, exports and PDFs leave in a reference,
// read without doubt (apa_tail.cc, apa_author_list.cc, pasted_text.cc).
#include <gtest/gtest.h>

#include <string>

#include "cite/cite_test_support.h"

namespace mwp {
namespace {

using testing_support::read_reference;

struct ToolCase {
  const char* input;
  ReferenceType type;
  const char* field;  // "doi", "site", "number", "title", "authors", "version"
  const char* value;
};

const ToolCase kToolCases[] = {
    {"Tversky, A., & Kahneman, D. (1974). Judgment under uncertainty. Science, 185(4157), "
     "1124\u20131131. doi:https://doi.org/10.1126/science.185.4157.1124.",
     ReferenceType::article_journal, "doi", "10.1126/science.185.4157.1124"},
    {"World Health Organization. (n.d.). Depressive disorder (depression). Retrieved March 4, "
     "2024, from World Health Organization: https://www.who.int/news-room/fact-sheets/detail/x",
     ReferenceType::webpage, "site", "World Health Organization"},
    {"Mayo Clinic (2024). Anxiety disorders - Symptoms and causes. [online] Mayo Clinic. "
     "Available at: https://www.mayoclinic.org/x [Accessed 4 Mar. 2024].",
     ReferenceType::webpage, "site", "Mayo Clinic"},
    {"American Academy of Pediatrics (no date) \u2018Temper Tantrums\u2019, HealthyChildren.org. "
     "Available at: https://www.healthychildren.org/x (Accessed: 4 March 2024).",
     ReferenceType::webpage, "site", "HealthyChildren.org"},
    {"Devlin, J., Chang, M. W., Lee, K., & Toutanova, K. (2018). Bert: Pre-training of deep "
     "bidirectional transformers. arXiv preprint arXiv:1810.04805.",
     ReferenceType::preprint, "number", "arXiv:1810.04805"},
    {"OpenAI. (2023). *ChatGPT* (Mar 14 version) [Large language model]. "
     "https://chat.openai.com/chat",
     ReferenceType::software, "version", "Mar 14 version"},
    {"*Berger, J. M., & Levant, R. (2005). Impact of gender role conflict. Psychology of Men & "
     "Masculinity, 6(1), 73\u201378.",
     ReferenceType::article_journal, "authors", "Berger|Levant"},
    {"McKinsey & Company, & LeanIn.Org. (2022). *Women in the workplace 2022*. "
     "https://wiw-report.s3.amazonaws.com/x.pdf",
     ReferenceType::report, "authors", "McKinsey & Company|LeanIn.Org"},
    {"Darwin, C. (1965). *The expression of the emotions in man and animals*. University of "
     "Chicago Press. (Original work published 1872).",
     ReferenceType::book, "title", "The expression of the emotions in man and animals"},
    {"Dlamini, S. S. (2019). *Student support services* [Master's dissertation, University of "
     "KwaZulu-Natal]. ResearchSpace.",
     ReferenceType::thesis, "publisher", "University of KwaZulu-Natal"},
    {"Reardon, C. L., & Hainline, B. (2019). Mental health in elite athletes: International "
     "Olympic Committee consensus statement (2019). *British Journal of Sports Medicine*, "
     "*53*(11), 667\u2013699.",
     ReferenceType::article_journal, "title",
     "Mental health in elite athletes: International Olympic Committee consensus statement "
     "(2019)"},
    {"European Commission. (2023). *A comprehensive approach to mental health* (COM(2023) 298 "
     "final). https://eur-lex.europa.eu/x",
     ReferenceType::report, "number", "COM(2023) 298 final"},
    {"IBM Corp. (2021). IBM SPSS Statistics for Windows (Version 28.0) [Computer software]. "
     "Armonk, NY: IBM Corp.",
     ReferenceType::software, "publisher", "IBM Corp."},
};

std::string field_of(const Reference& r, std::string_view field) {
  if (field == "doi") return r.doi;
  if (field == "site") return r.container_title.empty() ? r.publisher : r.container_title;
  if (field == "number") return r.number;
  if (field == "title") return r.title;
  if (field == "version") return r.version;
  if (field == "publisher") return r.publisher;
  std::string names;
  for (const PersonName& name : r.authors) {
    names += (names.empty() ? "" : "|") + (name.literal.empty() ? name.family : name.literal);
  }
  return names;
}

TEST(ApaToolForms, ReadsWhatToolsWriteWithoutDoubt) {
  for (const ToolCase& c : kToolCases) {
    const auto [reference, said] = read_reference(c.input);
    EXPECT_EQ(said, "") << c.input;
    EXPECT_EQ(reference.type, c.type) << c.input;
    EXPECT_EQ(field_of(reference, c.field), c.value) << c.input;
  }
}

TEST(ApaToolForms, DoubtsWhatTheyGarble) {
  const std::pair<const char*, const char*> cases[] = {
      {"DEPRESSION. (n.d.). NHS. Retrieved March 4, 2024, from https://www.nhs.uk/x",
       "in capitals"},
      {"Joyce, M, Daly, C, Corcoran, P (2020). National Self-Harm Registry Ireland annual "
       "report 2019. Cork: National Suicide Research Foundation.",
       "without their periods"},
      {"Dr Laura Markham (2012) Peaceful parent, happy kids. Perigee.", "not a name"},
      {"Richtel, M. (2022). \u2018It\u2019s life or death\u2019. The New York Times. [online] 23 "
       "Apr. Available at: https://www.nytimes.com/x",
       "23 Apr"},
  };
  for (const auto& [input, mentioned] : cases) {
    EXPECT_NE(read_reference(input).said.find(mentioned), std::string::npos) << input;
  }
}

}  // namespace
}  // namespace mwp
