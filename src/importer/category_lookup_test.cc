#include "importer/category_lookup.h"

#include <gtest/gtest.h>

#include "importer/import_test_support.h"

namespace mwp {
namespace {

TEST(CategoryLookup, MatchesBreadcrumbs) {
  const auto categories = testing::sample_categories();
  const struct {
    const char* line;
    std::optional<size_t> category;
  } cases[] = {
      {"Men & Women Emotions and Feelings", 1},
      {"Men & Women \u203A Emotions and Feelings", 1},
      {"Home > Men & Women > Emotions and Feelings", 1},
      {"men and women / emotions & feelings", std::nullopt},  // "and" is a word, "&" is not
      {"MEN & WOMEN | COMMUNICATION", 2},
      {"Men & Women", 0},
      {"Emotions and Feelings", std::nullopt},
      {"Lifestyle", std::nullopt},
      {"", std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(match_breadcrumb(c.line, categories), c.category) << c.line;
}

TEST(CategoryLookup, FindsByPathOrBreadcrumb) {
  const auto categories = testing::sample_categories();
  EXPECT_EQ(find_category("men-women/communication", categories), 2u);
  EXPECT_EQ(find_category("/men-women/communication/", categories), 2u);
  EXPECT_EQ(find_category("Men & Women \u203A Communication", categories), 2u);
  EXPECT_EQ(find_category("communication", categories), std::nullopt);
}

TEST(CategoryLookup, SuggestsTheNearestCategory) {
  const auto categories = testing::sample_categories();
  EXPECT_EQ(nearest_category("Men & Women Emotion and Feeling", categories),
            "Men & Women \u203A Emotions and Feelings (men-women/emotions-and-feelings)");
  EXPECT_EQ(nearest_category("Gardening tips", categories), "");
  EXPECT_EQ(category_names(categories, 1),
            (std::vector<std::string>{"Men & Women", "Emotions and Feelings"}));
}

}  // namespace
}  // namespace mwp
