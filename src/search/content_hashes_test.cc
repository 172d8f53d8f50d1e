#include "search/content_hashes.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace mwp {
namespace {

namespace fs = std::filesystem;

class ContentHashesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = fs::temp_directory_path() / ("mwp-hashes-" + std::to_string(::getpid()) + ".tsv");
  }
  void TearDown() override { fs::remove(path_); }
  void write(const std::string& text) { std::ofstream(path_, std::ios::binary) << text; }
  fs::path path_;
};

TEST_F(ContentHashesTest, WritesOneLinePerDocument) {
  EXPECT_EQ(content_hash_lines({"article:/a/", "faq:/a/#1"}, {0xabcULL, 0xffffffffffffffffULL}),
            "article:/a/\t0000000000000abc\nfaq:/a/#1\tffffffffffffffff\n");
}

TEST_F(ContentHashesTest, LaterLinesWinAndADashForgets) {
  write(content_hash_lines({"article:/a/", "faq:/a/#1", "faq:/a/#2"}, {1, 2, 3}));
  Diagnostics diagnostics;
  ASSERT_TRUE(append_content_hashes(
      path_, {{"faq:/a/#2", "-"}, {"article:/a/", "-"}, {"article:/a/", content_hash_text(9)}},
      diagnostics));
  const auto hashes = read_content_hashes(path_);
  ASSERT_TRUE(hashes.has_value());
  const std::map<std::string, std::string> expected = {{"article:/a/", content_hash_text(9)},
                                                       {"faq:/a/#1", content_hash_text(2)}};
  EXPECT_EQ(*hashes, expected);
}

TEST_F(ContentHashesTest, MalformedOrMissingFilesAreNotReused) {
  const std::pair<const char*, bool> cases[] = {
      {"article:/a/\t0000000000000001\n", true},
      {"", true},
      {"article:/a/ 0000000000000001\n", false},  // no tab
      {"article:/a/\t01\n", false},               // short hash
      {"\t0000000000000001\n", false},            // no id
  };
  for (const auto& [text, valid] : cases) {
    write(text);
    EXPECT_EQ(read_content_hashes(path_).has_value(), valid) << text;
  }
  fs::remove(path_);
  EXPECT_FALSE(read_content_hashes(path_).has_value());
}

}  // namespace
}  // namespace mwp
