#include "content/page_parser.h"

#include <fmt/format.h>

#include "content/article_parser.h"
#include "content/front_matter.h"

namespace mwp {
namespace {

struct ParsedDocument {
  std::optional<FrontMatter> front_matter;
  MarkdownBlock body;
};

std::optional<ParsedDocument> parse_document(std::string_view text, const std::string& path,
                                             Diagnostics& d) {
  const auto split = split_front_matter(text, path, d);
  if (!split) return std::nullopt;
  ParsedDocument doc;
  doc.body = {std::string(split->body), split->body_line};
  if (split->yaml_line == 0) {
    d.error(path, 1, 1, "missing-front-matter", "this file needs YAML front matter with a title");
    return std::nullopt;
  }
  doc.front_matter = FrontMatter::parse(*split, path, d);
  if (!doc.front_matter) return std::nullopt;
  return doc;
}

}  // namespace

std::optional<Page> parse_page(std::string_view text, const std::string& display_path,
                               const std::string& file_stem, Diagnostics& d) {
  auto doc = parse_document(text, display_path, d);
  if (!doc) return std::nullopt;
  auto& fm = *doc->front_matter;
  fm.warn_unknown_keys({"title", "description", "lastmod", "slug", "aliases", "draft"}, d);
  Page page;
  page.display_path = display_path;
  page.title = fm.string("title", true, d).value_or("");
  page.description = fm.string("description", false, d).value_or("");
  page.modified = fm.date("lastmod", false, d).value_or(Date{});
  page.draft = fm.boolean("draft", d).value_or(false);
  page.aliases = fm.string_list("aliases", d);
  page.slug = fm.string("slug", false, d).value_or(file_stem);
  if (!is_valid_slug(page.slug)) {
    d.error(
        display_path, fm.line_of("slug"), 1, "invalid-slug",
        fmt::format("slug '{}' may hold only lower-case letters, digits and hyphens", page.slug));
  }
  page.url = "/" + page.slug + "/";
  page.body = std::move(doc->body);
  return page;
}

std::optional<Category> parse_category_index(std::string_view text, const std::string& display_path,
                                             Diagnostics& d) {
  auto doc = parse_document(text, display_path, d);
  if (!doc) return std::nullopt;
  auto& fm = *doc->front_matter;
  fm.warn_unknown_keys({"title", "description", "weight"}, d);
  Category category;
  category.display_path = display_path;
  category.name = fm.string("title", true, d).value_or("");
  category.description = fm.string("description", false, d).value_or("");
  category.weight = fm.integer("weight", d).value_or(0);
  category.intro = std::move(doc->body);
  return category;
}

std::optional<MarkdownBlock> parse_home_index(std::string_view text,
                                              const std::string& display_path, Diagnostics& d) {
  const auto split = split_front_matter(text, display_path, d);
  if (!split) return std::nullopt;
  if (split->yaml_line > 0) {
    auto fm = FrontMatter::parse(*split, display_path, d);
    if (!fm) return std::nullopt;
    fm->warn_unknown_keys({"title", "description"}, d);
  }
  return MarkdownBlock{std::string(split->body), split->body_line};
}

}  // namespace mwp
