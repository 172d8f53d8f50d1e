#include "importer/article_import.h"

#include <fmt/format.h>

#include <fstream>
#include <system_error>

#include "checks/article_checks.h"
#include "content/article_parser.h"
#include "content/site_scaffold.h"
#include "content/source_file.h"
#include "importer/category_lookup.h"
#include "importer/markdown_writer.h"
#include "importer/plain_text_lines.h"
#include "importer/plain_text_parser.h"
#include "text/markdown_text.h"
#include "text/slug.h"
#include "text/trim.h"
#include "text/utf8.h"

namespace mwp {
namespace fs = std::filesystem;
namespace {

std::optional<size_t> resolve_category(const PlainTextArticle& parsed, const Site& site,
                                       const ImportOptions& options, Diagnostics& d) {
  const std::string& path = parsed.article.display_path;
  if (parsed.category) return parsed.category;
  const auto given =
      options.category.empty() ? std::nullopt : find_category(options.category, site.categories);
  if (!parsed.breadcrumb.empty()) {
    if (given) {
      d.warning(path, parsed.breadcrumb_line, 1, "unknown-category",
                fmt::format("the breadcrumb '{}' names no category of this site; using --category "
                            "'{}'",
                            parsed.breadcrumb, options.category));
      return given;
    }
    const std::string near = nearest_category(parsed.breadcrumb, site.categories);
    d.add({Severity::error, path, parsed.breadcrumb_line, 1, "unknown-category",
           fmt::format("the breadcrumb '{}' names no category of this site", parsed.breadcrumb),
           near.empty() ? "pass --category with a category path"
                        : fmt::format("did you mean {}? Or pass --category", near)});
    return std::nullopt;
  }
  if (given) return given;
  if (options.category.empty()) {
    d.error(path, 0, 0, "missing-category",
            "the file has no breadcrumb line; pass --category with a category path");
  } else {
    const std::string near = nearest_category(options.category, site.categories);
    d.add({Severity::error, path, 0, 0, "unknown-category",
           fmt::format("--category '{}' names no category of this site", options.category),
           near.empty() ? "" : fmt::format("did you mean {}?", near)});
  }
  return std::nullopt;
}

std::string plain_of(std::string_view markdown) {
  return straighten_quotes(markdown_to_text(markdown));
}

bool same_article(const Article& a, const Article& b, const SiteConfig& config) {
  const auto effective = [&](const Article& x) {
    return x.reviewed_by.empty() ? config.editorial_team : x.reviewed_by;
  };
  if (a.title != b.title || a.description != b.description || effective(a) != effective(b) ||
      a.published != b.published || a.reviewed != b.reviewed ||
      a.sections.size() != b.sections.size() || a.faq.size() != b.faq.size() ||
      a.sources.size() != b.sources.size()) {
    return false;
  }
  const ArticleText x_text = ArticleText::held(a);
  const ArticleText y_text = ArticleText::held(b);
  for (size_t i = 0; i < a.sections.size(); ++i) {
    const auto &x = a.sections[i], &y = b.sections[i];
    if (x.id != y.id || x.heading != y.heading ||
        trim(x_text.section(i), " \n") != trim(y_text.section(i), " \n")) {
      return false;
    }
  }
  for (size_t i = 0; i < a.faq.size(); ++i) {
    if (trim(a.faq[i].question, " \n") != trim(b.faq[i].question, " \n") ||
        trim(x_text.faq_answer(i), " \n") != trim(y_text.faq_answer(i), " \n")) {
      return false;
    }
  }
  const auto same_entries = [](const std::vector<SourceEntry>& x,
                               const std::vector<SourceEntry>& y) {
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size(); ++i) {
      if (trim(x[i].text, " \n") != trim(y[i].text, " \n")) return false;
    }
    return true;
  };
  return same_entries(a.sources, b.sources) && same_entries(a.sources_before, b.sources_before) &&
         same_entries(a.sources_after, b.sources_after);
}

// Parses the Markdown back and reports import-mismatch unless it reads as `article`.
bool verify_round_trip(const ImportedArticle& imported, const SiteConfig& config,
                       const std::string& path, Diagnostics& d) {
  Diagnostics reread;
  const auto back = parse_article(imported.markdown, imported.relative_path, config, reread);
  if (back) check_article_structure(ArticleText::held(*back), config.article_template, reread);
  if (back && !reread.has_errors() && same_article(imported.article, *back, config)) return true;
  std::string first = "it does not read back as the same article";
  for (const auto& item : reread.items()) {
    if (item.severity == Severity::error) {
      first = format_text(item);
      break;
    }
  }
  d.error(path, 0, 0, "import-mismatch",
          fmt::format("the Markdown written for this file fails to read back ({}); nothing "
                      "was written",
                      first));
  return false;
}

}  // namespace

std::string first_sentence(std::string_view paragraph, size_t limit) {
  size_t end = paragraph.size();
  for (size_t i = 1; i + 1 < paragraph.size(); ++i) {
    const char c = paragraph[i];
    if ((c != '.' && c != '?' && c != '!') || paragraph[i + 1] != ' ') continue;
    const size_t word = paragraph.rfind(' ', i);
    const size_t word_length = i - (word == std::string_view::npos ? 0 : word + 1);
    if (c == '.' && word_length <= 2) continue;  // an initial or "vs."-like abbreviation
    if (i >= 40) {
      end = i + 1;
      break;
    }
  }
  std::string_view sentence = paragraph.substr(0, end);
  if (count_code_points(sentence) <= limit) return std::string(sentence);
  size_t cut = sentence.size();
  while (cut > 0 && count_code_points(sentence.substr(0, cut)) > limit - 1) {
    cut = sentence.rfind(' ', cut - 1);
    if (cut == std::string_view::npos) cut = 0;
  }
  std::string shortened(sentence.substr(0, cut));
  while (!shortened.empty() && (shortened.back() == ',' || shortened.back() == ' ')) {
    shortened.pop_back();
  }
  return shortened + "\u2026";
}

std::optional<ImportedArticle> convert_plain_text(std::string bytes, const std::string& path,
                                                  std::string_view file_stem, const Site& site,
                                                  const ImportOptions& options, Diagnostics& d) {
  const auto text = decode_import_text(std::move(bytes), path, d);
  if (!text) return std::nullopt;
  auto parsed =
      parse_plain_text_article(*text, path, site.config, site.categories, d, options.layout);
  if (!parsed) return std::nullopt;
  const auto category = resolve_category(*parsed, site, options, d);
  if (!category) return std::nullopt;

  ImportedArticle out;
  Article& a = out.article;
  a = std::move(parsed->article);
  a.category = *category;
  a.slug = slugify(file_stem);
  if (!is_valid_slug(a.slug)) a.slug = slugify(a.title);
  if (!is_valid_slug(a.slug)) {
    d.error(path, 0, 0, "invalid-slug",
            "neither the file name nor the title gives a URL slug; rename the file");
    return std::nullopt;
  }
  const Category& c = site.categories[*category];
  a.url = c.url + a.slug + "/";
  a.description = first_sentence(parsed->first_paragraph);
  if (a.reviewed.empty()) a.reviewed = options.date;
  a.published = a.reviewed;
  a.modified = a.reviewed;
  if (plain_of(a.sources_note) == plain_of(site.config.article_template.sources_note)) {
    a.sources_note.clear();
  }
  out.relative_path = "content/" + c.path + "/" + a.slug + ".md";
  out.markdown = write_article_markdown(ArticleText::held(a), site.config);
  if (!verify_round_trip(out, site.config, path, d)) return std::nullopt;
  return out;
}

ImportResult import_plain_text_file(const fs::path& file, const std::string& display_path,
                                    const Site& site, const ImportOptions& options,
                                    Diagnostics& d) {
  ImportResult result;
  std::error_code ec;
  const auto size = fs::file_size(file, ec);
  if (ec || fs::is_directory(file)) {
    d.error(display_path, 0, 0, "file-unreadable",
            ec ? ec.message() : std::string("is a directory, not a file"));
    result.io_failure = true;
    return result;
  }
  if (size > kMaxSourceBytes) {
    d.error(display_path, 0, 0, "file-too-large",
            fmt::format("file is {} bytes; the limit is {} bytes", size, kMaxSourceBytes));
    return result;
  }
  std::ifstream in(file, std::ios::binary);
  std::string bytes(size, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (!in) {
    d.error(display_path, 0, 0, "file-unreadable", "cannot read the file");
    result.io_failure = true;
    return result;
  }
  const auto imported =
      convert_plain_text(std::move(bytes), display_path, file.stem().string(), site, options, d);
  if (!imported) return result;
  result.output = imported->relative_path;
  result.url = imported->article.url;
  const fs::path target = site.config.root / imported->relative_path;
  if (fs::exists(target, ec) && !options.force) {
    d.add({Severity::error, display_path, 0, 0, "article-exists",
           fmt::format("{} already exists", imported->relative_path),
           "pass --force to overwrite it"});
    return result;
  }
  for (const auto& other : site.articles) {
    if (other.url == imported->article.url && fs::path(other.source_path) != target) {
      d.error(display_path, 0, 0, "duplicate-url",
              fmt::format("{} already has the URL {}", other.display_path, other.url));
      return result;
    }
  }
  if (options.dry_run) return result;
  result.written = write_file_atomically(target, imported->markdown, options.force, d);
  result.io_failure = !result.written;
  return result;
}

}  // namespace mwp
