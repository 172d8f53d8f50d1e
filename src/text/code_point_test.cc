#include "text/code_point.h"

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <string>

#include "text/utf8.h"

namespace mwp {
namespace {

utf8proc_category_t category_of(char32_t cp) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp));
}

// The inline ASCII answers must agree with utf8proc for every code point.
TEST(CodePoint, LetterClassesAgreeWithUtf8procEverywhere) {
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    const utf8proc_category_t category = category_of(cp);
    const bool letter = category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO;
    const bool upper = category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
    ASSERT_EQ(is_letter(cp), letter) << std::hex << static_cast<uint32_t>(cp);
    ASSERT_EQ(is_upper_letter(cp), upper) << std::hex << static_cast<uint32_t>(cp);
  }
}

TEST(CodePoint, AsciiDigitAndCapitalRuns) {
  EXPECT_TRUE(is_ascii_digits("2003"));
  EXPECT_TRUE(is_ascii_digits("0766"));
  EXPECT_FALSE(is_ascii_digits(""));
  EXPECT_FALSE(is_ascii_digits("2003a"));
  EXPECT_FALSE(is_ascii_digits("\xD9\xA2"));  // Arabic-Indic two
  EXPECT_TRUE(is_ascii_capitals("WHO"));
  EXPECT_FALSE(is_ascii_capitals(""));
  EXPECT_FALSE(is_ascii_capitals("Who"));
  EXPECT_FALSE(is_ascii_capitals("DSM5"));
}

TEST(CodePoint, WordBytes) {
  for (char c : std::string_view("aZ09\xC3\xA9")) EXPECT_TRUE(is_word_byte(c)) << c;
  for (char c : std::string_view(" .-_'(")) EXPECT_FALSE(is_word_byte(c)) << c;
}

TEST(CodePoint, MarksSymbolsAndControls) {
  EXPECT_TRUE(is_mark(0x0308));                // combining diaeresis
  EXPECT_FALSE(is_mark(0xF6));                 // ö, precomposed
  EXPECT_TRUE(is_symbol_or_control(0x1F4D6));  // open book emoji
  EXPECT_TRUE(is_symbol_or_control(0x00A9));   // copyright sign
  EXPECT_TRUE(is_symbol_or_control(0x200B));   // zero-width space
  EXPECT_TRUE(is_symbol_or_control(0x07));     // bell
  EXPECT_FALSE(is_symbol_or_control('&'));
  EXPECT_FALSE(is_symbol_or_control(0x2013));  // en dash
  EXPECT_FALSE(is_symbol_or_control(0xE9));    // é
}

TEST(CodePoint, DecodesAsciiAndMultiByteSequences) {
  const struct {
    const char* text;
    char32_t value;
    size_t length;
  } cases[] = {
      {"a", 'a', 1},
      {"\x7f", 0x7F, 1},
      {"\xc3\xa9", 0xE9, 2},
      {"\xe2\x80\x99", 0x2019, 3},
      {"\xf0\x9f\x98\x80", 0x1F600, 4},
      {"\xff", 0xFFFD, 1},
      {"\xc3", 0xFFFD, 1},
      {"\xe2\x80", 0xFFFD, 1},
      {"\x80", 0xFFFD, 1},
  };
  for (const auto& c : cases) {
    const DecodedCodePoint cp = decode_code_point(c.text, 0);
    EXPECT_EQ(cp.value, c.value) << c.text;
    EXPECT_EQ(cp.length, c.length) << c.text;
  }
  EXPECT_EQ(decode_code_point(std::string_view("\0", 1), 0).value, 0u);
}

// fold_for_matching() has an ASCII fast path; it must give what utf8proc
// gives.
std::string fold_by_utf8proc(std::string_view text_written) {
  const std::string text = with_straight_apostrophes(text_written);
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                  UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD));
  std::string out =
      n < 0 ? std::string(text)
            : std::string(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
  std::free(mapped);
  return out;
}

TEST(FoldForMatching, AsciiFastPathAgreesWithUtf8proc) {
  for (int c = 0; c < 0x80; ++c) {
    const std::string text(1, static_cast<char>(c));
    ASSERT_EQ(fold_for_matching(text), fold_by_utf8proc(text)) << c;
  }
  const char* cases[] = {
      "",
      "Gross",
      "Nolen-Hoeksema",
      "O'Brien",
      "de Waal",
      "DSM-5",
      "McCrae",
      "ALL CAPS 2003a",
      "O\u2019Brien",
      "\u00c9va",
      "M\u00fcller",
      "Stra\u00dfe",
      "\u0130stanbul",
      "\u0418\u0432\u0430\u043d\u043e\u0432\u0430",
      "\u5f20\u4f1f",
      "e\u0301",
      "\u212b",
      "\ufb01",
  };
  for (const char* text : cases) EXPECT_EQ(fold_for_matching(text), fold_by_utf8proc(text)) << text;
}

}  // namespace
}  // namespace mwp
