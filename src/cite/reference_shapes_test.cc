#include "cite/reference_shapes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mwp {
namespace {

// A journal article read right: every field has its shape.
Reference journal_article() {
  Reference reference;
  reference.type = ReferenceType::article_journal;
  reference.authors = {person_name("Gross", "J. J."), person_name("John", "O. P.")};
  reference.year = 2003;
  reference.title = "Individual differences in two emotion regulation processes";
  reference.container_title = "Journal of Personality and Social Psychology";
  reference.volume = "85";
  reference.issue = "2";
  reference.page = "348-362";
  reference.doi = "10.1037/0022-3514.85.2.348";
  return reference;
}

struct ShapeCase {
  const char* what;
  void (*misread)(Reference&);
  const char* doubt;  // a part of the first doubt expected, or nullptr for none
};

const ShapeCase kShapeCases[] = {
    {"read right", [](Reference&) {}, nullptr},
    // Names (more in name_shapes_test.cc).
    {"a bullet before the first author",
     [](Reference& r) { r.authors[0].family = "\xE2\x80\xA2 Gross"; }, "the name"},
    // Titles.
    {"a description left in the title",
     [](Reference& r) { r.title += " (Unpublished doctoral dissertation)"; }, "ends with details"},
    {"a German edition left in the title",
     [](Reference& r) { r.title = "Psychologie der Pers\xC3\xB6nlichkeit (5. Aufl.)"; },
     "ends with details"},
    {"a note in brackets", [](Reference& r) { r.title += " [check vol]"; }, "note in brackets"},
    {"an acronym closing the title", [](Reference& r) { r.title += " (The Revised PSVT:R)"; },
     nullptr},
    {"a Wikipedia title with its journal",
     [](Reference& r) { r.title = "\"A circumplex model of affect\". Journal of Personality"; },
     "quoted"},
    {"a title that opens with a quotation",
     [](Reference& r) { r.title = "\"Brave men\" and \"emotional women\": A review"; }, nullptr},
    {"a German quotation",
     [](Reference& r) { r.title = "Eine Version der \xE2\x80\x9EPANAS\xE2\x80\x9C"; }, nullptr},
    {"a quotation that does not close",
     [](Reference& r) {
       r.title =
           "The \xE2\x80\x9C"
           "fitspiration effect";
     },
     "do not close"},
    {"a word broken at a line end",
     [](Reference& r) { r.title = "Adolescent on- set of depression"; }, "broken"},
    {"a suspended hyphen", [](Reference& r) { r.title = "Short- and long-term effects"; }, nullptr},
    {"a link in the title", [](Reference& r) { r.title += " Retrieved from https://x.org"; },
     "link"},
    // The periodical.
    {"a volume in brackets in the journal's name",
     [](Reference& r) {
       r.container_title = "Journal of Consulting and Clinical Psychology, 42[2]";
       r.volume = "155-162";
       r.issue.clear();
       r.page.clear();
     },
     "holds a volume"},
    {"a Wikipedia volume and issue in the journal's name",
     [](Reference& r) { r.container_title = "Behavioral and Brain Sciences. 12 (1): 1-14"; },
     "holds a volume"},
    {"a newspaper with the rest of a quoted title",
     [](Reference& r) {
       r.type = ReferenceType::article_newspaper;
       r.container_title = "It's loneliness.', The Boston Globe";
     },
     "the periodical"},
    {"an acronym written as a word", [](Reference& r) { r.container_title = "Jama"; }, "acronym"},
    {"an acronym in capitals", [](Reference& r) { r.container_title = "JAMA Psychiatry"; },
     nullptr},
    // The publisher.
    {"a book's publisher with its place",
     [](Reference& r) {
       r.type = ReferenceType::book;
       r.publisher = "New York: W.H. Freeman";
     },
     "holds a place"},
    {"a university with its town and state",
     [](Reference& r) {
       r.type = ReferenceType::thesis;
       r.publisher = "Harvard University, Cambridge, MA";
     },
     "holds a place"},
    {"an edition named in an article's title",
     [](Reference& r) {
       r.title = "Occupational therapy practice framework: Domain and process (4th ed.)";
     },
     nullptr},
    {"a range of a test's modules in a title",
     [](Reference& r) {
       r.type = ReferenceType::book;
       r.title =
           "Autism Diagnostic Observation Schedule (ADOS-2) manual (Part I): Modules 1\u20134";
     },
     nullptr},
    {"a university with its campus",
     [](Reference& r) {
       r.type = ReferenceType::report;
       r.publisher = "Health Promotion Research Centre, National University of Ireland, Galway";
     },
     nullptr},
    {"a town after the publisher",
     [](Reference& r) {
       r.type = ReferenceType::book;
       r.publisher = "Harvard University Press, Cambridge";
     },
     "holds a place"},
    {"a Harvard date after the site",
     [](Reference& r) {
       r.type = ReferenceType::webpage;
       r.container_title = "Office for National Statistics, 7 September";
     },
     "holds a date"},
    {"a publisher with a comma in its name",
     [](Reference& r) {
       r.type = ReferenceType::book;
       r.publisher = "Little, Brown";
     },
     nullptr},
    {"a volume, issue and pages read as a publisher",
     [](Reference& r) {
       r.type = ReferenceType::book;
       r.publisher =
           "39 (6): 1161\xE2\x80\x93"
           "1178";
     },
     "volume or pages"},
    // Numbers and links.
    {"SAGE's supplement issue", [](Reference& r) { r.issue = "1_suppl"; }, nullptr},
    {"a volume of a journal that reads as pages",
     [](Reference& r) {
       r.volume = "155-162";
       r.page.clear();
     },
     "reads as pages"},
    {"a book in volumes",
     [](Reference& r) {
       r.type = ReferenceType::book;
       r.volume = "1-4";
       r.page.clear();
     },
     nullptr},
    {"a supplement's letter", [](Reference& r) { r.issue = "Suppl. B"; }, nullptr},
    {"an issue run into the pages", [](Reference& r) { r.page = "5, 585-592"; }, "hold an issue"},
    {"discontinuous pages", [](Reference& r) { r.page = "A1, A4"; }, nullptr},
    {"an issue run into discontinuous pages", [](Reference& r) { r.page = "3, 271, 299"; },
     "hold an issue"},
    {"an issue's editors on an article",
     [](Reference& r) { r.editors = {person_name("McDaniel", "S. H.")}; }, "editors"},
    {"a post's words read as its site",
     [](Reference& r) {
       r.type = ReferenceType::webpage;
       r.container_title = "You are not alone";
     },
     "reads as a sentence"},
    {"a book with a day",
     [](Reference& r) {
       r.type = ReferenceType::book;
       r.month = 10;
       r.day = "1";
     },
     "a day for a book"},
    {"words in the pages", [](Reference& r) { r.page = "see the appendix"; }, "not a number"},
    {"a DOI with a space", [](Reference& r) { r.doi = "10.1037/ 0022"; }, "the DOI"},
    {"a DOI with a query", [](Reference& r) { r.doi = "10.1037/0022?ref=list"; }, "the DOI"},
    {"a link without its scheme", [](Reference& r) { r.url = "www.apa.org/pi"; }, nullptr},
};

TEST(ReferenceShapes, EachMisreadingLeavesAFieldOfTheWrongShape) {
  for (const ShapeCase& c : kShapeCases) {
    Reference reference = journal_article();
    c.misread(reference);
    const std::vector<std::string> doubts = doubt_field_shapes(reference);
    if (c.doubt == nullptr) {
      EXPECT_TRUE(doubts.empty()) << c.what << ": " << (doubts.empty() ? "" : doubts[0]);
      continue;
    }
    ASSERT_FALSE(doubts.empty()) << c.what;
    EXPECT_NE(doubts[0].find(c.doubt), std::string::npos) << c.what << ": " << doubts[0];
  }
}

TEST(ReferenceShapes, LinearOnLongFields) {
  Reference reference = journal_article();
  reference.title = std::string(400001, '"');
  reference.publisher = std::string(200000, '1') + std::string(200000, ' ');
  reference.container_title = std::string(400000, '9');
  EXPECT_EQ(doubt_field_shapes(reference).size(), 3u);
}

}  // namespace
}  // namespace mwp
