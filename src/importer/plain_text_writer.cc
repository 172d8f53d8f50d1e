#include "importer/plain_text_writer.h"

#include <fmt/format.h>

#include "content/section_matcher.h"
#include "text/markdown_text.h"

namespace mwp {
namespace {

// Lines of text a reader sees in `markdown`, one per paragraph or list item.
std::vector<std::string> paragraphs(std::string_view markdown) {
  std::vector<std::string> out;
  const std::string text = markdown_to_text(markdown);
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    if (end > at) out.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

// The text of a one-line Markdown span (a heading or list item) as a reader sees it.
std::string inline_text(std::string_view markdown) {
  std::string joined;
  for (const auto& line : paragraphs(markdown)) joined += joined.empty() ? line : " " + line;
  return joined;
}

std::string reviewer(const Article& a, const SiteConfig& config) {
  const std::string& team = config.editorial_team;
  if (!a.reviewed_by.empty() && a.reviewed_by != team) return a.reviewed_by;
  if (normalise_heading(team).starts_with("the ")) return team;
  return "the " + team;
}

class Lines {
 public:
  explicit Lines(TextLayout layout) : spaced_(layout != TextLayout::compact) {}

  // Starts a block: a blank line before it in the spaced layout.
  void block(std::string_view line) {
    if (spaced_ && !out_.empty()) out_ += '\n';
    out_.append(line);
    out_ += '\n';
  }
  // Continues the current block on the next line.
  void line(std::string_view line) {
    out_.append(line);
    out_ += '\n';
  }
  std::string take() { return std::move(out_); }

 private:
  bool spaced_;
  std::string out_;
};

}  // namespace

std::string write_article_plain_text(const ArticleText& text, const SiteConfig& config,
                                     const std::vector<std::string>& breadcrumb,
                                     const PlainTextStyle& style) {
  const Article& article = text.article();
  const ArticleTemplate& t = config.article_template;
  Lines out(style.layout);
  if (!breadcrumb.empty()) {
    std::string joined;
    for (const auto& name : breadcrumb) joined += joined.empty() ? name : " " + name;
    out.block(joined);
  }
  out.block(article.title);
  std::string reviewed = "Last reviewed by " + reviewer(article, config);
  if (!reviewed.ends_with('.')) reviewed += '.';
  out.block(reviewed);
  for (size_t i = 0; i < article.sections.size(); ++i) {
    out.block(article.sections[i].kicker);
    out.block(article.sections[i].heading);
    for (const auto& p : paragraphs(text.section(i))) out.block(p);
  }
  out.block(t.faq_heading);
  for (size_t i = 0; i < article.faq.size(); ++i) {
    out.block(inline_text(article.faq[i].question));
    for (const auto& p : paragraphs(text.faq_answer(i))) out.block(p);
  }
  out.block(t.sources_heading);
  const std::string& note = article.sources_note.empty() ? t.sources_note : article.sources_note;
  for (const auto& p : paragraphs(note)) out.block(p);
  for (const SourceEntry& written : article.sources_before) out.block(inline_text(written.text));
  for (size_t i = 0; i < article.sources.size(); ++i) {
    const std::string source = inline_text(article.sources[i].text);
    std::string entry;
    switch (style.list) {
      case ListStyle::numbered:
        entry = fmt::format("  {}. {}", i + 1, source);
        break;
      case ListStyle::bulleted:
        entry = "- " + source;
        break;
      case ListStyle::plain:
        entry = source;
        break;
    }
    if (i == 0) {
      out.block(entry);
    } else {
      out.line(entry);
    }
  }
  for (const SourceEntry& written : article.sources_after) out.block(inline_text(written.text));
  return out.take();
}

}  // namespace mwp
