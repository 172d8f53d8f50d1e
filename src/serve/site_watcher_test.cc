#include "serve/site_watcher.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <future>

#include "serve/serve_test_tree.h"

namespace mwp::serve {
namespace {

constexpr auto kQuiet = std::chrono::milliseconds(100);

bool contains(const std::vector<std::string>& changed, const std::string& path) {
  return std::find(changed.begin(), changed.end(), path) != changed.end();
}

TEST(SiteWatcherTest, ReportsEditsInNewFoldersAndDeletions) {
  TestTree site;
  site.write("content/men-women/_index.md", "---\ntitle: x\n---\n");
  site.write("site.yaml", "title: x\n");
  SiteWatcher watcher(site.root(), {site.root() / "public"});
  std::string error;
  ASSERT_TRUE(watcher.start(error)) << error;

  site.write("content/men-women/a.md", "first");
  std::vector<std::string> changed = watcher.wait_for_changes(kQuiet);
  EXPECT_TRUE(contains(changed, "content/men-women/a.md"));

  // A folder created after start is watched too, and so is what lands in it.
  std::filesystem::create_directories(site.root() / "content/new-category");
  changed = watcher.wait_for_changes(kQuiet);
  EXPECT_TRUE(contains(changed, "content/new-category"));
  site.write("content/new-category/b.md", "second");
  changed = watcher.wait_for_changes(kQuiet);
  EXPECT_TRUE(contains(changed, "content/new-category/b.md"));

  std::filesystem::rename(site.root() / "content/men-women/a.md",
                          site.root() / "content/men-women/c.md");
  changed = watcher.wait_for_changes(kQuiet);
  EXPECT_TRUE(contains(changed, "content/men-women/a.md"));
  EXPECT_TRUE(contains(changed, "content/men-women/c.md"));

  std::filesystem::remove(site.root() / "content/men-women/c.md");
  changed = watcher.wait_for_changes(kQuiet);
  EXPECT_TRUE(contains(changed, "content/men-women/c.md"));
}

TEST(SiteWatcherTest, IgnoresTheOutputTreeAndEditorScratchFiles) {
  TestTree site;
  site.write("content/a.md", "a");
  site.write("public/index.html", "old");
  SiteWatcher watcher(site.root(), {site.root() / "public"});
  std::string error;
  ASSERT_TRUE(watcher.start(error)) << error;
  site.write("public/index.html", "new");
  site.write("public.staging-1/index.html", "new");
  site.write("content/.a.md.swp", "vim");
  site.write("content/a.md~", "backup");
  site.write("content/a.md", "edited");  // the one real change
  std::vector<std::string> changed = watcher.wait_for_changes(kQuiet);
  EXPECT_EQ(changed, std::vector<std::string>{"content/a.md"});
}

TEST(SiteWatcherTest, StopWakesAWaiter) {
  TestTree site;
  SiteWatcher watcher(site.root(), {});
  std::string error;
  ASSERT_TRUE(watcher.start(error)) << error;
  auto waiting = std::async(std::launch::async, [&] { return watcher.wait_for_changes(kQuiet); });
  watcher.stop();
  EXPECT_TRUE(waiting.get().empty());
}

TEST(SiteWatcherTest, FailsClearlyForAMissingFolder) {
  SiteWatcher watcher("/nonexistent/mwp-site", {});
  std::string error;
  EXPECT_FALSE(watcher.start(error));
  EXPECT_NE(error.find("/nonexistent/mwp-site"), std::string::npos);
}

TEST(EditorScratchFileTest, KnowsCommonEditors) {
  const struct {
    const char* name;
    bool scratch;
  } kCases[] = {
      {".a.md.swp", true},              // vim's swap file
      {".a.md.swo", true},              // vim's second swap file
      {".a.md.swx", true},              // vim, checking that it may write
      {"4913", true},                   // vim, checking that it may create files
      {"5036", true},                   // the same, when 4913 exists
      {"a.md~", true},                  // vim's and emacs's backups
      {".#a.md", true},                 // emacs's lock link
      {"#a.md#", true},                 // emacs's auto-save
      {".goutputstream-X1Y2Z3", true},  // gedit's save
      {"a.md___jb_tmp___", true},       // JetBrains' safe write
      {"a.md___jb_old___", true},
      {"a.md.kate-swp", true},  // Kate's swap file
      {"sedAb12Cd", true},      // sed -i
      {"a.md.tmp", true},
      {".DS_Store", true},
      {"a.md", false},
      {"site.yaml", false},
      {"theme.css", false},
      {"4913.md", false},
      {"sedative.md", false},
      {"#notes.md", false},
      {"a.swp.md", false},
  };
  for (const auto& c : kCases) EXPECT_EQ(is_editor_scratch_file(c.name), c.scratch) << c.name;
}

}  // namespace
}  // namespace mwp::serve
