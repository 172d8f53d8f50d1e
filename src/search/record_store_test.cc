#include "search/record_store.h"

#include <gtest/gtest.h>

#include <fstream>

namespace mwp {
namespace {

namespace fs = std::filesystem;

class RecordStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) / "mwp_record_store_test";
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(RecordStoreTest, ReadsBackEveryTextAcrossReopens) {
  std::string first;
  std::string second;
  {
    RecordWriter writer(dir_);
    first = writer.append("Gross and John (2003) found that suppression costs.");
    second = writer.append("");
  }
  RecordWriter again(dir_);  // appends to the same generation
  const std::string third = again.append("Caf\xC3\xA9 talk.\nTwo lines.");
  again.flush();
  EXPECT_EQ(read_record(dir_, first), "Gross and John (2003) found that suppression costs.");
  EXPECT_EQ(read_record(dir_, second), "");
  EXPECT_EQ(read_record(dir_, third), "Caf\xC3\xA9 talk.\nTwo lines.");
  EXPECT_EQ(first.substr(0, 16), third.substr(0, 16));
}

TEST_F(RecordStoreTest, ReadsNothingFromAnotherGenerationOrBadLocation) {
  std::string location;
  {
    RecordWriter writer(dir_);
    location = writer.append("old build's text");
  }
  fs::remove(dir_ / kRecordFile);
  RecordWriter rebuilt(dir_);
  rebuilt.append("the new build's text, at the same offset");
  EXPECT_EQ(read_record(dir_, location), "");

  const std::string good = rebuilt.append("kept");
  rebuilt.flush();
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
  for (const auto& c : bad) EXPECT_EQ(read_record(dir_, c.location), "") << c.name;
  EXPECT_EQ(read_record(dir_, good), "kept");
  EXPECT_EQ(read_record(dir_ / "missing", good), "");
}

TEST_F(RecordStoreTest, StartsAfreshOverAFileNotItsOwn) {
  std::ofstream(dir_ / kRecordFile) << "something else entirely, longer than a header";
  RecordWriter writer(dir_);
  const std::string location = writer.append("text");
  writer.flush();
  EXPECT_EQ(read_record(dir_, location), "text");
}

TEST_F(RecordStoreTest, BuffersUntilFlushed) {
  RecordWriter writer(dir_);
  const std::string location = writer.append("not yet written");
  EXPECT_EQ(read_record(dir_, location), "");
  writer.flush();
  EXPECT_EQ(read_record(dir_, location), "not yet written");
  const std::string big(3 << 20, 'x');  // over the buffer: written at once
  const std::string big_location = writer.append(big);
  EXPECT_EQ(read_record(dir_, big_location), big);
}

}  // namespace
}  // namespace mwp
