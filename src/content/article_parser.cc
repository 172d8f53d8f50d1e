#include "content/article_parser.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <set>

#include "content/front_matter.h"
#include "content/markdown_outline.h"
#include "content/section_matcher.h"
#include "text/utf8.h"

namespace mwp {
namespace {

const std::set<std::string> kArticleKeys = {"title",   "description", "date",     "reviewed",
                                            "lastmod", "reviewed_by", "draft",    "slug",
                                            "aliases", "keywords",    "headings", "sources_note"};

bool is_blank(std::string_view s) {
  return s.find_first_not_of(" \t\n") == std::string_view::npos;
}

std::string_view trim_trailing_blank_lines(std::string_view s) {
  const size_t last = s.find_last_not_of(" \t\n");
  return last == std::string_view::npos ? s.substr(0, 0) : s.substr(0, last + 1);
}

// Length of a list marker ("- ", "12. ") at the start of `line` including the
// space after it, or 0.
size_t list_marker_length(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && i < 3 && line[i] == ' ') ++i;
  if (i < line.size() && (line[i] == '-' || line[i] == '*' || line[i] == '+')) {
    ++i;
  } else {
    const size_t digits = i;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
    if (i == digits || i - digits > 9 || i >= line.size() || (line[i] != '.' && line[i] != ')')) {
      return 0;
    }
    ++i;
  }
  if (i >= line.size() || (line[i] != ' ' && line[i] != '\t')) return 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i;
}

std::vector<SourceEntry> parse_source_entries(std::string_view chunk, int first_line) {
  std::vector<SourceEntry> entries;
  bool after_blank = true;
  int line_no = first_line;
  size_t at = 0;
  while (at < chunk.size()) {
    size_t end = chunk.find('\n', at);
    if (end == std::string_view::npos) end = chunk.size();
    std::string_view line = chunk.substr(at, end - at);
    at = end + 1;
    const int this_line = line_no++;
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    if (is_blank(line)) {
      after_blank = true;
      continue;
    }
    const size_t marker = list_marker_length(line);
    const bool indented = line.front() == ' ' || line.front() == '\t';
    if (marker == 0 && !entries.empty() && (!after_blank || indented)) {
      const size_t start = line.find_first_not_of(" \t");
      entries.back().text += ' ';
      entries.back().text += line.substr(start);
    } else {
      const size_t start = marker > 0 ? marker : line.find_first_not_of(" \t");
      const int column = static_cast<int>(count_code_points(line.substr(0, start))) + 1;
      entries.push_back({std::string(line.substr(start)), this_line, column, marker > 0});
    }
    after_blank = false;
  }
  return entries;
}

// Whether `text` holds a date as a reference gives one: "(2003", "(n.d.",
// "(in press".
bool holds_reference_date(std::string_view text) {
  for (size_t open = text.find('('); open != std::string_view::npos;
       open = text.find('(', open + 1)) {
    const std::string_view after = text.substr(open + 1);
    if (after.size() >= 4 && std::all_of(after.begin(), after.begin() + 4,
                                         [](char c) { return c >= '0' && c <= '9'; })) {
      return true;
    }
    if (after.starts_with("n.d") || after.starts_with("in press")) return true;
  }
  return false;
}

// Moves the entries that are notes on the list, not list items, from the
// start and end of `entries` to `before` and `after`; none when no entry is
// a list item (a list pasted as paragraphs).
void set_aside_source_notes(std::vector<SourceEntry>& entries, std::vector<SourceEntry>& before,
                            std::vector<SourceEntry>& after) {
  const auto is_note = [](const SourceEntry& e) {
    return !e.list_item && !holds_reference_date(e.text);
  };
  if (std::none_of(entries.begin(), entries.end(),
                   [](const SourceEntry& e) { return e.list_item; })) {
    return;
  }
  size_t first = 0;
  while (first < entries.size() && is_note(entries[first])) ++first;
  size_t last = entries.size();
  while (last > first && is_note(entries[last - 1])) --last;
  before.assign(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(first));
  after.assign(entries.begin() + static_cast<std::ptrdiff_t>(last), entries.end());
  entries.erase(entries.begin() + static_cast<std::ptrdiff_t>(last), entries.end());
  entries.erase(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(first));
}

void read_front_matter(FrontMatter& fm, const SiteConfig& config, Article& a, Diagnostics& d) {
  fm.warn_unknown_keys(kArticleKeys, d);
  a.title = fm.string("title", true, d).value_or("");
  a.description = fm.string("description", true, d).value_or("");
  a.published = fm.date("date", true, d).value_or(Date{});
  a.reviewed = fm.date("reviewed", true, d).value_or(Date{});
  a.modified = fm.date("lastmod", false, d).value_or(a.reviewed.empty() ? a.published : a.reviewed);
  a.reviewed_by = fm.string("reviewed_by", false, d).value_or(config.editorial_team);
  a.draft = fm.boolean("draft", d).value_or(false);
  a.aliases = fm.string_list("aliases", d);
  a.keywords = fm.string_list("keywords", d);
  a.sources_note = fm.string("sources_note", false, d).value_or("");
  if (auto slug = fm.string("slug", false, d)) {
    if (!is_valid_slug(*slug)) {
      d.error(a.display_path, fm.line_of("slug"), 1, "invalid-slug",
              fmt::format("slug '{}' may hold only lower-case letters, digits and hyphens", *slug));
    }
    a.slug = *slug;
  }
  for (const auto& alias : a.aliases) {
    if (!alias.starts_with('/') || alias.find("..") != std::string::npos) {
      d.error(a.display_path, fm.line_of("aliases"), 1, "field-type",
              fmt::format("alias '{}' must be a site path starting with '/'", alias));
    }
  }
}

class BodySplitter {
 public:
  // Requires: the bodies split() is given are views into `source`.
  BodySplitter(Article& article, const SiteConfig& config,
               const std::map<std::string, std::string>& overrides, std::string_view source,
               Diagnostics& d)
      : source_(source),
        a_(article),
        t_(config.article_template),
        matcher_(t_, overrides),
        overrides_(overrides),
        d_(d) {}

  void split(std::string_view body, int body_line) {
    size_t chunk_begin = 0;
    int chunk_line = body_line;
    for (const auto& h : outline_headings(body, body_line)) {
      if (h.level == 1) {
        d_.error(a_.display_path, h.line, 1, "unexpected-heading",
                 "level-1 headings are not allowed in the body; the title comes from front matter");
        continue;
      }
      const bool question = h.level == 3 && (zone_ == Zone::faq || zone_ == Zone::question);
      if (h.level != 2 && !question) continue;
      flush(body.substr(chunk_begin, h.begin - chunk_begin), chunk_line);
      if (question) {
        a_.faq.push_back({h.text, h.line, {}});
        zone_ = Zone::question;
      } else {
        open(h);
      }
      chunk_begin = h.end;
      chunk_line = h.line + 1;
    }
    flush(body.substr(chunk_begin), chunk_line);
  }

 private:
  enum class Zone { preamble, section, faq, question, sources, ignored };

  void open(const OutlineHeading& h) {
    const auto match = matcher_.match(h.text);
    if (!match) {
      d_.error(a_.display_path, h.line, 4, "unknown-section",
               fmt::format("'{}' is not a section of the article template", h.text));
      zone_ = Zone::ignored;
      return;
    }
    const std::string key = match->kind == HeadingKind::section ? t_.sections[match->section].id
                            : match->kind == HeadingKind::faq   ? "#faq"
                                                                : "#sources";
    if (!seen_.insert(key).second) {
      d_.error(a_.display_path, h.line, 4, "duplicate-section",
               fmt::format("'{}' appears a second time", h.text));
      zone_ = Zone::ignored;
      return;
    }
    switch (match->kind) {
      case HeadingKind::section: {
        const auto& s = t_.sections[match->section];
        const auto over = overrides_.find(s.id);
        a_.sections.push_back(
            {s.id, s.kicker, over != overrides_.end() ? over->second : s.heading, {}, h.line});
        zone_ = Zone::section;
        break;
      }
      case HeadingKind::faq:
        zone_ = Zone::faq;
        faq_line_ = h.line;
        break;
      case HeadingKind::sources:
        zone_ = Zone::sources;
        a_.sources_line = h.line;
        break;
    }
  }

  void flush(std::string_view chunk, int line) {
    const std::string_view text = trim_trailing_blank_lines(chunk);
    switch (zone_) {
      case Zone::preamble:
        report_stray(text, line, "text-outside-section",
                     "text before the first section belongs to no section");
        break;
      case Zone::faq:
        report_stray(text, line, "faq-text-outside-question",
                     "text under the FAQ heading comes before any question");
        break;
      case Zone::section:
        a_.sections.back().body = block(text, line);
        break;
      case Zone::question:
        a_.faq.back().answer = block(text, line);
        break;
      case Zone::sources:
        a_.sources = parse_source_entries(text, line);
        set_aside_source_notes(a_.sources, a_.sources_before, a_.sources_after);
        break;
      case Zone::ignored:
        break;
    }
  }

  MarkdownBlock block(std::string_view text, int line) const {
    const size_t offset = text.empty() ? 0 : static_cast<size_t>(text.data() - source_.data());
    return {std::string(text), line, offset, text.size()};
  }

  void report_stray(std::string_view text, int line, const char* code, const char* message) {
    if (is_blank(text)) return;
    const size_t first = text.find_first_not_of(" \t\n");
    int offset_lines = 0;
    for (size_t i = 0; i < first; ++i) offset_lines += text[i] == '\n' ? 1 : 0;
    d_.error(a_.display_path, line + offset_lines, 1, code, message);
  }

  std::string_view source_;
  Article& a_;
  const ArticleTemplate& t_;
  SectionMatcher matcher_;
  const std::map<std::string, std::string>& overrides_;
  Diagnostics& d_;
  Zone zone_ = Zone::preamble;
  std::set<std::string> seen_;
  int faq_line_ = 0;
};

}  // namespace

bool is_valid_slug(std::string_view slug) {
  if (slug.empty() || slug.front() == '-' || slug.back() == '-') return false;
  char previous = 0;
  for (char c : slug) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && previous == '-')) return false;
    previous = c;
  }
  return true;
}

std::optional<Article> parse_article(std::string_view text, const std::string& display_path,
                                     const SiteConfig& config, Diagnostics& d) {
  const auto split = split_front_matter(text, display_path, d);
  if (!split) return std::nullopt;
  if (split->yaml_line == 0) {
    d.error(display_path, 1, 1, "missing-front-matter",
            "an article starts with YAML front matter between '---' lines");
    return std::nullopt;
  }
  auto fm = FrontMatter::parse(*split, display_path, d);
  if (!fm) return std::nullopt;
  Article article;
  article.display_path = display_path;
  read_front_matter(*fm, config, article, d);
  const auto overrides = fm->string_map("headings", d);
  for (const auto& [id, heading] : overrides) {
    const auto& sections = config.article_template.sections;
    if (std::none_of(sections.begin(), sections.end(), [&](const auto& s) { return s.id == id; })) {
      d.error(
          display_path, fm->line_of("headings"), 1, "unknown-section",
          fmt::format("'headings' overrides '{}', which is not a section id of the template", id));
    }
  }
  BodySplitter(article, config, overrides, text, d).split(split->body, split->body_line);
  return article;
}

}  // namespace mwp
