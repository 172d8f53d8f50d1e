#include "progress_bar.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <thread>

namespace mwp::cli {
namespace {

// What the bar wrote to a temporary file.
std::string written(std::FILE* file) {
  std::fflush(file);
  std::rewind(file);
  std::string out;
  for (int c = std::fgetc(file); c != EOF; c = std::fgetc(file)) out += static_cast<char>(c);
  return out;
}

TEST(GroupThousands, Table) {
  const std::pair<size_t, const char*> cases[] = {
      {0, "0"}, {999, "999"}, {1000, "1,000"}, {10034, "10,034"}, {1234567, "1,234,567"}};
  for (const auto& [value, expected] : cases) EXPECT_EQ(group_thousands(value), expected);
}

TEST(ProgressBar, DrawsTheStageAndCountThenErasesItself) {
  std::FILE* file = std::tmpfile();
  ASSERT_NE(file, nullptr);
  {
    ProgressBar bar(file, std::chrono::milliseconds(0));
    bar.update("render", 5017, 10034);
    bar.finish();
  }
  const std::string out = written(file);
  EXPECT_NE(out.find("\rrender  [############------------]  5,017/10,034"), std::string::npos)
      << out;
  EXPECT_EQ(out.substr(out.size() - 4), "\r\x1b[K");
  std::fclose(file);
}

TEST(ProgressBar, StaysSilentForFastBuilds) {
  std::FILE* file = std::tmpfile();
  ASSERT_NE(file, nullptr);
  {
    ProgressBar bar(file, std::chrono::seconds(60));
    bar.update("load", 0, 0);
    bar.update("render", 10, 20);
  }
  EXPECT_EQ(written(file), "");
  std::fclose(file);
}

TEST(ProgressBar, RedrawsAtMostEveryTenthOfASecond) {
  std::FILE* file = std::tmpfile();
  ASSERT_NE(file, nullptr);
  std::string out;
  {
    ProgressBar bar(file, std::chrono::milliseconds(0));
    for (size_t i = 0; i < 1000; ++i) bar.update("render", i, 1000);
    std::this_thread::sleep_for(std::chrono::milliseconds(120));
    bar.update("index", 0, 0);
    out = written(file);
  }
  size_t draws = 0;
  for (size_t at = out.find('\r'); at != std::string::npos; at = out.find('\r', at + 1)) ++draws;
  EXPECT_EQ(draws, 2u) << out;
  EXPECT_NE(out.find("\rindex "), std::string::npos);
  std::fclose(file);
}

TEST(ProgressBar, NoBarWhenNotATerminalOrQuiet) {
  std::FILE* file = std::tmpfile();
  ASSERT_NE(file, nullptr);
  EXPECT_EQ(ProgressBar::for_terminal(file, false), nullptr);
  EXPECT_EQ(ProgressBar::for_terminal(stderr, true), nullptr);
  std::fclose(file);
}

}  // namespace
}  // namespace mwp::cli
