// Hostile reference strings: each gets a diagnostic, in time linear in its
// length (a quadratic step would take minutes here, past ctest's timeout).
#include <gtest/gtest.h>

#include <string>

#include "cite/apa_parser.h"
#include "diag/diagnostic.h"

namespace mwp {
namespace {

TEST(ApaParserLimits, ReadsLongAndHostileEntriesInLinearTime) {
  std::string parentheses;
  for (int i = 0; i < 100000; ++i) parentheses += "( ";
  std::string commas = "Gross, J. J. (2003). Title. Journal";
  for (int i = 0; i < 50000; ++i) commas += ", x";
  std::string authors;
  for (int i = 0; i < 20000; ++i) authors += "Gross, J. J., ";
  for (const std::string& input : {parentheses + " (2003). Title.", commas + ".",
                                   authors + "& John, O. P. (2003). Title. Journal, 1, 1."}) {
    Diagnostics diagnostics;
    parse_apa_reference(input, TextOrigin{"a.md", 1, 1}, diagnostics);
    // None of them is a reference mwp may publish as read: each is said.
    EXPECT_FALSE(diagnostics.empty()) << input.substr(0, 60);
  }
}

}  // namespace
}  // namespace mwp
