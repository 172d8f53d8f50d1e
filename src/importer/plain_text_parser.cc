#include "importer/plain_text_parser.h"

#include <fmt/format.h>

#include <array>
#include <set>
#include <utility>

#include "checks/article_checks.h"
#include "content/section_matcher.h"
#include "importer/category_lookup.h"
#include "importer/markdown_escape.h"
#include "importer/plain_text_lines.h"
#include "importer/unknown_sections.h"
#include "model/date.h"
#include "text/code_point.h"
#include "text/trim.h"
#include "text/utf8.h"

namespace mwp {
namespace {

enum class LineKind { text, section, faq, sources };

struct LineClass {
  LineKind kind = LineKind::text;
  size_t section = 0;
  bool by_kicker = false;
};

enum class RegionKind { preamble, section, faq, sources };

struct Region {
  RegionKind kind = RegionKind::preamble;
  size_t section = 0;
  std::string heading;  // the section heading as written; empty when the text has none
  int line = 0;         // of the region's first heading line
  std::vector<TextLine> lines;
};

std::string to_markdown(const std::vector<TextBlock>& blocks) {
  std::string markdown;
  for (const auto& block : blocks) {
    if (!markdown.empty()) markdown += "\n\n";
    markdown += escape_markdown(block.text);
  }
  return markdown;
}

std::string team_key(std::string_view name) {
  std::string key = normalise_heading(straighten_quotes(name));
  if (key.starts_with("the ")) key.erase(0, 4);
  return key;
}

class Parser {
 public:
  Parser(std::string_view text, const std::string& path, const SiteConfig& config,
         std::span<const Category> categories, Diagnostics& d)
      : lines_(split_text_lines(text)),
        path_(path),
        config_(config),
        template_(config.article_template),
        categories_(categories),
        matcher_(template_),
        d_(d) {
    for (const auto& line : lines_) classes_.push_back(classify(line.text));
  }

  PlainTextArticle parse(TextLayout layout) {
    out_.article.display_path = path_;
    out_.layout = layout == TextLayout::automatic ? detect_layout() : layout;
    const size_t body = parse_header();
    if (body == lines_.size()) {
      d_.error(path_, 0, 0, "missing-section",
               "no kicker or heading of the article template appears in the file; is it an "
               "article export?");
      return std::move(out_);
    }
    split_regions(body);
    for (const auto& region : regions_) build(region);
    check_article_structure(ArticleText::held(out_.article), template_, d_);
    return std::move(out_);
  }

 private:
  LineClass classify(const std::string& text) const {
    const auto match = matcher_.match(straighten_quotes(text));
    if (!match) return {};
    switch (match->kind) {
      case HeadingKind::section:
        return {LineKind::section, match->section, match->by_kicker};
      case HeadingKind::faq:
        return {LineKind::faq, 0, false};
      case HeadingKind::sources:
        return {LineKind::sources, 0, false};
    }
    return {};
  }

  bool is_reviewed_line(size_t i) const {
    return normalise_heading(straighten_quotes(lines_[i].text)).starts_with("last reviewed");
  }

  TextLayout detect_layout() const {
    size_t spaced = 0;
    size_t compact = 0;
    for (size_t i = 0; i + 1 < lines_.size(); ++i) {
      if (i == 0 || classes_[i].kind != LineKind::text || is_reviewed_line(i)) {
        ++(lines_[i].blank_after ? spaced : compact);
      }
    }
    return spaced > compact ? TextLayout::spaced : TextLayout::compact;
  }

  // Reads breadcrumb, title and "Last reviewed" line; returns the first body line.
  size_t parse_header() {
    size_t body = 0;
    while (body < lines_.size() && classes_[body].kind == LineKind::text) ++body;
    std::optional<size_t> reviewed;
    for (size_t i = 0; i < body && !reviewed; ++i) {
      if (is_reviewed_line(i)) reviewed = i;
    }
    size_t head = 0;
    if (reviewed) {
      head = *reviewed;
      read_reviewed_line(lines_[*reviewed]);
    } else {
      head = body >= 2 && (body == 2 || match_breadcrumb(lines_[0].text, categories_))
                 ? 2
                 : std::min<size_t>(body, 1);
    }
    read_title(head, reviewed ? lines_[*reviewed].number : 1);
    Region preamble;
    for (size_t i = reviewed ? *reviewed + 1 : head; i < body; ++i) {
      preamble.lines.push_back(lines_[i]);
    }
    regions_.push_back(std::move(preamble));
    return body;
  }

  void read_title(size_t head, int fallback_line) {
    if (head == 0 || (head == 1 && match_breadcrumb(lines_[0].text, categories_))) {
      d_.error(path_, head == 0 ? fallback_line : lines_[0].number + 1, 1, "missing-title",
               "the article has no title line (expected before the 'Last reviewed' line)");
      return;
    }
    const size_t title = head >= 2 ? 1 : 0;
    if (title == 1) {
      out_.breadcrumb = lines_[0].text;
      out_.breadcrumb_line = lines_[0].number;
      out_.category = match_breadcrumb(lines_[0].text, categories_);
    }
    if (head > 2) {
      d_.error(path_, lines_[2].number, 1, "unexpected-text",
               "text between the title and the 'Last reviewed' line belongs nowhere");
    }
    const std::string& text = lines_[title].text;
    if (count_code_points(text) > 200) {
      d_.error(path_, lines_[title].number, 1, "missing-title",
               "the first line reads like a paragraph, not a title");
      return;
    }
    out_.article.title = text;
  }

  void read_reviewed_line(const TextLine& line) {
    const std::string lower = ascii_lower(line.text);
    const size_t start = lower.find("reviewed") + 8;
    const size_t by = lower.find(" by ", start);
    const std::string_view text = line.text;
    std::string_view when =
        text.substr(start, by == std::string::npos ? std::string::npos : by - start);
    std::string_view who = by == std::string::npos ? std::string_view{} : text.substr(by + 4);
    who = trim(who);
    if (who.ends_with('.')) who.remove_suffix(1);
    when = trim(when, " ,:;.");
    if (ascii_lower(when).starts_with("on ")) when.remove_prefix(3);
    if (!when.empty()) {
      if (auto date = parse_review_date(when)) {
        out_.article.reviewed = *date;
      } else {
        d_.warning(path_, line.number, static_cast<int>(start) + 1, "bad-date",
                   fmt::format("'{}' is not a date this importer reads; it is ignored", when));
      }
    }
    if (!who.empty() && team_key(who) != team_key(config_.editorial_team)) {
      out_.article.reviewed_by = std::string(who);
    }
  }

  // A kicker line is followed by a heading of its own when the next line
  // looks like one and is followed by the section's text.
  bool custom_heading_follows(size_t i) const {
    const size_t next = i + 1;
    return next + 1 < lines_.size() && classes_[next].kind == LineKind::text &&
           classes_[next + 1].kind == LineKind::text && looks_like_heading(lines_[next].text) &&
           (out_.layout == TextLayout::compact || lines_[next + 1].blank_before);
  }

  void split_regions(size_t from) {
    for (size_t i = from; i < lines_.size(); ++i) {
      const LineClass c = classes_[i];
      Region& current = regions_.back();
      const bool in_tail = current.kind == RegionKind::faq || current.kind == RegionKind::sources;
      if (c.kind == LineKind::section) {
        const bool paired = c.by_kicker && i + 1 < lines_.size() &&
                            classes_[i + 1].kind == LineKind::section &&
                            classes_[i + 1].section == c.section && !classes_[i + 1].by_kicker;
        if (in_tail && !paired) {
          current.lines.push_back(lines_[i]);
          continue;
        }
        Region region{RegionKind::section, c.section, {}, lines_[i].number, {}};
        if (!c.by_kicker) {
          region.heading = lines_[i].text;
        } else if (paired || custom_heading_follows(i)) {
          region.heading = lines_[++i].text;
        }
        regions_.push_back(std::move(region));
      } else if (c.kind == LineKind::faq && current.kind != RegionKind::sources) {
        regions_.push_back({RegionKind::faq, 0, {}, lines_[i].number, {}});
      } else if (c.kind == LineKind::sources && current.kind != RegionKind::sources) {
        regions_.push_back({RegionKind::sources, 0, {}, lines_[i].number, {}});
      } else {
        current.lines.push_back(lines_[i]);
      }
    }
  }

  bool first_time(const std::string& key, const Region& region, std::string_view name) {
    if (seen_.insert(key).second) return true;
    d_.error(path_, region.line, 1, "duplicate-section",
             fmt::format("'{}' appears a second time", name));
    return false;
  }

  void build(const Region& region) {
    switch (region.kind) {
      case RegionKind::preamble:
        build_preamble(region);
        break;
      case RegionKind::section:
        build_section(region);
        break;
      case RegionKind::faq:
        if (first_time("#faq", region, template_.faq_heading)) build_faq(region);
        break;
      case RegionKind::sources:
        if (first_time("#sources", region, template_.sources_heading)) build_sources(region);
        break;
    }
  }

  void build_preamble(const Region& region) {
    if (region.lines.empty()) return;
    const auto blocks = group_paragraphs(region.lines, out_.layout);
    if (report_unknown_sections(blocks, template_, path_, d_)) return;
    d_.error(path_, blocks.front().line, 1, "text-outside-section",
             fmt::format("text before the first section ('{}') belongs to no section",
                         template_.sections.empty() ? "" : template_.sections.front().kicker));
  }

  void build_section(const Region& region) {
    const auto& want = template_.sections[region.section];
    if (!first_time(want.id, region, want.kicker)) return;
    const auto blocks = group_paragraphs(region.lines, out_.layout);
    report_unknown_sections(blocks, template_, path_, d_);
    ArticleSection section{
        want.id,
        want.kicker,
        region.heading.empty() ? want.heading : region.heading,
        {to_markdown(blocks), blocks.empty() ? region.line : blocks.front().line},
        region.line};
    if (out_.first_paragraph.empty() && !blocks.empty()) out_.first_paragraph = blocks.front().text;
    out_.article.sections.push_back(std::move(section));
  }

  void build_faq(const Region& region) {
    struct Question {
      TextLine line;
      std::vector<TextLine> answer;
    };
    std::vector<Question> questions;
    bool stray_reported = false;
    for (const auto& line : region.lines) {
      const bool starts = out_.layout == TextLayout::compact || line.blank_before;
      if (starts && ends_with_question_mark(line.text)) {
        questions.push_back({line, {}});
      } else if (questions.empty()) {
        if (!std::exchange(stray_reported, true)) {
          d_.error(
              path_, line.number, 1, "faq-text-outside-question",
              "text under the FAQ heading comes before any question (a question ends with '?')");
        }
      } else {
        questions.back().answer.push_back(line);
      }
    }
    for (const auto& q : questions) {
      const auto blocks = group_paragraphs(q.answer, out_.layout);
      out_.article.faq.push_back({escape_markdown_heading(q.line.text),
                                  q.line.number,
                                  {to_markdown(blocks), blocks.empty() ? 0 : blocks.front().line}});
    }
  }

  void build_sources(const Region& region) {
    out_.article.sources_line = region.line;
    const auto& lines = region.lines;
    size_t first = lines.size();
    bool marked = false;
    for (size_t i = 0; i < lines.size() && first == lines.size(); ++i) {
      if (list_marker_length(lines[i].text) > 0) first = i, marked = true;
    }
    for (size_t i = 0; i < lines.size() && first == lines.size(); ++i) {
      if (looks_like_reference(lines[i].text)) first = i;
    }
    if (first == lines.size()) first = 0;
    out_.article.sources_note = to_markdown(
        group_paragraphs(std::span<const TextLine>(lines).subspan(0, first), out_.layout));
    auto& sources = out_.article.sources;
    std::vector<std::string> plain;
    for (size_t i = first; i < lines.size(); ++i) {
      const auto& line = lines[i];
      const size_t marker = list_marker_length(line.text);
      const bool joins = !sources.empty() && out_.layout == TextLayout::spaced &&
                         !line.blank_before && (marked || !looks_like_reference(line.text));
      if (marker == 0 && joins) {
        plain.back() += ' ' + line.text;
      } else {
        plain.push_back(line.text.substr(marker));
        sources.push_back({{}, line.number, 1});
      }
    }
    for (size_t i = 0; i < sources.size(); ++i) sources[i].text = escape_markdown(plain[i]);
  }

  std::vector<TextLine> lines_;
  std::vector<LineClass> classes_;
  const std::string& path_;
  const SiteConfig& config_;
  const ArticleTemplate& template_;
  std::span<const Category> categories_;
  SectionMatcher matcher_;
  Diagnostics& d_;
  std::vector<Region> regions_;
  std::set<std::string> seen_;
  PlainTextArticle out_;
};

}  // namespace

std::optional<Date> parse_review_date(std::string_view text) {
  text = trim(text, " ,.");
  if (auto iso = Date::parse(text)) return iso;
  return Date::parse_written(text, true);
}

std::optional<PlainTextArticle> parse_plain_text_article(
    std::string_view text, const std::string& display_path, const SiteConfig& config,
    std::span<const Category> categories, Diagnostics& diagnostics, TextLayout layout) {
  Diagnostics local;
  auto article = Parser(text, display_path, config, categories, local).parse(layout);
  const bool failed = local.has_errors();
  diagnostics.merge(std::move(local));
  if (failed) return std::nullopt;
  return article;
}

}  // namespace mwp
