#include "cite/unread_words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mwp {
namespace {

Reference article() {
  Reference r;
  r.authors = {{"Gross", "J. J.", "", "", "", ""}, {"John", "O. P.", "", "", "", ""}};
  r.year = 2003;
  r.title = "Individual differences in two emotion regulation processes";
  r.container_title = "Journal of Personality and Social Psychology";
  r.volume = "85";
  r.issue = "2";
  r.page = "348-362";
  r.doi = "10.1037/0022-3514.85.2.348";
  return r;
}

struct UnreadCase {
  const char* name;
  const char* written;  // the entry without its date element and link
  const char* set_aside;
  std::vector<std::string> unread;
};

const UnreadCase kCases[] = {
    {"every word held",
     "Gross, J. J., & John, O. P. . Individual differences in two emotion "
     "regulation processes. Journal of Personality and Social Psychology, "
     "85(2), 348–362.",
     "",
     {}},
    {"framing words of APA 6",
     "Gross, J. J. and John, O. P. . Individual differences in two "
     "emotion regulation processes. Journal of Personality and Social "
     "Psychology, Vol. 85, No. 2, pp. 348–362. Retrieved from",
     "",
     {}},
    {"a shortened page range",
     "Gross, J. J., & John, O. P. . Individual differences in two "
     "emotion regulation processes. Journal of Personality and Social "
     "Psychology, 85(2), 348–62.",
     "",
     {}},
    {"words no field holds",
     "Gross, J. J., & John, O. P. . Individual differences in two "
     "emotion regulation processes. Journal of Personality and Social "
     "Psychology, Special section, 85(2), 348–362.",
     "",
     {"Special", "section"}},
    {"a word written twice is held once",
     "Gross, J. J., & John, O. P. . Individual differences in two two emotion regulation "
     "processes. Journal of Personality and Social Psychology, 85(2), 348–362.",
     "",
     {"two"}},
    {"set aside",
     "Gross, J. J., & John, O. P. . Individual differences in two emotion "
     "regulation processes. Journal of Personality and Social Psychology, 85(2), "
     "348–362. Washington, DC",
     "Washington, DC: ",
     {}},
    {"case and diacritics folded",
     "GROSS, J. J., & J\xC3\xB6hn, O. P. . individual differences in two "
     "emotion regulation processes. Journal of Personality and "
     "Social Psychology, 85(2), 348–362.",
     "",
     {}},
};

TEST(UnreadWords, Table) {
  for (const UnreadCase& c : kCases) {
    EXPECT_EQ(unread_words(c.written, article(), c.set_aside), c.unread) << c.name;
  }
}

TEST(UnreadWords, WhatTheApaFormWritesForFlagsIsHeld) {
  Reference online = article();
  online.volume.clear();
  online.issue.clear();
  online.page.clear();
  online.advance_online = true;
  EXPECT_EQ(unread_words("Gross, J. J., & John, O. P. Individual differences in two emotion "
                         "regulation processes. Journal of Personality and Social Psychology. "
                         "Advance online publication.",
                         online, ""),
            std::vector<std::string>{});
  Reference book;
  book.type = ReferenceType::book;
  book.authors = {{"Cohen", "J.", "", "", "", ""}};
  book.title = "Statistical power analysis";
  book.edition = "2";
  book.publisher = "Erlbaum";
  EXPECT_EQ(unread_words("Cohen, J. Statistical power analysis (2nd ed.). Erlbaum.", book, ""),
            std::vector<std::string>{});
}

TEST(UnreadWords, NumbersEndingHeldNumbersAreShortenedPages) {
  Reference r = article();
  r.page = "1124-1131";
  EXPECT_TRUE(unread_words("1124-31", r, "").empty());
  EXPECT_EQ(unread_words("1124-32", r, ""), std::vector<std::string>{"32"});
}

}  // namespace
}  // namespace mwp
