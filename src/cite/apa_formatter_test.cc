#include "cite/apa_formatter.h"

#include <gtest/gtest.h>

#include "cite/apa_fields.h"
#include "text_table.h"

namespace mwp {
namespace {

Reference journal() {
  Reference r;
  r.authors = {person_name("Gross", "J. J."), person_name("John", "Oliver P.")};
  r.year = 2003;
  r.title = "Individual differences in two emotion regulation processes";
  r.container_title = "Journal of Personality & Social Psychology";
  r.volume = "85";
  r.issue = "2";
  r.page = "348-62";
  r.doi = "10.1037/0022-3514.85.2.348";
  return r;
}

struct FormatCase {
  const char* name;
  Reference reference;
  const char* html;
};

std::vector<FormatCase> format_cases() {
  std::vector<FormatCase> cases;
  cases.push_back({"journal with DOI", journal(),
                   "Gross, J. J., &amp; John, O. P. (2003). Individual differences in two emotion "
                   "regulation processes. <i>Journal of Personality &amp; Social Psychology</i>, "
                   "<i>85</i>(2), 348\xE2\x80\x93"
                   "362. <a href=\"https://doi.org/10.1037/0022-3514.85.2.348\">"
                   "https://doi.org/10.1037/0022-3514.85.2.348</a>"});
  Reference no_date = journal();
  no_date.year = 0;
  no_date.doi.clear();
  no_date.issue.clear();
  no_date.title = "Is it <real>?";
  cases.push_back({"n.d., title ending in ?, markup escaped", no_date,
                   "Gross, J. J., &amp; John, O. P. (n.d.). Is it &lt;real&gt;? <i>Journal of "
                   "Personality &amp; Social Psychology</i>, <i>85</i>, 348\xE2\x80\x93"
                   "362."});
  Reference book;
  book.type = ReferenceType::book;
  book.authors = {person_name("Waal", "Frans B. M."), person_name("O'Brien", "Anna-Maria")};
  book.authors[0].non_dropping_particle = "de";
  book.year = 2005;
  book.title = "Our inner ape";
  book.edition = "2";
  book.publisher = "Riverhead Books";
  book.url = "https://example.org/ape";
  cases.push_back({"book: particle, hyphenated given name, apostrophe, edition, URL", book,
                   "de Waal, F. B. M., &amp; O\xE2\x80\x99"
                   "Brien, A.-M. (2005). <i>Our inner ape</i> "
                   "(2nd ed.). Riverhead Books. <a "
                   "href=\"https://example.org/ape\">https://example.org/ape</a>"});
  Reference chapter;
  chapter.type = ReferenceType::chapter;
  chapter.authors = {person_name("Nolen-Hoeksema", "Susan")};
  chapter.editors = {person_name("Gross", "J. J.")};
  chapter.year = 2007;
  chapter.title = "Gender differences in coping";
  chapter.container_title = "Handbook of emotion regulation";
  chapter.page = "15";
  chapter.publisher = "Guilford Press";
  cases.push_back({"chapter with one editor and one page", chapter,
                   "Nolen-Hoeksema, S. (2007). Gender differences in coping. In J. J. Gross (Ed.), "
                   "<i>Handbook of emotion regulation</i> (p. 15). Guilford Press."});
  Reference report;
  report.type = ReferenceType::report;
  report.authors = {group_name("World Health Organization")};
  report.year = 2019;
  report.title = "Men's \"mental\" health";
  report.publisher = "WHO Press";
  cases.push_back(
      {"report by an organisation, typographic quotes", report,
       "World Health Organization. (2019). <i>Men\xE2\x80\x99s \xE2\x80\x9Cmental\xE2\x80\x9D "
       "health</i>. WHO Press."});
  Reference page;
  page.type = ReferenceType::webpage;
  page.title = "Men and emotions";
  page.container_title = "APA Monitor";
  page.url = "https://apa.org/x?a=1&b=2";
  cases.push_back(
      {"web page without author or date", page,
       "<i>Men and emotions</i>. (n.d.). APA Monitor. <a href=\"https://apa.org/x?a=1&amp;b=2\">"
       "https://apa.org/x?a=1&amp;b=2</a>"});
  return cases;
}

TEST(ApaFormatter, FormatsEachReferenceType) {
  for (const FormatCase& c : format_cases()) {
    EXPECT_EQ(format_apa_html(c.reference), c.html) << c.name;
  }
}

TEST(ApaFormatter, TextIsTheHtmlWithoutMarkup) {
  EXPECT_EQ(format_apa_text(journal()),
            "Gross, J. J., & John, O. P. (2003). Individual differences in two emotion regulation "
            "processes. Journal of Personality & Social Psychology, 85(2), 348\xE2\x80\x93"
            "362. "
            "https://doi.org/10.1037/0022-3514.85.2.348");
}

TEST(ApaFormatter, ListsTwentyAuthorsThenEllipsisAndLast) {
  Reference r = journal();
  r.authors.clear();
  for (int i = 1; i <= 22; ++i)
    r.authors.push_back(person_name(("A" + std::to_string(i)).c_str(), "B."));
  const std::string text = format_apa_text(r);
  EXPECT_NE(text.find("A19, B., \xE2\x80\xA6 A22, B. (2003)"), std::string::npos) << text;
  EXPECT_EQ(text.find("A20"), std::string::npos);
}

TEST(ApaFormatter, InTextCitation) {
  Reference r = journal();
  EXPECT_EQ(format_apa_citation(r), "Gross & John, 2003");
  r.authors.push_back(person_name("Hall", "R."));
  r.year_suffix = "a";
  EXPECT_EQ(format_apa_citation(r), "Gross et al., 2003a");
  r.authors = {group_name("American Psychological Association")};
  r.year = 0;
  r.year_suffix.clear();
  EXPECT_EQ(format_apa_citation(r), "American Psychological Association, n.d.");
}

TEST(ApaFields, Initials) {
  const testing::TextCase cases[] = {
      {"James J.", "J. J."}, {"J.J.", "J. J."}, {"Anna-Maria", "A.-M."},
      {"R. F.", "R. F."},    {"Éva", "É."},     {"", ""},
  };
  testing::expect_each_row(cases, apa_initials);
}

TEST(ApaFields, FullLastPage) {
  EXPECT_EQ(full_last_page("1124", "31"), "1131");
  EXPECT_EQ(full_last_page("348", "62"), "362");
  EXPECT_EQ(full_last_page("1999", "5"), "5");  // 1995 would run backwards
  EXPECT_EQ(full_last_page("12", "345"), "345");
  EXPECT_EQ(full_last_page("465.e1", "465.e7"), "465.e7");
}

TEST(ApaFields, PageRanges) {
  const testing::TextCase cases[] = {
      {"348-62",
       "348\xE2\x80\x93"
       "362"},
      {"190--203",
       "190\xE2\x80\x93"
       "203"},
      {"e123", "e123"},
      {"15, 18-9",
       "15, 18\xE2\x80\x93"
       "19"},
      {"5\xE2\x80\x93"
       "14",
       "5\xE2\x80\x93"
       "14"},
  };
  testing::expect_each_row(cases, apa_page_range);
}

}  // namespace
}  // namespace mwp
