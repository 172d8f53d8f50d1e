#include "search/snippet_store.h"

#include <gtest/gtest.h>

#include <fstream>

namespace mwp {
namespace {

namespace fs = std::filesystem;

class SnippetStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) / "mwp_snippet_store_test";
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(SnippetStoreTest, ReadsBackEveryTextAcrossReopens) {
  std::string first;
  std::string second;
  {
    SnippetWriter writer(dir_);
    first = writer.append("Gross and John (2003) found that suppression costs.");
    second = writer.append("");
  }
  SnippetWriter again(dir_);  // appends to the same generation
  const std::string third = again.append("Caf\xC3\xA9 talk.\nTwo lines.");
  EXPECT_EQ(read_snippet(dir_, first), "Gross and John (2003) found that suppression costs.");
  EXPECT_EQ(read_snippet(dir_, second), "");
  EXPECT_EQ(read_snippet(dir_, third), "Caf\xC3\xA9 talk.\nTwo lines.");
  EXPECT_EQ(first.substr(0, 16), third.substr(0, 16));
}

TEST_F(SnippetStoreTest, ReadsNothingFromAnotherGenerationOrBadLocation) {
  std::string location;
  {
    SnippetWriter writer(dir_);
    location = writer.append("old build's text");
  }
  fs::remove(dir_ / kSnippetFile);
  SnippetWriter rebuilt(dir_);
  rebuilt.append("the new build's text, at the same offset");
  EXPECT_EQ(read_snippet(dir_, location), "");

  const std::string good = rebuilt.append("kept");
  const std::string generation = good.substr(0, 16);
  const struct {
    const char* name;
    std::string location;
  } bad[] = {
      {"empty", ""},
      {"no sizes", generation},
      {"short generation", "abc 40 4"},
      {"not a number", generation + " x 4"},
      {"inside the header", generation + " 3 4"},
      {"past the end", generation + " 40 100000"},
      {"trailing junk", generation + " 40 4 5"},
  };
  for (const auto& c : bad) EXPECT_EQ(read_snippet(dir_, c.location), "") << c.name;
  EXPECT_EQ(read_snippet(dir_, good), "kept");
  EXPECT_EQ(read_snippet(dir_ / "missing", good), "");
}

TEST_F(SnippetStoreTest, StartsAfreshOverAFileNotItsOwn) {
  std::ofstream(dir_ / kSnippetFile) << "something else entirely, longer than a header";
  SnippetWriter writer(dir_);
  const std::string location = writer.append("text");
  EXPECT_EQ(read_snippet(dir_, location), "text");
}

}  // namespace
}  // namespace mwp
