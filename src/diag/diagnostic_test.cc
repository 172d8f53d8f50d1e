#include "diag/diagnostic.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace mwp {
namespace {

TEST(FormatText, IsCompilerShaped) {
  Diagnostic d{Severity::error, "content/a.md", 12, 3, "missing-section", "no section", {}};
  EXPECT_EQ(format_text(d), "content/a.md:12:3: error: no section [missing-section]");
  d.column = 0;
  EXPECT_EQ(format_text(d), "content/a.md:12: error: no section [missing-section]");
  d.line = 0;
  d.severity = Severity::warning;
  d.suggestion = "add it";
  EXPECT_EQ(format_text(d),
            "content/a.md: warning: no section [missing-section]\n  suggestion: add it");
}

TEST(Diagnostics, CountsMergesAndSorts) {
  Diagnostics a;
  a.error("b.md", 2, 1, "x", "m");
  Diagnostics b;
  b.warning("a.md", 9, 1, "y", "m");
  b.error("a.md", 1, 4, "z", "m");
  a.merge(std::move(b));
  a.sort();
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a.error_count(), 2u);
  EXPECT_EQ(a.warning_count(), 1u);
  EXPECT_EQ(a.items()[0].code, "z");
  EXPECT_EQ(a.items()[2].path, "b.md");
  EXPECT_TRUE(a.contains("y"));
  EXPECT_FALSE(a.contains("q"));
}

TEST(Diagnostics, DemotesTheErrorsChosen) {
  Diagnostics d;
  d.error("draft.md", 1, 1, "missing-field", "no description");
  d.warning("draft.md", 2, 1, "unknown-key", "unknown key");
  d.error("published.md", 3, 1, "missing-field", "no description");
  d.error("draft.md", 4, 1, "empty-section", "empty");
  d.demote_errors([](const Diagnostic& x) { return x.path == "draft.md"; });
  EXPECT_EQ(d.error_count(), 1u);
  EXPECT_EQ(d.warning_count(), 3u);
  EXPECT_EQ(d.items()[0].severity, Severity::warning);
  EXPECT_EQ(d.items()[0].code, "missing-field");
  EXPECT_EQ(d.items()[2].severity, Severity::error);
  d.demote_errors([](const Diagnostic&) { return true; });
  EXPECT_FALSE(d.has_errors());
  EXPECT_EQ(d.warning_count(), 4u);
}

TEST(ToJson, CarriesEveryField) {
  Diagnostics list;
  list.error("a.md", 3, 5, "bad-date", "not a date");
  const auto j = to_json(list);
  EXPECT_EQ(j["errors"], 1);
  EXPECT_EQ(j["diagnostics"][0]["code"], "bad-date");
  EXPECT_EQ(j["diagnostics"][0]["line"], 3);
  EXPECT_EQ(j["diagnostics"][0]["severity"], "error");
}

}  // namespace
}  // namespace mwp
