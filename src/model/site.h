// The model of a whole site: its configuration, article template, categories,
// articles, standalone pages and bibliography. Built by content/, checked by
// checks/ and cite/, read by render/, search/ and serve/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/date.h"
#include "model/reference.h"

namespace mwp {

// One section of the article template ("The evidence" / "What the research
// actually shows").
struct SectionTemplate {
  std::string id;       // stable identifier and HTML anchor: "evidence"
  std::string kicker;   // "The evidence"
  std::string heading;  // default heading: "What the research actually shows"
  bool required = true;
};

// The article anatomy, read from the site config (never hard-coded).
struct ArticleTemplate {
  std::vector<SectionTemplate> sections;  // in the order they must appear
  std::string faq_heading;                // "Questions people ask about this"
  bool faq_required = true;
  std::string sources_heading;  // "Research sources"
  std::string sources_note;     // Markdown; may link to the methodology page
  bool sources_required = true;
};

struct SiteConfig {
  std::filesystem::path root;  // the site folder
  std::string title;
  std::string description;
  std::string base_url;  // absolute, ends with '/': "https://example.org/"
  std::string language = "en";
  std::string editorial_team;       // "Men Women Psychology editorial team"
  std::string editorial_page;       // site path of the team page: "/editorial-team/"
  std::string methodology_page;     // "/research-methodology/"
  std::filesystem::path theme_dir;  // absolute; default root/"theme"
  bool raw_html = false;            // pass raw HTML in Markdown through (off by default)
  int related_articles = 3;
  ArticleTemplate article_template;
};

// A span of Markdown from a source file, with where it starts there.
struct MarkdownBlock {
  // An article's is read through ArticleText (model/article_text.h): it is
  // empty once the article's text is released.
  std::string markdown;
  int line = 0;  // 1-based line in the source file where `markdown` starts
  // Where `markdown` lies in the source file's text as read_source_file()
  // returns it: [offset, offset + size). Set by the parsers.
  size_t offset = 0;
  size_t size = 0;
};

struct ArticleSection {
  std::string id;  // SectionTemplate::id
  std::string kicker;
  std::string heading;  // the template's default unless the article overrides it
  MarkdownBlock body;
  int heading_line = 0;
};

struct FaqEntry {
  std::string question;  // plain text
  int question_line = 0;
  MarkdownBlock answer;
};

// One entry of an article's "Research sources" list as written: an APA
// reference string, or "[@key]" pointing into the site bibliography.
struct SourceEntry {
  std::string text;
  int line = 0;
  int column = 0;
  bool list_item = false;  // written with a list marker ("- ", "12. ")
};

// Where a citation stands: in section `index` or in FAQ answer `index`.
enum class TextPart { section, faq_answer };

// A citation found in the prose and resolved to one of the article's references.
// [begin, end) are byte offsets into the Markdown of the part it stands in.
struct Citation {
  TextPart part = TextPart::section;
  size_t index = 0;
  size_t begin = 0;
  size_t end = 0;
  size_t reference = 0;  // index into Article::references
};

struct Article {
  std::filesystem::path source_path;  // absolute
  std::string display_path;           // relative to the site, for diagnostics
  size_t category = 0;                // index into Site::categories
  std::string slug;
  std::string url;  // site path with trailing slash: "/men-women/emotions-and-feelings/x/"
  std::string title;
  std::string description;
  Date published;  // front matter `date`
  Date modified;   // `lastmod`, else `reviewed`, else `date`
  Date reviewed;   // `reviewed`
  std::string reviewed_by;
  bool draft = false;
  std::vector<std::string> aliases;  // site paths that redirect here
  std::vector<std::string> keywords;

  std::vector<ArticleSection> sections;  // in source order; checks/ verifies template order
  std::vector<FaqEntry> faq;
  std::vector<SourceEntry> sources;  // as written
  int sources_line = 0;
  // Front matter `sources_note`: Markdown shown under the sources heading in
  // place of the template's note; empty for the template's.
  std::string sources_note;
  // Paragraphs under the sources heading, before and after a list whose
  // entries are list items, that are not themselves list items and hold no
  // date: the writer's notes on the list ("Links checked March 2025."),
  // Markdown, shown as written.
  std::vector<SourceEntry> sources_before;
  std::vector<SourceEntry> sources_after;

  // Filled by the citation stage (cite/): the article's references in source
  // list order, and every citation found in its prose.
  std::vector<Reference> references;
  std::vector<Citation> citations;

  // Set by release_article_text() (content/released_text.h): the Markdown of
  // the sections and FAQ answers is no longer held, and read_article_text()
  // reads it again from source_path, whose text must still have this size
  // and hash. Readers never look at this: they read through ArticleText
  // (model/article_text.h), which is the same in both states.
  bool text_released = false;
  size_t source_size = 0;
  uint64_t source_hash = 0;
};

struct Category {
  std::string slug;  // last path segment: "emotions-and-feelings"
  std::string path;  // "men-women/emotions-and-feelings"
  std::string url;   // "/men-women/emotions-and-feelings/"
  std::string name;  // "Emotions and Feelings"
  std::string description;
  std::string display_path;  // of its _index.md, for diagnostics
  std::optional<size_t> parent;
  std::vector<size_t> children;  // indices into Site::categories
  std::vector<size_t> articles;  // indices into Site::articles, newest review first
  int weight = 0;                // ordering among siblings; then by name
  MarkdownBlock intro;           // body of its _index.md, may be empty
};

// A standalone page: research methodology, editorial team, about.
struct Page {
  std::filesystem::path source_path;
  std::string display_path;
  std::string slug;
  std::string url;  // "/research-methodology/"
  std::string title;
  std::string description;
  Date modified;
  bool draft = false;
  std::vector<std::string> aliases;
  MarkdownBlock body;
};

struct Site {
  SiteConfig config;
  std::vector<Category> categories;     // parents before children
  std::vector<Article> articles;        // sorted by url
  std::vector<Page> pages;              // sorted by url
  std::vector<Reference> bibliography;  // site/bibliography.json, by id
  MarkdownBlock home_intro;             // body of content/_index.md, may be empty

  // Categories from the root down to `category` (for breadcrumbs).
  std::vector<size_t> category_chain(size_t category) const;
};

}  // namespace mwp
