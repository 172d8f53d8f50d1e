#include "cite/law_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text_table.h"

namespace mwp {
namespace {

Reference law(const char* title, int year, ReferenceType type = ReferenceType::legislation) {
  Reference reference;
  reference.type = type;
  reference.title = title;
  reference.year = year;
  return reference;
}

// The mentions of find_law_names() as "text|year", joined by " ## ".
std::string found(std::string_view text, const std::vector<Reference>& references,
                  const std::vector<CitationMention>& taken = {}) {
  std::string out;
  for (const CitationMention& m : find_law_names(text, references, taken)) {
    if (!out.empty()) out += " ## ";
    out += std::string(text.substr(m.begin, m.end - m.begin)) + "|" + std::to_string(m.year);
  }
  return out;
}

const testing::TextCase kCases[] = {
    {"The Equal Pay Act 1970 made it unlawful.", "Equal Pay Act 1970|1970"},
    {"Under the Mental Health Parity Act of 1996, insurers changed.",
     "Mental Health Parity Act of 1996|1996"},
    {"Tarasoff v. Regents of the University of California set a duty.",
     "Tarasoff v. Regents of the University of California|1976"},
    // Not the whole name, or part of a longer word: not a mention.
    {"The Equal Pay Act changed things.", ""},
    {"The Equal Pay Act 19701 is no law.", ""},
    {"Both the Equal Pay Act 1970 and the Equal Pay Act 1970 apply.",
     "Equal Pay Act 1970|1970 ## Equal Pay Act 1970|1970"},
};

TEST(LawNames, FindsLawsAndCasesByTheirNames) {
  const std::vector<Reference> references = {
      law("Equal Pay Act 1970", 1970), law("Mental Health Parity Act of 1996", 1996),
      law("Tarasoff v. Regents of the University of California", 1976, ReferenceType::legal_case),
      law("Act", 2000)};
  testing::expect_each_row(kCases, [&](const char* text) { return found(text, references); });
}

TEST(LawNames, LeavesWorksOtherThanLawsAndTakenRangesAlone) {
  Reference book = law("Equal Pay Act 1970", 1970, ReferenceType::book);
  EXPECT_EQ(found("The Equal Pay Act 1970 made it unlawful.", {book}), "");
  CitationMention dated;
  dated.begin = 4;
  dated.end = 22;
  EXPECT_EQ(
      found("The Equal Pay Act 1970 made it unlawful.", {law("Equal Pay Act 1970", 1970)}, {dated}),
      "");
}

// Laws sharing a first word are each compared once per mention, at most kMaxLaws of them.
TEST(LawNames, FindsEveryMentionAmongManyLaws) {
  std::vector<Reference> references;
  for (int i = 0; i < 200; ++i) {
    references.push_back(law(("Mental Health Act " + std::to_string(1000 + i)).c_str(), 2000));
  }
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "The Mental Health Act 1001 applies. ";
  EXPECT_EQ(find_law_names(text, references, {}).size(), 20000u);
}

}  // namespace
}  // namespace mwp
