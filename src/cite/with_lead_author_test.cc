#include "cite/with_lead_author.h"

#include <gtest/gtest.h>

#include <string>

#include "cite/citation_scanner.h"

namespace mwp {
namespace {

Reference work(std::vector<const char*> families, int year) {
  Reference r;
  for (const char* family : families) r.authors.push_back(PersonName{family, "A.", "", "", "", ""});
  r.year = year;
  r.title = "A work";
  return r;
}

// The index of the work the last citation of `prose` cites, or -1.
int lead_work(const std::string& prose) {
  const std::vector<Reference> references = {work({"Bushman", "Baumeister", "Stack"}, 1999),
                                             work({"Baumeister", "Stack"}, 1999),
                                             work({"Denson", "Pedersen"}, 2011)};
  const std::vector<CitationMention> mentions = find_dated_citations(prose);
  if (mentions.empty()) return -2;
  const std::optional<size_t> found = work_with_lead_author(prose, mentions.back(), references, {});
  return found ? static_cast<int>(*found) : -1;
}

TEST(WithLeadAuthor, PutsTheSentencesResearcherFirst) {
  struct Case {
    const char* prose;
    int expected;
  };
  const Case cases[] = {
      {"Bushman had already shown, with Roy Baumeister and Angela Stack (1999), that it works.", 0},
      {"Denson worked with Pedersen (2011) on it.", 2},
      // Not after "with"; no researcher before it in the sentence.
      {"Bushman had already shown that Roy Baumeister and Angela Stack (1999) agree.", -1},
      {"Bushman spoke. Later, with Roy Baumeister and Angela Stack (1999), they wrote.", -1},
      {"Yesterday, with Pedersen (2011), nothing.", -1},
  };
  for (const Case& c : cases) EXPECT_EQ(lead_work(c.prose), c.expected) << c.prose;
}

}  // namespace
}  // namespace mwp
