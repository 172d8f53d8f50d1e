// Tests of apa_container.cc: chapters' books, proceedings, symposia and events.
#include <gtest/gtest.h>

#include <string>

#include "cite/apa_formatter.h"
#include "cite/cite_test_support.h"
#include "cite/pasted_text.h"

namespace mwp {
namespace {

using testing_support::read_reference;

Reference read_confidently(const char* input) {
  const auto [reference, said] = read_reference(input);
  EXPECT_EQ(said, "") << input;
  return reference;
}

TEST(ApaContainer, ReadsAContributionToASymposium) {
  const char* input =
      "Kim, J. J., & Kaplan, S. A. (2024, April 17\u201320). Within-person changes in job "
      "boredom. In N. A. Bowling & K. Dye (Chairs), *Measurement, causes, and consequences of "
      "job boredom* [Symposium]. Society for Industrial and Organizational Psychology 2024 "
      "Conference, Chicago, IL, United States.";
  const Reference r = read_confidently(input);
  EXPECT_EQ(r.type, ReferenceType::speech);
  EXPECT_EQ(r.genre, "Symposium");
  EXPECT_EQ(r.container_title, "Measurement, causes, and consequences of job boredom");
  ASSERT_EQ(r.editors.size(), 2u);
  EXPECT_EQ(r.editors[1].family, "Dye");
  EXPECT_EQ(r.event, "Society for Industrial and Organizational Psychology 2024 Conference");
  EXPECT_EQ(r.event_place, "Chicago, IL, United States");
  EXPECT_EQ(format_apa_text(r), PastedText(input).text());
}

TEST(ApaContainer, ReadsApa6ProceedingsWithoutIn) {
  const Reference r = read_confidently(
      "Hinton, G. E., & Plaut, D. C. (1987). Using fast weights to deblur old memories. "
      "Proceedings of the 9th Annual Conference of the Cognitive Science Society (pp. 177-186). "
      "Hillsdale, NJ: Lawrence Erlbaum Associates.");
  EXPECT_EQ(r.type, ReferenceType::paper_conference);
  EXPECT_EQ(r.title, "Using fast weights to deblur old memories");
  EXPECT_EQ(r.container_title,
            "Proceedings of the 9th Annual Conference of the Cognitive Science Society");
  EXPECT_EQ(r.page, "177-186");
  EXPECT_EQ(r.publisher, "Lawrence Erlbaum Associates");
  // A journal named "Proceedings of ..." keeps its volume and pages.
  const Reference pnas = read_confidently(
      "Kahneman, D., & Deaton, A. (2010). High income improves evaluation of life. Proceedings "
      "of the National Academy of Sciences, 107(38), 16489\u201316493.");
  EXPECT_EQ(pnas.type, ReferenceType::article_journal);
  EXPECT_EQ(pnas.volume, "107");
}

TEST(ApaContainer, ReadsAPlaceWithAProvinceWrittenOut) {
  const Reference r = read_confidently(
      "Sadaghiani, S. (2023, July 24). *Brain state dynamics* [Paper presentation]. "
      "Organization for Human Brain Mapping 2023 Annual Meeting, Montr\u00e9al, Quebec, Canada.");
  EXPECT_EQ(r.event, "Organization for Human Brain Mapping 2023 Annual Meeting");
  EXPECT_EQ(r.event_place, "Montr\u00e9al, Quebec, Canada");
}

TEST(ApaContainer, DoubtsWhatItCannotPlace) {
  const std::pair<const char*, const char*> cases[] = {
      {"Hecht, C. A. (2021, February 9\u201313). What is good for you [Poster]. Society for "
       "Personality and Social Psychology 2021 Convention (virtual).",
       "after the event"},
      {"Lake, B., & Tenenbaum, J. (2011). One shot learning. In Proceedings of the annual "
       "meeting of the cognitive science society (Vol. 33, No. 33).",
       "of a book"},
      {"Son, M., & Dalal, R. S. (2025, April 2\u20135). Connecting the dots. In Kim, J. J. "
       "(Co-Chair), & Dalal, R. S. (Co-Chair), Decoding work situations [Symposium]. Society "
       "for Industrial and Organizational Psychology 2025 Conference, Denver, CO, USA.",
       "the symposium"},
  };
  for (const auto& [input, mentioned] : cases) {
    EXPECT_NE(read_reference(input).said.find(mentioned), std::string::npos) << input;
  }
}

}  // namespace
}  // namespace mwp
