#include "importer/markdown_writer.h"

#include <fmt/format.h>

namespace mwp {
namespace {

std::string_view trim_newlines(std::string_view s) {
  while (!s.empty() && (s.front() == '\n' || s.front() == ' ')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.remove_suffix(1);
  return s;
}

const SectionTemplate* find_section(const ArticleTemplate& t, const std::string& id) {
  for (const auto& s : t.sections) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

void write_list(std::string& out, const char* key, const std::vector<std::string>& items) {
  if (items.empty()) return;
  out += key;
  out += ":\n";
  for (const auto& item : items) out += "  - " + yaml_quote(item) + "\n";
}

void write_front_matter(std::string& out, const Article& a, const SiteConfig& config) {
  out += "---\n";
  out += "title: " + yaml_quote(a.title) + "\n";
  out += "description: " + yaml_quote(a.description) + "\n";
  if (!a.published.empty()) out += "date: " + a.published.iso() + "\n";
  if (!a.reviewed.empty()) out += "reviewed: " + a.reviewed.iso() + "\n";
  if (!a.modified.empty() && a.modified != a.reviewed &&
      !(a.reviewed.empty() && a.modified == a.published)) {
    out += "lastmod: " + a.modified.iso() + "\n";
  }
  if (!a.reviewed_by.empty() && a.reviewed_by != config.editorial_team) {
    out += "reviewed_by: " + yaml_quote(a.reviewed_by) + "\n";
  }
  if (!a.slug.empty()) out += "slug: " + a.slug + "\n";
  if (a.draft) out += "draft: true\n";
  write_list(out, "aliases", a.aliases);
  write_list(out, "keywords", a.keywords);
  std::string headings;
  for (const auto& s : a.sections) {
    const SectionTemplate* want = find_section(config.article_template, s.id);
    if (want != nullptr && !s.heading.empty() && s.heading != want->heading) {
      headings += "  " + s.id + ": " + yaml_quote(s.heading) + "\n";
    }
  }
  if (!headings.empty()) out += "headings:\n" + headings;
  if (!trim_newlines(a.sources_note).empty()) {
    out += "sources_note: " + yaml_quote(trim_newlines(a.sources_note)) + "\n";
  }
  out += "---\n";
}

void write_block(std::string& out, std::string_view markdown) {
  const std::string_view body = trim_newlines(markdown);
  if (body.empty()) return;
  out += '\n';
  out.append(body);
  out += '\n';
}

}  // namespace

std::string yaml_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          out += fmt::format("\\x{:02X}", static_cast<unsigned char>(c));
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string write_article_markdown(const ArticleText& text, const SiteConfig& config) {
  const Article& article = text.article();
  const ArticleTemplate& t = config.article_template;
  std::string out;
  write_front_matter(out, article, config);
  if (article.sections.empty()) {
    for (const auto& s : t.sections) out += "\n## " + s.kicker + "\n";
  }
  for (size_t i = 0; i < article.sections.size(); ++i) {
    const ArticleSection& s = article.sections[i];
    const SectionTemplate* want = find_section(t, s.id);
    out += "\n## " + (want != nullptr ? want->kicker : s.kicker) + "\n";
    write_block(out, text.section(i));
  }
  out += "\n## " + t.faq_heading + "\n";
  for (size_t i = 0; i < article.faq.size(); ++i) {
    out += "\n### ";
    out.append(trim_newlines(article.faq[i].question));
    out += '\n';
    write_block(out, text.faq_answer(i));
  }
  out += "\n## " + t.sources_heading + "\n";
  for (const SourceEntry& note : article.sources_before) {
    out += "\n" + std::string(trim_newlines(note.text)) + "\n";
  }
  if (!article.sources.empty()) out += '\n';
  for (size_t i = 0; i < article.sources.size(); ++i) {
    out += fmt::format("{}. {}\n", i + 1, trim_newlines(article.sources[i].text));
  }
  for (const SourceEntry& note : article.sources_after) {
    out += "\n" + std::string(trim_newlines(note.text)) + "\n";
  }
  return out;
}

}  // namespace mwp
