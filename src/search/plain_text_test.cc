#include "search/plain_text.h"

#include <gtest/gtest.h>

#include "text_table.h"

namespace mwp {
namespace {

constexpr testing::TextCase kCases[] = {
    {"", ""},
    {"Plain words.", "Plain words."},
    {"*Emphasis* and **strong** and `code`", "Emphasis and strong and code"},
    {"A [link](https://example.org) here", "A link here"},
    {"![alt text](x.png)", "alt text"},
    {"One\nsoft break", "One soft break"},
    {"Para one.\n\nPara two.", "Para one.\n\nPara two."},
    {"## Heading\n\nText", "Heading\n\nText"},
    {"- one\n- two", "one\ntwo"},
    {"Tom &amp; Jerry &#8212; &#x41;", "Tom & Jerry \xE2\x80\x94 A"},
    {"Raw <b>html</b> inline", "Raw html inline"},
    {"<div>block html</div>\n\nAfter", "After"},
    {"As shown [@gross2003].", "As shown."},
    {"Many [@a; @b] cited", "Many cited"},
    {"| a | b |\n|---|---|\n| 1 | 2 |", "a b\n1 2"},
};

TEST(MarkdownToPlainText, Cases) {
  testing::expect_each_row(kCases, markdown_to_plain_text);
}

}  // namespace
}  // namespace mwp
