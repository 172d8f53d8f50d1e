#include "cite/source_entry_key.h"

#include <gtest/gtest.h>

namespace mwp {
namespace {

struct KeyCase {
  const char* entry;
  const char* key;  // nullptr: not a key entry
};

const KeyCase kKeyCases[] = {
    {"[@gross2003]", "gross2003"},
    {"@gross2003", "gross2003"},
    {"- [@hyde2005]", "hyde2005"},
    {"12. @levant_2009", "levant_2009"},
    {"3) [@a:b.c]  ", "a:b.c"},
    {"  *\t@x", "x"},
    {"[@gross2003; @hyde2005]", nullptr},
    {"[@gross2003, p. 4]", nullptr},
    {"See [@gross2003]", nullptr},
    {"@", nullptr},
    {"[@-bad]", nullptr},
    {"Gross, J. J. (2003). Title.", nullptr},
    {"", nullptr},
};

TEST(SourceEntryKey, Table) {
  for (const KeyCase& c : kKeyCases) {
    const std::optional<std::string> key = source_entry_key(c.entry);
    if (c.key == nullptr) {
      EXPECT_FALSE(key.has_value()) << c.entry;
    } else {
      ASSERT_TRUE(key.has_value()) << c.entry;
      EXPECT_EQ(*key, c.key) << c.entry;
    }
  }
}

}  // namespace
}  // namespace mwp
