// Legal references in the legal form APA 7 keeps (chapter 11): read with
// confidence, formatted back as written, and what is not of that form left
// to the author-date reader.
#include <gtest/gtest.h>

#include <string>

#include "cite/apa_formatter.h"
#include "cite/apa_parser.h"
#include "cite/cite_test_support.h"
#include "cite/csl_json.h"
#include "diag/diagnostic.h"

namespace mwp {
namespace {

struct LegalCase {
  const char* input;
  const char* type;
  const char* title;
  int year;
  const char* number;
  const char* source;  // "17 Cal. 3d 425": volume, reporter or code, page
};

const LegalCase kLegalCases[] = {
    {"Tarasoff v. Regents of the University of California, 17 Cal. 3d 425 (1976).", "legal_case",
     "Tarasoff v. Regents of the University of California", 1976, "", "17 Cal. 3d 425"},
    {"Mental Health Parity and Addiction Equity Act of 2008, Pub. L. No. 110-343, 122 Stat. 3881 "
     "(2008).",
     "legislation", "Mental Health Parity and Addiction Equity Act of 2008", 2008, "110-343",
     "122 Stat. 3881"},
    {"Mental Health Act 1983, c. 20. https://www.legislation.gov.uk/ukpga/1983/20/contents",
     "legislation", "Mental Health Act 1983", 1983, "c. 20", ""},
    {"Obergefell v. Hodges, 576 U.S. 644 (2015).", "legal_case", "Obergefell v. Hodges", 2015, "",
     "576 U.S. 644"},
    {"Wyatt v. Stickney, 325 F. Supp. 781 (M.D. Ala. 1971).", "legal_case", "Wyatt v. Stickney",
     1971, "", "325 F. Supp. 781"},
    // A statute by its code's sections; a Scottish act.
    {"Title IX of the Education Amendments of 1972, 20 U.S.C. \u00A7\u00A7 1681\u20131688 (1972).",
     "legislation", "Title IX of the Education Amendments of 1972", 1972, "",
     "20 U.S.C. \u00A7\u00A7 1681-1688"},  // the range in CSL form, as pages are
    {"Alcohol (Minimum Pricing) (Scotland) Act 2012, asp 4.", "legislation",
     "Alcohol (Minimum Pricing) (Scotland) Act 2012", 2012, "asp 4", ""},
    // A Canadian statute by its series of revised statutes; an Australian act
    // with its jurisdiction.
    {"Mental Health Act, R.S.O. 1990, c. M.7.", "legislation", "Mental Health Act", 1990, "c. M.7",
     ""},
    {"Quarantine Act, S.C. 2005, c. 20.", "legislation", "Quarantine Act", 2005, "c. 20", ""},
    {"Mental Health Act 2014 (Vic).", "legislation", "Mental Health Act 2014 (Vic)", 2014, "", ""},
    // A New Zealand act by its name and year alone.
    {"Inquiries Act 2013.", "legislation", "Inquiries Act 2013", 2013, "", ""},
    {"Pae Ora (Healthy Futures) Act 2022.", "legislation", "Pae Ora (Healthy Futures) Act 2022",
     2022, "", ""},
};

TEST(ApaLegal, ReadsCasesAndStatutesAndFormatsThemBack) {
  for (const LegalCase& c : kLegalCases) {
    Diagnostics diagnostics;
    const auto reference = parse_apa_reference(c.input, TextOrigin{"a.md", 1, 1}, diagnostics);
    ASSERT_TRUE(reference.has_value()) << c.input;
    EXPECT_TRUE(diagnostics.empty()) << c.input;
    EXPECT_EQ(csl_type_name(reference->type), c.type) << c.input;
    EXPECT_EQ(reference->title, c.title);
    EXPECT_EQ(reference->year, c.year);
    EXPECT_EQ(reference->number, c.number);
    const std::string source =
        reference->volume.empty()
            ? ""
            : reference->volume + " " + reference->container_title + " " + reference->page;
    EXPECT_EQ(source, c.source) << c.input;
    EXPECT_TRUE(reference->authors.empty());
    EXPECT_EQ(format_apa_text(*reference), c.input);
  }
}

// A case whose reporter is found by its year in brackets, and England's
// neutral citation: read for its name and year, but the formatter writes no
// such form, so it is kept as written.
TEST(ApaLegal, KeepsACaseWithItsYearInBracketsAsWritten) {
  struct Case {
    const char* input;
    const char* title;
    int year;
  };
  const Case cases[] = {
      {"R. v. Swain, [1991] 1 S.C.R. 933.", "R. v. Swain", 1991},
      {"R (Daly) v Secretary of State for the Home Department [2001] UKHL 26, [2001] 2 AC 532.",
       "R (Daly) v Secretary of State for the Home Department", 2001},
  };
  for (const auto& [input, title, year] : cases) {
    Diagnostics diagnostics;
    const auto reference = parse_apa_reference(input, TextOrigin{"a.md", 1, 1}, diagnostics);
    ASSERT_TRUE(reference.has_value()) << input;
    ASSERT_EQ(diagnostics.size(), 1u) << input;
    EXPECT_EQ(diagnostics.items()[0].code, "reference-partly-read");
    EXPECT_NE(diagnostics.items()[0].message.find("year in brackets"), std::string::npos);
    EXPECT_EQ(reference->type, ReferenceType::legal_case);
    EXPECT_EQ(reference->title, title);
    EXPECT_EQ(reference->year, year);
    EXPECT_EQ(format_apa_text(*reference), input);
  }
}

// A treaty: read for its name and date, kept as written.
TEST(ApaLegal, KeepsATreatyAsWritten) {
  const char* input =
      "Convention on the Rights of Persons with Disabilities, Dec. 13, 2006, 2515 U.N.T.S. 3.";
  Diagnostics diagnostics;
  const auto reference = parse_apa_reference(input, TextOrigin{"a.md", 1, 1}, diagnostics);
  ASSERT_TRUE(reference.has_value());
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_NE(diagnostics.items()[0].message.find("a treaty"), std::string::npos);
  EXPECT_EQ(reference->title, "Convention on the Rights of Persons with Disabilities");
  EXPECT_EQ(reference->year, 2006);
  EXPECT_EQ(reference->month, 12);
  EXPECT_EQ(reference->volume, "2515");
}

// Entries that look a little like laws are read as what they are.
TEST(ApaLegal, LeavesOtherEntriesToTheAuthorDateReader) {
  for (const char* input :
       {"Gross, J. J. (1998). The field. Review of General Psychology, 2(3), 271-299.",
        "Smith v. Jones: A study of rivalry. (2001). *Journal*, *3*, 1-2.",
        "Act now, J. (2010). *Title*. Publisher.",
        "Smith, J. (2014). Mental Health Act 2014 (Vic). *Journal*, *3*, 1-2.",
        "Health, R.S.O. (1990). Title, c. M.7. Publisher.",
        "Smith, J. (2013). *The Inquiries Act 2013*. Publisher."}) {
    Diagnostics diagnostics;
    const auto reference = parse_apa_reference(input, TextOrigin{"a.md", 1, 1}, diagnostics);
    ASSERT_TRUE(reference.has_value()) << input;
    EXPECT_NE(reference->type, ReferenceType::legal_case) << input;
    EXPECT_NE(reference->type, ReferenceType::legislation) << input;
  }
}

// A section of a U.K. act after its chapter is its page, written back.
TEST(ApaLegal, ReadsASectionOfAnAct) {
  const Reference act = testing_support::read_confidently("Serious Crime Act 2015, c. 9, s. 76.");
  EXPECT_EQ(act.type, ReferenceType::legislation);
  EXPECT_EQ(act.title, "Serious Crime Act 2015");
  EXPECT_EQ(act.number, "c. 9");
  EXPECT_EQ(act.page, "s. 76");
  EXPECT_EQ(format_apa_text(act), "Serious Crime Act 2015, c. 9, s. 76.");
}

}  // namespace
}  // namespace mwp
