#include "model/date.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>
#include <string>

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

// Restores SOURCE_DATE_EPOCH as it was when the test started.
class SourceDateEpoch {
 public:
  SourceDateEpoch() {
    if (const char* value = std::getenv("SOURCE_DATE_EPOCH")) saved_ = value;
  }
  ~SourceDateEpoch() {
    if (saved_) {
      setenv("SOURCE_DATE_EPOCH", saved_->c_str(), 1);
    } else {
      unsetenv("SOURCE_DATE_EPOCH");
    }
  }

 private:
  std::optional<std::string> saved_;
};

TEST(Date, TodayFollowsSourceDateEpoch) {
  SourceDateEpoch restore;
  const struct {
    const char* epoch;
    std::optional<Date> expected;  // nullopt: the clock's date
  } kCases[] = {
      {"0", Date{1970, 1, 1}},
      {"1733443200", Date{2024, 12, 6}},
      {"1733529599", Date{2024, 12, 6}},  // the last second of that day
      {"4102444800", Date{2100, 1, 1}},
      {"", std::nullopt},
      {"-5", std::nullopt},
      {"12abc", std::nullopt},
      {"99999999999999999999999", std::nullopt},
  };
  for (const auto& c : kCases) {
    setenv("SOURCE_DATE_EPOCH", c.epoch, 1);
    const Date today = Date::today();
    if (c.expected) {
      EXPECT_EQ(today, *c.expected) << c.epoch;
    } else {
      EXPECT_GE(today.year, 2024) << c.epoch << " falls back to the clock";
    }
  }
}

TEST(Date, ParsesWrittenDates) {
  const struct {
    std::string_view text;
    bool any_case;
    const char* iso;  // "" when not a date
  } kCases[] = {
      {"4 March 2021", false, "2021-03-04"},
      {"March 4, 2021", false, "2021-03-04"},
      {"March 4 2021", false, "2021-03-04"},
      {"4 March, 2021", false, "2021-03-04"},
      {"Sept. 30, 2019", false, "2019-09-30"},
      {"29 February 2024", false, "2024-02-29"},
      {"29 February 2023", false, ""},
      {"31 April 2020", false, ""},
      {"4 march 2021", false, ""},
      {"4 march 2021", true, "2021-03-04"},
      {"March 2021", false, ""},
      {"March 4, 21", false, ""},
      {"March 123, 2021", false, ""},
      {"March +4, 2021", false, ""},
      {"4 March 2021 extra", false, ""},
      {"", false, ""},
  };
  for (const auto& c : kCases) {
    const std::optional<Date> date = Date::parse_written(c.text, c.any_case);
    EXPECT_EQ(date ? date->iso() : "", c.iso) << c.text;
  }
}

TEST(MonthNumber, NamesAndAbbreviations) {
  const struct {
    std::string_view name;
    bool any_case;
    int month;
  } kCases[] = {
      {"March", false, 3}, {"Mar", false, 3},       {"Mar.", false, 3},      {"Sept.", false, 9},
      {"Sept", false, 9},  {"September", false, 9}, {"December", false, 12}, {"May", false, 5},
      {"may", false, 0},   {"march", false, 0},     {"march", true, 3},      {"MARCH", true, 3},
      {"jun", true, 6},    {"Ma", false, 0},        {"Marc", false, 0},      {"Marchy", false, 0},
      {"", false, 0},      {".", true, 0},          {"Septembers", true, 0}, {"Spring", false, 0},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(month_number(c.name, c.any_case), c.month) << c.name << " " << c.any_case;
  }
}

TEST(MonthName, OneToTwelve) {
  EXPECT_EQ(month_name(1), "January");
  EXPECT_EQ(month_name(12), "December");
  EXPECT_EQ(month_name(0), "");
  EXPECT_EQ(month_name(13), "");
  for (int month = 1; month <= 12; ++month) EXPECT_EQ(month_number(month_name(month)), month);
}

}  // namespace
}  // namespace mwp
