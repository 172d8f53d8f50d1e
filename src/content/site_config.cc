#include "content/site_config.h"

#include <fmt/format.h>

#include <set>

#include "content/front_matter.h"
#include "content/section_matcher.h"
#include "content/source_file.h"

namespace mwp {
namespace fs = std::filesystem;
namespace {

const std::set<std::string> kSiteKeys = {
    "title",          "description",      "base_url",         "language",
    "editorial_team", "editorial_page",   "methodology_page", "theme",
    "markdown",       "related_articles", "article_template"};

std::string with_trailing_slash(std::string path) {
  if (path.empty() || path.back() != '/') path += '/';
  return path;
}

std::optional<ArticleTemplate> parse_template(const FrontMatter& config, Diagnostics& d) {
  const size_t errors_before = d.error_count();
  const auto node = config.mapping("article_template", d);
  if (!node) {
    d.error(config.display_path(), config.line_of("article_template"), 1, "missing-field",
            "site config has no 'article_template'");
    return std::nullopt;
  }
  ArticleTemplate t;
  for (auto& item : node->mapping_list("sections", d)) {
    SectionTemplate s;
    s.id = item.string("id", true, d).value_or("");
    s.kicker = item.string("kicker", true, d).value_or("");
    s.heading = item.string("heading", true, d).value_or("");
    s.required = item.boolean("required", d).value_or(true);
    t.sections.push_back(std::move(s));
  }
  if (t.sections.empty()) {
    d.error(config.display_path(), config.line_of("article_template"), 1, "template-error",
            "article_template has no sections");
  }
  if (auto faq = node->mapping("faq", d)) {
    t.faq_heading = faq->string("heading", true, d).value_or("");
    t.faq_required = faq->boolean("required", d).value_or(true);
  } else {
    d.error(config.display_path(), config.line_of("article_template"), 1, "missing-field",
            "article_template has no 'faq'");
  }
  if (auto sources = node->mapping("sources", d)) {
    t.sources_heading = sources->string("heading", true, d).value_or("");
    t.sources_required = sources->boolean("required", d).value_or(true);
    t.sources_note = sources->string("note", false, d).value_or("");
  } else {
    d.error(config.display_path(), config.line_of("article_template"), 1, "missing-field",
            "article_template has no 'sources'");
  }
  return d.error_count() == errors_before ? std::optional(t) : std::nullopt;
}

// Every heading an author may write must name exactly one place in the template.
void check_template_unambiguous(const ArticleTemplate& t, const std::string& path, int line,
                                Diagnostics& d) {
  std::set<std::string> ids;
  std::set<std::string> texts;
  auto claim = [&](const std::string& text) {
    if (!texts.insert(normalise_heading(text)).second) {
      d.error(path, line, 1, "template-error",
              fmt::format("'{}' names two places in the article template", text));
    }
  };
  for (const auto& s : t.sections) {
    if (!ids.insert(s.id).second) {
      d.error(path, line, 1, "template-error", fmt::format("section id '{}' is used twice", s.id));
    }
    claim(s.kicker);
    claim(s.heading);
  }
  claim(t.faq_heading);
  claim(t.sources_heading);
}

}  // namespace

std::optional<SiteConfig> parse_site_config(std::string_view yaml, const std::string& display_path,
                                            const fs::path& site_dir, Diagnostics& d) {
  SplitDocument whole;
  whole.yaml = yaml;
  whole.yaml_line = 1;
  auto config = FrontMatter::parse(whole, display_path, d);
  if (!config) return std::nullopt;
  const size_t errors_before = d.error_count();
  config->warn_unknown_keys(kSiteKeys, d);

  SiteConfig site;
  site.root = site_dir;
  site.title = config->string("title", true, d).value_or("");
  site.description = config->string("description", false, d).value_or("");
  site.base_url = with_trailing_slash(config->string("base_url", true, d).value_or(""));
  if (!site.base_url.starts_with("http://") && !site.base_url.starts_with("https://")) {
    d.error(display_path, config->line_of("base_url"), 1, "field-type",
            "'base_url' must be an absolute http(s) URL");
  }
  site.language = config->string("language", false, d).value_or("en");
  site.editorial_team = config->string("editorial_team", true, d).value_or("");
  site.editorial_page =
      with_trailing_slash(config->string("editorial_page", false, d).value_or("/editorial-team/"));
  site.methodology_page = with_trailing_slash(
      config->string("methodology_page", false, d).value_or("/research-methodology/"));
  site.theme_dir = site_dir / config->string("theme", false, d).value_or("theme");
  site.related_articles = config->integer("related_articles", d).value_or(3);
  if (auto markdown = config->mapping("markdown", d)) {
    site.raw_html = markdown->boolean("raw_html", d).value_or(false);
  }
  if (auto t = parse_template(*config, d)) {
    check_template_unambiguous(*t, display_path, config->line_of("article_template"), d);
    site.article_template = std::move(*t);
  }
  if (d.error_count() != errors_before) return std::nullopt;
  return site;
}

std::optional<SiteConfig> load_site_config(const fs::path& site_dir, Diagnostics& d) {
  for (const char* name : {"site.yaml", "site.yml"}) {
    const fs::path path = site_dir / name;
    if (!fs::exists(path)) continue;
    const std::string display = path.lexically_normal().string();
    auto text = read_source_file(path, display, d);
    if (!text) return std::nullopt;
    return parse_site_config(*text, display, site_dir, d);
  }
  d.error((site_dir / "site.yaml").lexically_normal().string(), 0, 0, "config-missing",
          "no site.yaml in the site folder (create one with `mwp init`)");
  return std::nullopt;
}

}  // namespace mwp
