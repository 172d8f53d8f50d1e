// Shared fixtures of the importer's unit tests: the seeds (read at run time,
// never copied), the bundled site's config and a small category tree.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "content/site_config.h"
#include "diag/diagnostic.h"
#include "model/site.h"
#include "shared_folder.h"

namespace mwp::testing {

inline const char* const kSpacedSeed = "emotional-numbness.txt";
inline const char* const kCompactSeed = "why-men-struggle-to-open-up.txt";

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline std::string read_seed(const std::string& name) {
  return testing::read_shared_file("seeds/" + name);
}

inline SiteConfig bundled_config() {
  Diagnostics d;
  auto config = load_site_config(std::string(MWP_SOURCE_DIR) + "/site", d);
  EXPECT_TRUE(config.has_value());
  return config.value_or(SiteConfig{});
}

// Men & Women > {Emotions and Feelings, Communication}.
inline std::vector<Category> sample_categories() {
  std::vector<Category> c(3);
  c[0].slug = "men-women", c[0].path = "men-women", c[0].url = "/men-women/",
  c[0].name = "Men & Women";
  c[0].children = {1, 2};
  c[1].slug = "emotions-and-feelings", c[1].path = "men-women/emotions-and-feelings";
  c[1].url = "/men-women/emotions-and-feelings/", c[1].name = "Emotions and Feelings",
  c[1].parent = 0;
  c[2].slug = "communication", c[2].path = "men-women/communication";
  c[2].url = "/men-women/communication/", c[2].name = "Communication", c[2].parent = 0;
  return c;
}

inline std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
  return s;
}

inline std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> lines;
  std::stringstream in(s);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

inline std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

// 1-based number of the first line equal to `line`, or 0.
inline int line_of(const std::string& text, std::string_view line) {
  const auto lines = split_lines(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i] == line) return static_cast<int>(i) + 1;
  }
  return 0;
}

// The seed as export writes it back: "\n" line ends, ending with one newline.
inline std::string with_final_newline(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text + "\n";
}

inline std::string codes(const Diagnostics& d) {
  std::string out;
  for (const auto& item : d.items()) out += format_text(item) + "\n";
  return out;
}

}  // namespace mwp::testing
