#include "render/theme.h"

#include <fstream>
#include <sstream>

namespace mwp {
namespace {

namespace fs = std::filesystem;

std::optional<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return text.str();
}

// Reads every *.mustache file directly in `dir` into `into`, keyed by stem.
void read_templates(const fs::path& dir, PartialTexts& into, Diagnostics& diagnostics) {
  std::error_code error;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    if (!it->is_regular_file() || it->path().extension() != ".mustache") continue;
    auto text = read_file(it->path());
    if (!text) {
      diagnostics.error(it->path().string(), 0, 0, "theme-read-failed", "cannot read template");
      continue;
    }
    into[it->path().stem().string()] = std::move(*text);
  }
  if (error) {
    diagnostics.error(dir.string(), 0, 0, "theme-read-failed", "cannot list: " + error.message());
  }
}

}  // namespace

const std::vector<std::string>& required_templates() {
  static const std::vector<std::string> names = {"article", "category", "home",   "page",
                                                 "404",     "source",   "sources"};
  return names;
}

std::optional<std::string> Theme::render(std::string_view name, const nlohmann::json& context,
                                         Diagnostics& diagnostics) const {
  const auto found = templates.find(name);
  if (found == templates.end()) {
    const std::string path = (dir / "templates" / (std::string(name) + ".mustache")).string();
    diagnostics.error(path, 0, 0, "theme-template-missing",
                      "the theme has no template '" + std::string(name) + "'");
    return std::nullopt;
  }
  return found->second.render(context);
}

std::optional<Theme> parse_theme(const fs::path& dir, PartialTexts texts, PartialTexts partials,
                                 Diagnostics& diagnostics) {
  Theme theme;
  theme.dir = dir;
  bool ok = true;
  for (const auto& [name, text] : texts) {
    std::string problem;
    if (auto parsed = MustacheTemplate::parse(text, partials, problem)) {
      theme.templates.emplace(name, std::move(*parsed));
    } else {
      diagnostics.error((dir / "templates" / (name + ".mustache")).string(), 0, 0,
                        "theme-template-invalid", problem);
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  theme.template_texts = std::move(texts);
  theme.partial_texts = std::move(partials);
  return theme;
}

std::optional<Theme> load_theme(const fs::path& theme_dir, Diagnostics& diagnostics) {
  std::error_code error;
  if (!fs::is_directory(theme_dir / "templates", error)) {
    diagnostics.error(theme_dir.string(), 0, 0, "theme-not-found",
                      "no theme here: expected a templates/ folder");
    return std::nullopt;
  }
  const size_t errors_before = diagnostics.error_count();
  PartialTexts texts;
  read_templates(theme_dir / "templates", texts, diagnostics);
  PartialTexts partials;
  if (fs::is_directory(theme_dir / "templates" / "partials", error)) {
    read_templates(theme_dir / "templates" / "partials", partials, diagnostics);
  }
  for (const std::string& name : required_templates()) {
    if (texts.find(name) == texts.end()) {
      diagnostics.error((theme_dir / "templates" / (name + ".mustache")).string(), 0, 0,
                        "theme-template-missing", "the theme has no template '" + name + "'");
    }
  }
  std::optional<Theme> theme =
      parse_theme(theme_dir, std::move(texts), std::move(partials), diagnostics);
  if (!theme || diagnostics.error_count() > errors_before) return std::nullopt;
  if (fs::is_directory(theme_dir / "static", error)) theme->static_dir = theme_dir / "static";
  return theme;
}

}  // namespace mwp
