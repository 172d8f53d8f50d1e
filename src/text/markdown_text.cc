#include "text/markdown_text.h"

#include <md4c.h>

#include <algorithm>
#include <optional>

#include "text/html_entity.h"

namespace mwp {

// Builds a MarkdownText from md4c's callbacks.
class MarkdownTextReader {
 public:
  MarkdownTextReader(MarkdownText& out, std::string_view markdown, MarkdownTextOptions options,
                     bool map_sources)
      : out_(out), markdown_(markdown), options_(options), map_sources_(map_sources) {}

  void read() {
    MD_PARSER parser{};
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEURLAUTOLINKS |
                   MD_FLAG_PERMISSIVEWWWAUTOLINKS |
                   (options_.html_is_markup ? 0u : unsigned{MD_FLAG_NOHTML});
    parser.enter_block = [](MD_BLOCKTYPE type, void*, void* self) {
      return static_cast<MarkdownTextReader*>(self)->enter_block(type);
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void*, void* self) {
      return static_cast<MarkdownTextReader*>(self)->leave_block(type);
    };
    parser.enter_span = [](MD_SPANTYPE type, void*, void* self) {
      return static_cast<MarkdownTextReader*>(self)->enter_span(type);
    };
    parser.leave_span = [](MD_SPANTYPE type, void*, void* self) {
      return static_cast<MarkdownTextReader*>(self)->leave_span(type);
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
      return static_cast<MarkdownTextReader*>(self)->text(type, text, size);
    };
    md_parse(markdown_.data(), static_cast<MD_SIZE>(markdown_.size()), &parser, this);
    close_block();
    std::string& text = out_.text_;
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  }

 private:
  int enter_block(MD_BLOCKTYPE type) {
    close_block();
    switch (type) {
      case MD_BLOCK_QUOTE:
        ++quote_depth_;
        break;
      case MD_BLOCK_LI:
        ++list_depth_;
        break;
      case MD_BLOCK_HTML:
        if (options_.html_is_markup) ++suppressed_;
        break;
      default:
        break;
    }
    kinds_.push_back(type);
    return 0;
  }

  int leave_block(MD_BLOCKTYPE type) {
    close_block();
    kinds_.pop_back();
    switch (type) {
      case MD_BLOCK_QUOTE:
        --quote_depth_;
        break;
      case MD_BLOCK_LI:
        --list_depth_;
        separate("\n");
        break;
      case MD_BLOCK_HTML:
        if (options_.html_is_markup) --suppressed_;
        separate("\n\n");
        break;
      case MD_BLOCK_P:
      case MD_BLOCK_H:
      case MD_BLOCK_CODE:
      case MD_BLOCK_TABLE:
        separate("\n\n");
        break;
      case MD_BLOCK_TR:
        separate("\n");
        break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        separate(" ");
        break;
      default:
        break;
    }
    return 0;
  }

  int enter_span(MD_SPANTYPE type) {
    if (type == MD_SPAN_A || type == MD_SPAN_IMG) {
      open_links_.push_back({out_.text_.size(), std::nullopt, 0});
    } else if (type == MD_SPAN_EM || type == MD_SPAN_STRONG) {
      open_emphases_.push_back(out_.text_.size());
    }
    return 0;
  }

  int leave_span(MD_SPANTYPE type) {
    if ((type == MD_SPAN_EM || type == MD_SPAN_STRONG) && !open_emphases_.empty()) {
      const size_t begin = open_emphases_.back();
      open_emphases_.pop_back();
      if (map_sources_ && begin < out_.text_.size()) {
        out_.emphases_.push_back({begin, out_.text_.size()});
      }
      return 0;
    }
    if ((type != MD_SPAN_A && type != MD_SPAN_IMG) || open_links_.empty()) return 0;
    const OpenLink link = open_links_.back();
    open_links_.pop_back();
    if (!map_sources_ || !link.source_first || link.text_begin == out_.text_.size()) return 0;
    TextLink done;
    done.begin = link.text_begin;
    done.end = out_.text_.size();
    done.source_open = opening_bracket(*link.source_first, type == MD_SPAN_IMG);
    done.label_is_text = label_is_text(link.source_last);
    out_.links_.push_back(done);
    return 0;
  }

  int text(MD_TEXTTYPE type, const MD_CHAR* data, MD_SIZE size) {
    if (suppressed_ > 0 || (type == MD_TEXT_HTML && options_.html_is_markup)) return 0;
    const std::string_view chunk(data, size);
    const std::optional<size_t> source = source_offset(data);
    switch (type) {
      case MD_TEXT_NULLCHAR:
        append("\xEF\xBF\xBD", source, 1, false);
        break;
      case MD_TEXT_BR:
        append("\n", source, 0, false);
        break;
      case MD_TEXT_SOFTBR:
        append(" ", source, 0, false);
        break;
      case MD_TEXT_ENTITY: {
        const std::optional<std::string> decoded = decode_html_entity(chunk);
        append(decoded ? std::string_view(*decoded) : chunk, source, size, !decoded);
        break;
      }
      default:
        append(chunk, source, size, true);
        break;
    }
    return 0;
  }

  std::optional<size_t> source_offset(const MD_CHAR* data) const {
    const MD_CHAR* begin = markdown_.data();
    if (data < begin || data > begin + markdown_.size()) return std::nullopt;
    return static_cast<size_t>(data - begin);
  }

  // Appends `text` standing for Markdown [source, source + source_length);
  // text with no place in the Markdown (a line break) takes the place where
  // the previous piece ended.
  void append(std::string_view text, std::optional<size_t> source, size_t source_length,
              bool verbatim) {
    if (text.empty()) return;
    open_block();
    const size_t at = source.value_or(last_source_end_);
    if (map_sources_) {
      out_.pieces_.push_back({out_.text_.size(), at, text.size(), source ? source_length : 0,
                              verbatim && source.has_value()});
      for (OpenLink& link : open_links_) {
        if (!link.source_first) link.source_first = at;
        link.source_last = at + (source ? source_length : 0);
      }
    }
    last_source_end_ = at + (source ? source_length : 0);
    out_.text_ += text;
  }

  void open_block() {
    if (block_open_) return;
    MarkdownTextBlock block;
    block.kind = current_kind();
    block.in_quote = quote_depth_ > 0;
    block.begin = out_.text_.size();
    out_.blocks_.push_back(block);
    block_open_ = true;
  }

  void close_block() {
    if (!block_open_) return;
    out_.blocks_.back().end = out_.text_.size();
    block_open_ = false;
  }

  TextBlockKind current_kind() const {
    for (auto kind = kinds_.rbegin(); kind != kinds_.rend(); ++kind) {
      switch (*kind) {
        case MD_BLOCK_H:
          return TextBlockKind::heading;
        case MD_BLOCK_CODE:
          return TextBlockKind::code;
        case MD_BLOCK_HTML:
          return TextBlockKind::html;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
          return TextBlockKind::table_cell;
        case MD_BLOCK_LI:
          return TextBlockKind::list_item;
        case MD_BLOCK_P:
          if (list_depth_ > 0) return TextBlockKind::list_item;
          return quote_depth_ > 0 ? TextBlockKind::quote : TextBlockKind::paragraph;
        default:
          break;
      }
    }
    return quote_depth_ > 0 ? TextBlockKind::quote : TextBlockKind::paragraph;
  }

  // Ends the current block with `separator` unless a longer one is there.
  void separate(std::string_view separator) {
    std::string& text = out_.text_;
    if (text.empty()) return;
    while (!text.empty() && text.back() == ' ') text.pop_back();
    size_t newlines = 0;
    while (newlines < text.size() && text[text.size() - 1 - newlines] == '\n') ++newlines;
    const size_t wanted = separator == " " ? 0 : separator.size();
    if (newlines == 0 && separator == " ") text += ' ';
    for (size_t n = newlines; n < wanted; ++n) text += '\n';
  }

  static bool is_inline_delimiter(char c) { return c == '*' || c == '_' || c == '`' || c == '~'; }

  // The '[' (or "![") that opens a link whose first text is at `first`.
  size_t opening_bracket(size_t first, bool image) const {
    size_t at = first;
    while (at > 0 && is_inline_delimiter(markdown_[at - 1])) --at;
    if (at == 0 || markdown_[at - 1] != '[') return first;  // an autolink: no brackets
    --at;
    if (image && at > 0 && markdown_[at - 1] == '!') --at;
    return at;
  }

  // Whether the link whose text ends at Markdown offset `last` is "[text]"
  // or "[text][]": the form where the text is also the reference label.
  bool label_is_text(size_t last) const {
    size_t at = last;
    while (at < markdown_.size() && is_inline_delimiter(markdown_[at])) ++at;
    if (at >= markdown_.size() || markdown_[at] != ']') return false;
    ++at;
    if (at < markdown_.size() && markdown_[at] == '(') return false;
    if (at + 1 < markdown_.size() && markdown_[at] == '[') return markdown_[at + 1] == ']';
    return true;
  }

  struct OpenLink {
    size_t text_begin = 0;
    std::optional<size_t> source_first;
    size_t source_last = 0;
  };

  MarkdownText& out_;
  std::string_view markdown_;
  MarkdownTextOptions options_;
  bool map_sources_;
  std::vector<MD_BLOCKTYPE> kinds_;
  std::vector<OpenLink> open_links_;
  std::vector<size_t> open_emphases_;  // where each open emphasis span began in text()
  int quote_depth_ = 0;
  int list_depth_ = 0;
  int suppressed_ = 0;
  bool block_open_ = false;
  size_t last_source_end_ = 0;
};

MarkdownText::MarkdownText(std::string_view markdown, MarkdownTextOptions options) {
  MarkdownTextReader(*this, markdown, options, true).read();
  for (MarkdownTextBlock& block : blocks_) block.end = std::min(block.end, text_.size());
  std::sort(links_.begin(), links_.end(),
            [](const TextLink& a, const TextLink& b) { return a.begin < b.begin; });
  std::stable_sort(emphases_.begin(), emphases_.end(),
                   [](const TextEmphasis& a, const TextEmphasis& b) { return a.begin < b.begin; });
}

const MarkdownText::Piece* MarkdownText::piece_at(size_t offset) const {
  auto after = std::upper_bound(pieces_.begin(), pieces_.end(), offset,
                                [](size_t at, const Piece& piece) { return at < piece.text; });
  if (after == pieces_.begin()) return nullptr;
  return &*std::prev(after);
}

size_t MarkdownText::source_begin(size_t offset) const {
  const Piece* piece = piece_at(offset);
  if (piece == nullptr) return 0;
  if (offset >= piece->text + piece->length) return piece->source + piece->source_length;
  return piece->verbatim ? piece->source + (offset - piece->text) : piece->source;
}

size_t MarkdownText::source_end(size_t end) const {
  if (end == 0) return source_begin(0);
  const Piece* piece = piece_at(end - 1);
  if (piece == nullptr) return 0;
  if (piece->verbatim && end <= piece->text + piece->length) {
    return piece->source + (end - piece->text);
  }
  return piece->source + piece->source_length;
}

const TextLink* MarkdownText::link_at(size_t offset) const {
  // Links are sorted by where they begin and do not overlap, but for an
  // image inside a link's text: look at the last two that begin by `offset`.
  auto after = std::upper_bound(links_.begin(), links_.end(), offset,
                                [](size_t at, const TextLink& link) { return at < link.begin; });
  for (int back = 0; back < 2 && after != links_.begin(); ++back) {
    --after;
    if (offset < after->end) return &*after;
  }
  return nullptr;
}

std::string markdown_to_text(std::string_view markdown, MarkdownTextOptions options) {
  MarkdownText text;
  MarkdownTextReader(text, markdown, options, false).read();
  return std::move(text.text_);
}

}  // namespace mwp
