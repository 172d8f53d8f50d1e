#include "pipeline/pagefind.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <fstream>

#include "temp_dir.h"

namespace mwp {
namespace {

namespace fs = std::filesystem;

const fs::path kPagefind = fs::path(MWP_SOURCE_DIR) / "node_modules" / ".bin" / "pagefind";

// Sets MWP_PAGEFIND for the life of the object.
class PagefindOverride {
 public:
  explicit PagefindOverride(const std::string& value) {
    ::setenv("MWP_PAGEFIND", value.c_str(), 1);
  }
  ~PagefindOverride() { ::unsetenv("MWP_PAGEFIND"); }
};

void write_file(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

TEST(RunPagefind, IndexesMarkedArticleBodies) {
  // A missing peer fails, never skips: scripts/install-deps.sh --test installs it.
  ASSERT_TRUE(fs::exists(kPagefind))
      << kPagefind << ": run npm ci (scripts/install-deps.sh --test)";
  PagefindOverride pagefind(kPagefind.string());
  testing::TempDir dir;
  write_file(
      dir.path() / "a" / "index.html",
      "<!doctype html><html lang=\"en\"><head><title>Burnout</title></head><body>"
      "<nav>Site navigation</nav><article data-pagefind-body><h1>Burnout at work</h1>"
      "<p>Exhaustion and cynicism grow from a poor fit with a job.</p></article></body></html>");
  Diagnostics diagnostics;
  ASSERT_TRUE(run_pagefind(dir.path(), diagnostics))
      << (diagnostics.empty() ? "" : diagnostics.items()[0].message);
  EXPECT_TRUE(fs::exists(dir.path() / "pagefind" / "pagefind.js"));
  EXPECT_TRUE(fs::exists(dir.path() / "pagefind" / "pagefind-entry.json"));
  std::ifstream entry(dir.path() / "pagefind" / "pagefind-entry.json");
  const std::string text((std::istreambuf_iterator<char>(entry)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("\"page_count\":1"), std::string::npos) << text;
}

TEST(RunPagefind, MissingExecutableIsADiagnostic) {
  PagefindOverride pagefind("/nonexistent/pagefind");
  testing::TempDir dir;
  Diagnostics diagnostics;
  EXPECT_FALSE(run_pagefind(dir.path(), diagnostics));
  EXPECT_TRUE(diagnostics.contains("pagefind-missing"));
}

TEST(RunPagefind, FailureCarriesItsOutput) {
  testing::TempDir dir;
  write_file(dir.path() / "fake-pagefind", "#!/bin/sh\necho 'cannot read site' >&2\nexit 3\n");
  fs::permissions(dir.path() / "fake-pagefind", fs::perms::owner_all);
  PagefindOverride pagefind((dir.path() / "fake-pagefind").string());
  Diagnostics diagnostics;
  EXPECT_FALSE(run_pagefind(dir.path(), diagnostics));
  ASSERT_TRUE(diagnostics.contains("pagefind-failed"));
  EXPECT_NE(diagnostics.items()[0].message.find("status 3"), std::string::npos);
  EXPECT_NE(diagnostics.items()[0].message.find("cannot read site"), std::string::npos);
}

}  // namespace
}  // namespace mwp
