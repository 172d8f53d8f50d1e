#include "content/site_scaffold.h"

#include <fmt/format.h>
#include <unistd.h>

#include <fstream>

namespace mwp {
namespace fs = std::filesystem;
namespace {

std::string yaml_quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string substitute(std::string text, std::string_view token, const std::string& value) {
  for (size_t at = text.find(token); at != std::string::npos;
       at = text.find(token, at + value.size())) {
    text.replace(at, token.size(), value);
  }
  return text;
}

}  // namespace

bool create_site(const fs::path& dir, std::span<const ScaffoldFile> files, const std::string& title,
                 const std::string& base_url, bool force, Diagnostics& d) {
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_empty(dir, ec) && !force) {
    d.error(dir.string(), 0, 0, "site-exists",
            "the folder exists and is not empty (use --force to add the missing files)");
    return false;
  }
  for (const auto& file : files) {
    const fs::path path = dir / file.path;
    if (fs::exists(path, ec)) continue;
    std::string text(file.data);
    if (file.path == "site.yaml") {
      text = substitute(std::move(text), "@SITE_TITLE@", yaml_quoted(title));
      text = substitute(std::move(text), "@BASE_URL@", yaml_quoted(base_url));
      text =
          substitute(std::move(text), "@EDITORIAL_TEAM@", yaml_quoted(title + " editorial team"));
    }
    if (!write_file_atomically(path, text, false, d)) return false;
  }
  return true;
}

std::string article_skeleton(const ArticleTemplate& t, const std::string& title,
                             const Date& today) {
  std::string md = fmt::format(
      "---\ntitle: {}\ndescription: \"\"\ndate: {}\nreviewed: {}\nkeywords: []\n"
      "draft: true\n---\n",
      yaml_quoted(title), today.iso(), today.iso());
  for (const auto& section : t.sections) md += fmt::format("\n## {}\n\n", section.kicker);
  md += fmt::format("\n## {}\n\n", t.faq_heading);
  md += fmt::format("\n## {}\n\n", t.sources_heading);
  return md;
}

}  // namespace mwp
