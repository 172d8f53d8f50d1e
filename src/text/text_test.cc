#include <gtest/gtest.h>

#include "text/edit_distance.h"
#include "text/escape.h"
#include "text/line_index.h"
#include "text/slug.h"
#include "text/utf8.h"
#include "text/word_set.h"
#include "text_table.h"

namespace mwp {
namespace {

TEST(Slugify, Table) {
  const testing::TextCase cases[] = {
      {"Men & Women", "men-women"},
      {"Emotions and Feelings", "emotions-and-feelings"},
      {"Why Men Struggle to Open Up", "why-men-struggle-to-open-up"},
      {"Émotions  —  Numbness", "emotions-numbness"},
      {"men's health", "mens-health"},
      {"men\u2019s health", "mens-health"},
      {"  Stress & Coping!  ", "stress-coping"},
      {"2024 review", "2024-review"},
      {"&&&", ""},
  };
  testing::expect_each_row(cases, slugify);
}

TEST(EditDistance, Table) {
  const struct {
    const char* a;
    const char* b;
    size_t distance;
  } cases[] = {
      {"kitten", "sitting", 3}, {"", "abc", 3}, {"same", "same", 0}, {"gross", "grosz", 1}};
  for (const auto& c : cases) EXPECT_EQ(edit_distance(c.a, c.b), c.distance) << c.a << " " << c.b;
}

TEST(HtmlEscape, EscapesEveryMetacharacter) {
  EXPECT_EQ(html_escape(R"(<a href="x">Tom & Jerry's</a>)"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
}

TEST(HtmlEscape, FindsMetacharactersAtEveryOffsetOfLongText) {
  for (size_t at = 0; at < 40; ++at) {
    std::string text(40, 'x');
    std::string expected = text;
    text[at] = '<';
    expected.replace(at, 1, "&lt;");
    EXPECT_EQ(html_escape(text), expected) << at;
  }
  EXPECT_EQ(html_escape("0123456789abcdef0123456789abcdef'"),
            "0123456789abcdef0123456789abcdef&#39;");
}

TEST(XmlEscape, DropsForbiddenControls) {
  EXPECT_EQ(xml_escape("a\x01<b>\t"), "a&lt;b&gt;\t");
}

TEST(JsonForScript, CannotCloseScriptElement) {
  EXPECT_EQ(json_for_script(R"({"t":"</script><!--"})"), R"({"t":"\u003c/script\u003e\u003c!--"})");
  EXPECT_EQ(json_for_script("\"\xE2\x80\xA8\""), "\"\\u2028\"");
}

TEST(UrlEncodePath, KeepsSlashesEncodesRest) {
  EXPECT_EQ(url_encode_path("/a b/é?"), "/a%20b/%C3%A9%3F");
}

TEST(PercentDecode, Table) {
  const std::pair<const char*, std::optional<std::string>> cases[] = {
      {"10.1016/S0005-7967%2899%2900133-3", "10.1016/S0005-7967(99)00133-3"},
      {"a%2fb%2Fc", "a/b/c"},
      {"%C3%A9", "\xC3\xA9"},
      {"plain", "plain"},
      {"50%", std::nullopt},
      {"%G1", std::nullopt},
      {"%4", std::nullopt},
  };
  for (const auto& [text, decoded] : cases) EXPECT_EQ(percent_decode(text), decoded) << text;
}

TEST(Utf8, FindsFirstInvalidByte) {
  EXPECT_EQ(find_invalid_utf8("plain"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("caf\xC3\xA9"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("ab\xFF"
                              "cd"),
            std::optional<size_t>(2));
  EXPECT_EQ(find_invalid_utf8("ab\xC3"), std::optional<size_t>(2));
  // Past the eight-byte ASCII stride, and within its last partial word.
  EXPECT_EQ(find_invalid_utf8("0123456789abcdef caf\xC3\xA9 and more"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("0123456789abcdef\xFF"), std::optional<size_t>(16));
  EXPECT_EQ(find_invalid_utf8("0123456789ab\xC3"), std::optional<size_t>(12));
}

TEST(Utf8, FoldsCaseAndDiacritics) {
  EXPECT_EQ(fold_for_matching("Nolen-Hoeksema"), "nolen-hoeksema");
  EXPECT_EQ(fold_for_matching("Éva Ångström"), "eva angstrom");
  EXPECT_EQ(fold_for_matching("Women\u2019s Health"), "women's health");
}

TEST(Utf8, FoldsToLettersAndDigits) {
  EXPECT_EQ(fold_to_letters_and_digits("Women's sleep, 2020"), "womenssleep2020");
  // Curly quotation marks and dashes are punctuation, however they are encoded.
  EXPECT_EQ(fold_to_letters_and_digits("Women\xE2\x80\x99s sleep \xE2\x80\x93 2020"),
            "womenssleep2020");
  EXPECT_EQ(fold_to_letters_and_digits("\xC3\x89va \xE6\x9D\x8E"), "eva\xE6\x9D\x8E");
}

TEST(Utf8, StraightensApostrophes) {
  EXPECT_EQ(with_straight_apostrophes("Master\xE2\x80\x99s thesis"), "Master's thesis");
  EXPECT_EQ(with_straight_apostrophes("\xE2\x80\x98"
                                      "a\xE2\x80\x99 b's"),
            "\xE2\x80\x98"
            "a' b's");
}

TEST(Utf8, SplitsWords) {
  EXPECT_EQ(words_of("Women\xE2\x80\x99s sleep, 2020"),
            (std::vector<std::string_view>{"Women", "s", "sleep", "2020"}));
  EXPECT_EQ(words_of("  \xC3\x89va-Maria (n.d.)."),
            (std::vector<std::string_view>{"\xC3\x89va", "Maria", "n", "d"}));
  EXPECT_EQ(words_of("Lo\xCC\x88we"), (std::vector<std::string_view>{"Lo\xCC\x88we"}));
  EXPECT_TRUE(words_of(" -- , ").empty());
}

TEST(LineIndex, ReportsLineAndCodePointColumn) {
  const std::string text = "ab\ncé x\n\nz";
  LineIndex index(text);
  EXPECT_EQ(index.position(0).line, 1);
  EXPECT_EQ(index.position(3).line, 2);
  EXPECT_EQ(index.position(3).column, 1);
  EXPECT_EQ(index.position(7).column, 4);  // 'x' after a two-byte é
  EXPECT_EQ(index.position(10).line, 4);
}

// A line longer than the index's blocks: columns count code points across
// them, from the line's start.
TEST(LineIndex, CountsColumnsAcrossALongLine) {
  std::string text = "x\n";
  for (int i = 0; i < 1000; ++i) text += "\xC3\xA9.";  // two code points in three bytes
  text += "\nend";
  LineIndex index(text);
  EXPECT_EQ(index.position(2).column, 1);
  EXPECT_EQ(index.position(2 + 3 * 500).column, 1001);
  EXPECT_EQ(index.position(2 + 3 * 1000).column, 2001);
  EXPECT_EQ(index.position(text.size()).line, 3);
  EXPECT_EQ(index.position(text.size()).column, 4);
}

struct WordSetCase {
  const char* text;
  bool is_one;
  bool contains;
};

// is_one_of matches whole strings only; contains_any_word finds a listed word
// at word edges, and lets a word ending in '.' run into what follows.
TEST(WordSet, EndsWithWholeWords) {
  EXPECT_TRUE(ends_with_words("government inquiry into mental health", "mental health"));
  EXPECT_FALSE(ends_with_words("government inquiry into mental health", "ental health"));
  EXPECT_FALSE(ends_with_words("mental health", "mental health"));  // no more than it
}

TEST(WordSet, Table) {
  const WordSetCase cases[] = {
      {"Centre", true, true},
      {"Centres", false, false},
      {"Centre for Mental Health", false, true},
      {"The Centre", false, true},
      {"Epicentre", false, false},
      {"Dept.of Health", false, true},
      {"Dept of Health", false, false},
      {"", false, false},
      {"centre", false, false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(is_one_of(c.text, {"Centre", "Dept."}), c.is_one) << c.text;
    EXPECT_EQ(contains_any_word(c.text, {"Centre", "Dept."}), c.contains) << c.text;
  }
}

}  // namespace
}  // namespace mwp
