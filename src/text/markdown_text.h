// The text a reader sees of Markdown (CommonMark with tables and
// strikethrough, parsed by md4c), block by block, with the Markdown byte each
// piece of text came from. The one Markdown-to-text layer: the citation
// scanner, the search index, structured data and the plain-text export all
// read Markdown through it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mwp {

struct MarkdownTextOptions {
  // What raw HTML is: false (the site default) shows it as text, as the page
  // does; true treats it as markup, so its tags leave no text.
  bool html_is_markup = false;
};

enum class TextBlockKind { paragraph, heading, list_item, quote, table_cell, code, html };

// One block of text: a paragraph, a heading, the text of a list item or
// table cell (its own paragraphs are blocks of their own), code or HTML.
// Inline markup (emphasis, links, code spans) never ends a block.
struct MarkdownTextBlock {
  TextBlockKind kind = TextBlockKind::paragraph;
  bool in_quote = false;  // inside a block quote
  size_t begin = 0;       // [begin, end) in MarkdownText::text()
  size_t end = 0;
};

// The text of a link or image description: [begin, end) in text(), and the
// Markdown offset of its opening '[' (or "![").
struct TextLink {
  size_t begin = 0;
  size_t end = 0;
  size_t source_open = 0;
  bool label_is_text = false;  // "[text]" or "[text][]": the text is the link's label
};

// Text set in emphasis ("*NEJM*", "_Title_", "**bold**"): [begin, end) in text().
struct TextEmphasis {
  size_t begin = 0;
  size_t end = 0;
};

class MarkdownText {
 public:
  // Reads `markdown`. Never fails: invalid UTF-8 and NUL bytes pass through
  // (NUL as U+FFFD), as md4c reads them.
  explicit MarkdownText(std::string_view markdown, MarkdownTextOptions options = {});

  // Every block's text, in document order: blocks that end a paragraph-like
  // unit (paragraphs, headings, code, HTML, tables) are followed by "\n\n",
  // list items and table rows by "\n", table cells by " ". Soft line breaks
  // are spaces, hard ones "\n"; entities are decoded.
  const std::string& text() const { return text_; }
  const std::vector<MarkdownTextBlock>& blocks() const { return blocks_; }
  const std::vector<TextLink>& links() const { return links_; }
  // Every emphasis span of one or more characters, in the order they open.
  // A span never crosses a block's end.
  const std::vector<TextEmphasis>& emphases() const { return emphases_; }

  // The Markdown offset where text()[offset] came from; for text that stands
  // for more Markdown (an entity, a line break), where that Markdown starts.
  size_t source_begin(size_t offset) const;

  // The Markdown offset just after the text ending at text()[end - 1].
  size_t source_end(size_t end) const;

  // The link whose text holds text()[offset], or nullptr.
  const TextLink* link_at(size_t offset) const;

 private:
  friend class MarkdownTextReader;
  friend std::string markdown_to_text(std::string_view markdown, MarkdownTextOptions options);
  MarkdownText() = default;

  // A run of text() copied from the Markdown byte for byte (`verbatim`), or
  // standing for `source_length` bytes of it (an entity, a line break).
  struct Piece {
    size_t text = 0;
    size_t source = 0;
    size_t length = 0;         // bytes of text()
    size_t source_length = 0;  // bytes of Markdown
    bool verbatim = true;
  };
  const Piece* piece_at(size_t offset) const;

  std::string text_;
  std::vector<MarkdownTextBlock> blocks_;
  std::vector<TextLink> links_;
  std::vector<TextEmphasis> emphases_;
  std::vector<Piece> pieces_;
};

// text() of MarkdownText(markdown, options) without the source map: for
// callers that only want the words.
std::string markdown_to_text(std::string_view markdown, MarkdownTextOptions options = {});

}  // namespace mwp
