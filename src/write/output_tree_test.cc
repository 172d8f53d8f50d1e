#include "write/output_tree.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

namespace mwp {
namespace {
namespace fs = std::filesystem;

std::string read(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class OutputTreeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("mwp-output-test-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_);
    target_ = root_ / "public";
  }
  void TearDown() override { fs::remove_all(root_); }
  fs::path root_;
  fs::path target_;
};

TEST_F(OutputTreeTest, CommitCreatesTarget) {
  Diagnostics d;
  OutputTree out(target_);
  ASSERT_TRUE(out.open(d));
  ASSERT_TRUE(out.write("a/b/index.html", "hello"));
  ASSERT_TRUE(out.commit(d));
  EXPECT_EQ(read(target_ / "a/b/index.html"), "hello");
  EXPECT_FALSE(fs::exists(out.staging()));
}

TEST_F(OutputTreeTest, CommitReplacesOldTreeWhole) {
  fs::create_directories(target_);
  std::ofstream(target_ / "stale.html") << "old";
  Diagnostics d;
  OutputTree out(target_);
  ASSERT_TRUE(out.open(d));
  ASSERT_TRUE(out.write("index.html", "new"));
  ASSERT_TRUE(out.commit(d));
  EXPECT_EQ(read(target_ / "index.html"), "new");
  EXPECT_FALSE(fs::exists(target_ / "stale.html"));
  EXPECT_FALSE(fs::exists(out.staging()));
}

TEST_F(OutputTreeTest, AbandonedBuildLeavesTargetUntouched) {
  fs::create_directories(target_);
  std::ofstream(target_ / "index.html") << "old";
  fs::path staging;
  {
    Diagnostics d;
    OutputTree out(target_);
    ASSERT_TRUE(out.open(d));
    staging = out.staging();
    ASSERT_TRUE(out.write("index.html", "half-built"));
  }
  EXPECT_EQ(read(target_ / "index.html"), "old");
  EXPECT_FALSE(fs::exists(staging));
}

TEST_F(OutputTreeTest, RefusesPathsOutsideAndReportsAtCommit) {
  Diagnostics d;
  OutputTree out(target_);
  ASSERT_TRUE(out.open(d));
  EXPECT_FALSE(out.write("../escape.html", "x"));
  EXPECT_FALSE(out.write("/etc/passwd", "x"));
  EXPECT_FALSE(out.commit(d));
  EXPECT_TRUE(d.contains("output-error"));
  EXPECT_FALSE(fs::exists(target_));
  EXPECT_FALSE(fs::exists(root_ / "escape.html"));
}

}  // namespace
}  // namespace mwp
