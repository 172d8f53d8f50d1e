#include "cite/apa_fields.h"

#include <gtest/gtest.h>

namespace mwp {
namespace {

TEST(ApaFields, TellsAReportsNumberFromWords) {
  const struct {
    const char* text;
    bool number;
  } kCases[] = {
      {"CG159", true},
      {"Clinical Guideline CG159", true},
      {"NICE guideline [NG225]", true},
      {"Health technology evaluation HTE8", true},
      {"Innocenti Report Card 16", true},
      {"Cm 9523", true},
      {"Cmnd 3703", true},
      {"Research Report DFE-RR226", true},
      {"Cm 4262-I", true},
      {"NBER Working Paper w11953", true},
      {"WHO/MSD/MER/2017.2", true},
      // Words that name no kind of document, or a year rather than a code.
      {"the second wave 2", false},
      {"Early value assessment", false},
      {"Health technology 2020", false},
      {"Mental health in 2019", false},
  };
  for (const auto& c : kCases) EXPECT_EQ(is_code_number(c.text), c.number) << c.text;
}

}  // namespace
}  // namespace mwp
