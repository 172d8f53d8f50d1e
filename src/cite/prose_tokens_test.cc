#include "cite/prose_tokens.h"

#include <gtest/gtest.h>

#include <string>

#include "text_table.h"

namespace mwp {
namespace {

// Each token as "text" with a kind prefix (# number, . punct), "^" when
// capitalised, "'s" when possessive and "@begin-end" when the byte range is
// not the text itself; joined by spaces.
std::string describe(std::string_view text) {
  std::string out;
  for (const ProseToken& t : tokenize_prose(text)) {
    if (!out.empty()) out += ' ';
    if (t.kind == TokenKind::number) out += '#';
    if (t.kind == TokenKind::punct) out += '.';
    out += t.text;
    if (t.capitalised) out += '^';
    if (t.possessive) out += "'s";
    if (text.substr(t.begin, t.end - t.begin) != t.text) {
      out += '@' + std::to_string(t.begin) + '-' + std::to_string(t.end);
    }
  }
  return out;
}

// ASCII words take a fast path; the non-ASCII cases pin the same rules for
// every script, so the two paths cannot drift apart.
const testing::TextCase kCases[] = {
    {"", ""},
    {"plain words here", "plain words here"},
    {"Gross and John", "Gross^ and John^"},
    {"Nolen-Hoeksema (2001)", "Nolen-Hoeksema^ .( #2001 .)"},
    // Words longer than the 16-byte letter scan, ending at and past a block.
    {"abcdefghijklmnop abcdefghijklmnopq-Rstuvwxyzabcdefghij's Abcdefghijklmnopqrstuvwxyzé.",
     "abcdefghijklmnop abcdefghijklmnopq-Rstuvwxyzabcdefghij's@17-56 Abcdefghijklmnopqrstuvwxyzé^ "
     ".."},
    {"O'Brien said", "O'Brien^ said"},
    // Digits between letters are the word's; digits closing it are a number.
    {"Psych2Go's video (2020)", "Psych2Go^'s@0-10 video .( #2020 .)"},
    {"COVID-19 and wave2", "COVID^ .- #19 and wave #2"},
    {"O\u2019Brien said", "O\u2019Brien^ said"},
    {"Gross's work", "Gross^'s@0-7 work"},
    {"Gross\u2019s work", "Gross^'s@0-9 work"},
    {"Addis' framing", "Addis^'s@0-6 framing"},
    {"Addis\u2019 framing", "Addis^'s@0-8 framing"},
    {"it's", "it's@0-4"},
    {"the boss's", "the boss's@4-10"},
    {"Gross's", "Gross^'s@0-7"},
    {"Gross'", "Gross^'s@0-6"},
    {"Gross''", "Gross^'s@0-6 .'"},
    {"John's-ish", "John^'s@0-6 .- ish"},
    {"well-being - ok -", "well-being .- ok .-"},
    {"self--help", "self .- .- help"},
    {"2003a and 2003ab 12b.", "#2003a and #2003 ab #12b .."},
    {"2003\u00e9", "#2003 \u00e9"},
    {"2003a\u00e9", "#2003 a\u00e9"},
    {"x2 2x", "x #2 #2x"},
    {"\u00c9luard and M\u00fcller", "\u00c9luard^ and M\u00fcller^"},
    {"\u00e9cole \u00c9cole", "\u00e9cole \u00c9cole^"},
    {"\u0394\u03b7\u03bc\u03ae\u03c4\u03c1\u03b7\u03c2 \u03b4\u03ad",
     "\u0394\u03b7\u03bc\u03ae\u03c4\u03c1\u03b7\u03c2^ \u03b4\u03ad"},
    {"\u0418\u0432\u0430\u043d\u043e\u0432\u0430's study",
     "\u0418\u0432\u0430\u043d\u043e\u0432\u0430^'s@0-16 study"},
    {"\u5f20\u4f1f (2010)", "\u5f20\u4f1f .( #2010 .)"},
    {"\u01c5ivko", "\u01c5ivko^"},
    {"a\u0301b", "a .\u0301 b"},
    {"na\u00efve caf\u00e9s", "na\u00efve caf\u00e9s"},
    {"A\u2013B \u2014 C", "A^ .\u2013 B^ .\u2013@6-9 C^"},
    {"*Gross* _and_ John", "Gross^ and John^"},
    {"[Gross](https://x.org/a(b)) said", ".[ Gross^ .] .) said"},
    {"[Gross](unclosed", ".[ Gross^ .]"},
    {"a]b", "a .] b"},
    {"tab\there\nnew\r\nline\u00a0nbsp", "tab here new line nbsp"},
    {"\u2003em-space", ".\u2003 em-space"},
    {"e.g., (Hyde, 2005; n.d.-a)", "e .. g .. ., .( Hyde^ ., #2005 .; n .. d .. .- a .)"},
    {"@gross2003 [@a_b]", ".@ gross #2003 .[ .@ a_b .]"},
    {"DSM-5 COVID-19", "DSM^ .- #5 COVID^ .- #19"},
    {"trailing-", "trailing .-"},
    {"x\xff y", "x .\xff y"},
    {"\xc3", ".\xc3"},
};

TEST(ProseTokens, Table) {
  testing::expect_each_row(kCases, describe);
}

TEST(ProseTokens, ReusedVectorGivesTheSameTokens) {
  std::vector<ProseToken> reused;
  for (const testing::TextCase& c : kCases) {
    tokenize_prose(c.input, reused);
    const std::vector<ProseToken> fresh = tokenize_prose(c.input);
    ASSERT_EQ(reused.size(), fresh.size()) << c.input;
    for (size_t i = 0; i < fresh.size(); ++i) {
      EXPECT_EQ(reused[i].text, fresh[i].text) << c.input;
      EXPECT_EQ(reused[i].begin, fresh[i].begin) << c.input;
      EXPECT_EQ(reused[i].possessive, fresh[i].possessive) << c.input;
    }
  }
}

}  // namespace
}  // namespace mwp
