// Test support: a small, complete, valid site written to a temporary folder
// (the bundled site's config and theme, one category, one article, the two
// required pages), which tests then mutate.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace mwp::testing_support {

inline const char* kFixtureArticle = R"(---
title: "How we test: a fixture article"
description: A small complete article for tests.
date: 2025-01-15
reviewed: 2025-06-02
keywords: [testing]
---

## The evidence

Gross and John (2003) describe suppression.

## The mechanism

Habit forms.

## In practice

It shows.

## Myth vs. evidence

People misread it.

## Why it matters

Partners notice.

## Where it varies

People differ.

## Questions people ask about this

### Is this a test?

Yes, and Gross and John's research (2003) is cited again here.

## Research sources

1. Gross, J. J., & John, O. P. (2003). Individual differences in two emotion regulation processes: Implications for affect, relationships, and well-being. *Journal of Personality and Social Psychology*, *85*(2), 348–362. https://doi.org/10.1037/0022-3514.85.2.348
)";

class SiteFixture {
 public:
  explicit SiteFixture(const std::string& name) {
    root_ =
        std::filesystem::temp_directory_path() / ("mwp-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(root_);
    const std::filesystem::path source = std::string(MWP_SOURCE_DIR) + "/site";
    std::filesystem::create_directories(site() / "content/men-women/emotions");
    std::filesystem::copy_file(source / "site.yaml", site() / "site.yaml");
    std::filesystem::copy(source / "theme", site() / "theme",
                          std::filesystem::copy_options::recursive);
    write("content/_index.md", "Welcome.\n");
    write("content/research-methodology.md", "---\ntitle: Research methodology\n---\nHow.\n");
    write("content/editorial-team.md", "---\ntitle: Editorial team\n---\nWho.\n");
    write("content/men-women/_index.md", "---\ntitle: Men & Women\ndescription: All.\n---\n");
    write("content/men-women/emotions/_index.md",
          "---\ntitle: Emotions and Feelings\ndescription: Feelings.\n---\n");
    write(article_path(), kFixtureArticle);
  }
  ~SiteFixture() { std::filesystem::remove_all(root_); }
  SiteFixture(const SiteFixture&) = delete;
  SiteFixture& operator=(const SiteFixture&) = delete;

  std::filesystem::path root() const { return root_; }
  std::filesystem::path site() const { return root_ / "site"; }
  std::filesystem::path out() const { return root_ / "public"; }
  static std::string article_path() { return "content/men-women/emotions/fixture.md"; }

  void write(const std::string& relative, const std::string& text) const {
    const auto path = site() / relative;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
  }

  std::string read(const std::string& relative) const {
    std::ifstream in(site() / relative, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }

  // Replaces the first occurrence of `from` in a site file by `to`; returns
  // false when `from` is not there.
  bool replace(const std::string& relative, const std::string& from, const std::string& to) const {
    std::string text = read(relative);
    const auto at = text.find(from);
    if (at == std::string::npos) return false;
    text.replace(at, from.size(), to);
    write(relative, text);
    return true;
  }

 private:
  std::filesystem::path root_;
};

}  // namespace mwp::testing_support
