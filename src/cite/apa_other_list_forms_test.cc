// Forms of other lists and of APA 6, read as the kind of work they name:
// series codes and creators in words, a group's PDF, APA 6's descriptions
// in words and a presentation's place after its venue.
#include <gtest/gtest.h>

#include "cite/apa_parser.h"
#include "diag/diagnostic.h"

namespace mwp {
namespace {

// Forms of other lists that name a work's kind and its creators in words.
TEST(ApaOtherListForms, ReadsSeriesCodesAndDirectorsInWords) {
  Diagnostics diagnostics;
  const auto nice = parse_apa_reference(
      "NICE (2018) Attention deficit hyperactivity disorder: diagnosis and management. NICE "
      "guideline [NG87]. London: National Institute for Health and Care Excellence.",
      TextOrigin{"a.md", 1, 1}, diagnostics);
  ASSERT_TRUE(nice.has_value());
  EXPECT_EQ(nice->type, ReferenceType::report);
  EXPECT_EQ(nice->genre, "");
  EXPECT_EQ(nice->number, "NICE guideline [NG87]");
  EXPECT_EQ(nice->title, "Attention deficit hyperactivity disorder: diagnosis and management");
  EXPECT_EQ(nice->publisher, "National Institute for Health and Care Excellence");
  const auto film =
      parse_apa_reference("Inside Out (2015). Directed by Pete Docter. Pixar Animation Studios.",
                          TextOrigin{"a.md", 1, 1}, diagnostics);
  ASSERT_TRUE(film.has_value());
  EXPECT_EQ(film->type, ReferenceType::motion_picture);
  EXPECT_EQ(film->title, "Inside Out");
  ASSERT_EQ(film->authors.size(), 1u);
  EXPECT_EQ(film->authors[0].family, "Docter");
  EXPECT_EQ(film->author_role, "Director");
  EXPECT_EQ(film->publisher, "Pixar Animation Studios");
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.items()[0].message;
}

// APA 6's "Retrieved from" before a link to a PDF: a document, not a page.
TEST(ApaOtherListForms, ReadsAGroupsPdfAsAReport) {
  Diagnostics diagnostics;
  const auto advisory = parse_apa_reference(
      "Office of the Surgeon General. (2021). Protecting youth mental health. U.S. Department of "
      "Health and Human Services. Retrieved from https://www.hhs.gov/advisory.pdf",
      TextOrigin{"a.md", 1, 1}, diagnostics);
  ASSERT_TRUE(advisory.has_value());
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.items()[0].message;
  EXPECT_EQ(advisory->type, ReferenceType::report);
  EXPECT_EQ(advisory->publisher, "U.S. Department of Health and Human Services");
  EXPECT_EQ(advisory->url, "https://www.hhs.gov/advisory.pdf");
}

// APA 6's descriptions where APA 7 writes brackets, read as the kind of
// work they name; a presentation's place after its venue.
TEST(ApaOtherListForms, ReadsApa6DescriptionsAndAPresentationsPlace) {
  struct Case {
    const char* input;
    ReferenceType type;
    const char* genre;
    const char* publisher;
    const char* event;
    const char* event_place;
  };
  const Case cases[] = {
      {"Skinner, B. F. (1931). The concept of the reflex. Unpublished doctoral dissertation, "
       "Harvard University, Cambridge, MA.",
       ReferenceType::thesis, "Doctoral dissertation", "Harvard University", "", ""},
      {"Gelman, A., & Loken, E. (2013). The garden of forking paths. Unpublished manuscript, "
       "Department of Statistics, Columbia University.",
       ReferenceType::preprint, "Unpublished manuscript",
       "Department of Statistics, Columbia University", "", ""},
      {"Miller, G. A. (1955, April). The magical number seven. Invited address presented at the "
       "meeting of the Eastern Psychological Association, Philadelphia, PA.",
       ReferenceType::speech, "Invited address", "",
       "meeting of the Eastern Psychological Association", "Philadelphia, PA"},
      {"Kahneman, D. (2002, December 8). *Maps of bounded rationality* [Nobel Prize lecture]. Aula "
       "Magna, Stockholm University, Stockholm, Sweden.",
       ReferenceType::speech, "Nobel Prize lecture", "", "Aula Magna, Stockholm University",
       "Stockholm, Sweden"},
      {"Pearson, J. (2018, September 27\u201330). *Fat talk* [Poster presentation]. Australian "
       "Psychological Society Congress, Sydney, NSW, Australia.",
       ReferenceType::speech, "Poster presentation", "",
       "Australian Psychological Society Congress", "Sydney, NSW, Australia"},
  };
  for (const Case& c : cases) {
    Diagnostics diagnostics;
    const auto reference = parse_apa_reference(c.input, TextOrigin{"a.md", 1, 1}, diagnostics);
    ASSERT_TRUE(reference.has_value()) << c.input;
    EXPECT_TRUE(diagnostics.empty()) << c.input << "\n"
                                     << (diagnostics.empty() ? "" : diagnostics.items()[0].message);
    EXPECT_EQ(reference->type, c.type) << c.input;
    EXPECT_EQ(reference->genre, c.genre) << c.input;
    EXPECT_EQ(reference->publisher, c.publisher) << c.input;
    EXPECT_EQ(reference->event, c.event) << c.input;
    EXPECT_EQ(reference->event_place, c.event_place) << c.input;
  }
}

}  // namespace
}  // namespace mwp
