#include "gold_set.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace mwp::evidence {
namespace fs = std::filesystem;
namespace {

// The gold keys that hold reference fields (README: "Reference strings").
constexpr const char* kFieldKeys[] = {
    "type",
    "authors",
    "authors_truncated",
    "editors",
    "translators",
    "year",
    "year_suffix",
    "month",
    "day",
    "end_month",
    "original_year",
    "title",
    "container",
    "volume",
    "issue",
    "page",
    "article_number",
    "edition",
    "number",
    "genre",
    "publisher",
    "archive",
    "event",
    "event_place",
    "doi",
    "url",
    "retrieved",
};

std::string scalar_text(const YAML::Node& node) {
  if (node.IsSequence()) {
    std::string joined;
    for (const YAML::Node& item : node)
      joined += (joined.empty() ? "" : "; ") + item.as<std::string>();
    return joined;
  }
  return node.as<std::string>();
}

std::vector<fs::path> files_ending(const fs::path& dir, std::string_view suffix) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && name.ends_with(suffix)) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

GoldReference read_reference(const YAML::Node& node, const std::string& file, int index) {
  GoldReference gold;
  gold.file = file;
  gold.index = index;
  gold.text = node["text"].as<std::string>();
  for (const char* key : kFieldKeys) {
    const YAML::Node value = node[key];
    if (!value || value.IsNull()) continue;
    const std::string text = scalar_text(value);
    if (!text.empty()) gold.fields[key] = text;
  }
  if (const YAML::Node authors = node["authors"];
      authors && authors.IsSequence() && authors.size() == 0) {
    gold.fields["authors"] = "";  // a work with no author: the title stands first
  }
  if (node["type_accepts"]) {
    for (const YAML::Node& type : node["type_accepts"])
      gold.type_accepts.push_back(type.as<std::string>());
  }
  if (node["well_formed"]) gold.well_formed = node["well_formed"].as<bool>();
  if (node["style"]) gold.style = node["style"].as<std::string>();
  if (node["warnings"]) {
    for (const YAML::Node& code : node["warnings"]) gold.warnings.push_back(code.as<std::string>());
  }
  if (node["error"]) gold.error = node["error"].as<std::string>();
  return gold;
}

GoldArticle read_article(const fs::path& gold_file, const YAML::Node& root) {
  GoldArticle article;
  std::string name = gold_file.filename().string();
  name = name.substr(0, name.size() - std::string(".gold.yaml").size());
  article.name = name;
  article.markdown = gold_file.parent_path() / (name + ".md");
  for (const YAML::Node& node : root["citations"]) {
    GoldCitation citation;
    citation.line = node["line"].as<int>();
    if (node["text"]) citation.text = node["text"].as<std::string>();
    if (node["reference"] && !node["reference"].IsNull())
      citation.reference = node["reference"].as<int>();
    if (node["diagnostic"]) citation.diagnostic = node["diagnostic"].as<std::string>();
    article.citations.push_back(std::move(citation));
  }
  if (root["diagnostics"]) {
    for (const YAML::Node& node : root["diagnostics"]) {
      article.diagnostics.push_back({node["line"].as<int>(), node["code"].as<std::string>()});
    }
  }
  return article;
}

}  // namespace

GoldSet load_gold_set(const fs::path& dir, std::vector<std::string>& errors) {
  GoldSet set;
  for (const fs::path& file : files_ending(dir / "references", ".yaml")) {
    try {
      const YAML::Node root = YAML::LoadFile(file.string());
      int index = 0;
      for (const YAML::Node& node : root) {
        set.references.push_back(read_reference(node, file.filename().string(), ++index));
      }
    } catch (const YAML::Exception& e) {
      errors.push_back(file.string() + ": " + e.what());
    }
  }
  for (const fs::path& file : files_ending(dir / "articles", ".gold.yaml")) {
    try {
      GoldArticle article = read_article(file, YAML::LoadFile(file.string()));
      if (!fs::exists(article.markdown)) {
        errors.push_back(file.string() + ": no " + article.markdown.filename().string());
        continue;
      }
      set.articles.push_back(std::move(article));
    } catch (const YAML::Exception& e) {
      errors.push_back(file.string() + ": " + e.what());
    }
  }
  return set;
}

}  // namespace mwp::evidence
