#include "model/date.h"

#include <gtest/gtest.h>

namespace mwp {
namespace {

TEST(Date, ParsesTable) {
  struct Case {
    const char* text;
    bool valid;
  } cases[] = {
      {"2025-03-07", true},           {"2024-02-29", true}, {"2023-02-29", false},
      {"2025-13-01", false},          {"2025-1-01", false}, {"March 7", false},
      {"2025-03-07T10:00:00Z", true}, {"", false},          {"2025-04-31", false},
  };
  for (const auto& c : cases) EXPECT_EQ(Date::parse(c.text).has_value(), c.valid) << c.text;
}

TEST(Date, FormatsIsoAndHuman) {
  const auto d = Date::parse("2025-03-07");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->iso(), "2025-03-07");
  EXPECT_EQ(d->human(), "7 March 2025");
  EXPECT_LT(*d, *Date::parse("2025-03-08"));
}

}  // namespace
}  // namespace mwp
