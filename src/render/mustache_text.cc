#include "render/mustache_text.h"

#include <algorithm>
#include <vector>

#include "text/trim.h"

namespace mwp {
namespace {

constexpr int kMaxPartialDepth = 32;

struct Delimiters {
  std::string open = "{{";
  std::string close = "}}";

  bool is_default() const { return open == "{{" && close == "}}"; }
  bool operator==(const Delimiters&) const = default;
};

bool blank(std::string_view text) {
  return text.find_first_not_of(" \t\r") == std::string_view::npos;
}

// Reads a set-delimiter tag's content ("=<% %>="); leaves `into` alone when
// it is malformed (the parser reports that).
void read_delimiters(std::string_view content, Delimiters& into) {
  if (content.size() < 5 || content.front() != '=' || content.back() != '=') return;
  const std::string_view inner = trim(content.substr(1, content.size() - 2), kWhitespace);
  const size_t space = inner.find_first_of(" \t");
  if (space == std::string_view::npos) return;
  into.open = inner.substr(0, space);
  into.close = trim(inner.substr(space), kWhitespace);
}

enum class Kind { text, variable, section, partial, comment, delimiters };

Kind kind_of(bool triple, std::string_view content) {
  if (triple || content.empty()) return Kind::variable;
  switch (content.front()) {
    case '#':
    case '^':
    case '/':
      return Kind::section;
    case '>':
      return Kind::partial;
    case '!':
      return Kind::comment;
    case '=':
      return Kind::delimiters;
    default:
      return Kind::variable;
  }
}

struct Piece {
  Kind kind = Kind::text;
  std::string_view raw;      // as written, delimiters included
  std::string_view content;  // a tag's inside, trimmed
};

// One line of a template: up to the first newline outside a tag.
struct Line {
  std::vector<Piece> pieces;
  bool ends_with_newline = false;

  bool standalone() const {
    if (!ends_with_newline) return false;
    bool structure = false;
    for (const Piece& piece : pieces) {
      if (piece.kind == Kind::variable || (piece.kind == Kind::text && !blank(piece.raw))) {
        return false;
      }
      structure = structure || piece.kind != Kind::text;
    }
    return structure;
  }

  std::string_view leading_whitespace() const {
    return !pieces.empty() && pieces.front().kind == Kind::text ? pieces.front().raw
                                                                : std::string_view();
  }
};

// Reads the line at `pos` into `line`, following set-delimiter tags in
// `delimiters`; returns the position after it. An unclosed tag ends the
// text (as text, for the parser to report).
size_t read_line(std::string_view text, size_t pos, Delimiters& delimiters, Line& line) {
  line.pieces.clear();
  line.ends_with_newline = false;
  while (pos < text.size()) {
    const size_t newline = text.find('\n', pos);
    const size_t open = text.find(delimiters.open, pos);
    const size_t text_end = std::min({newline, open, text.size()});
    if (text_end > pos) line.pieces.push_back({Kind::text, text.substr(pos, text_end - pos), {}});
    if (text_end == newline) {
      line.ends_with_newline = true;
      return newline + 1;
    }
    if (text_end == text.size()) return text.size();
    size_t content_begin = open + delimiters.open.size();
    const bool triple = delimiters.is_default() && text.substr(content_begin, 1) == "{";
    const std::string_view close = triple ? "}}}" : std::string_view(delimiters.close);
    content_begin += triple ? 1 : 0;
    const size_t close_at = text.find(close, content_begin);
    if (close_at == std::string_view::npos) {
      line.pieces.push_back({Kind::text, text.substr(open), {}});
      return text.size();
    }
    const std::string_view content =
        trim(text.substr(content_begin, close_at - content_begin), kWhitespace);
    pos = close_at + close.size();
    line.pieces.push_back({kind_of(triple, content), text.substr(open, pos - open), content});
    if (line.pieces.back().kind == Kind::delimiters) read_delimiters(content, delimiters);
  }
  return pos;
}

class TextPreparer {
 public:
  TextPreparer(const PartialTexts& partials, std::string& out, std::string& error)
      : partials_(partials), out_(out), error_(error) {}

  // Appends `text` prepared, each line after the first preceded by
  // `indent` (the first too when `indent_first`). `delimiters` are those in
  // effect before `text` and, on return, after it.
  bool append(std::string_view text, int depth, const std::string& indent, bool indent_first,
              Delimiters& delimiters) {
    Line line;
    for (size_t pos = 0; pos < text.size();) {
      const bool first = pos == 0;
      Delimiters current = delimiters;
      pos = read_line(text, pos, delimiters, line);
      const bool standalone = line.standalone();
      if (!standalone && (!first || indent_first)) out_ += indent;
      for (const Piece& piece : line.pieces) {
        if (piece.kind == Kind::partial) {
          const std::string inner_indent =
              standalone ? indent + std::string(line.leading_whitespace()) : indent;
          if (!include(piece, depth, inner_indent, standalone, current)) return false;
        } else if (piece.kind == Kind::text) {
          if (!standalone) out_ += piece.raw;
        } else if (piece.kind != Kind::comment) {
          out_ += piece.raw;
          if (piece.kind == Kind::section) out_ += kSectionMarker;
          if (piece.kind == Kind::delimiters) read_delimiters(piece.content, current);
        }
      }
      if (line.ends_with_newline && !standalone) out_ += '\n';
    }
    return true;
  }

 private:
  // Appends the partial `tag` names, starting it with the default
  // delimiters and restoring `current` after it.
  bool include(const Piece& tag, int depth, const std::string& indent, bool indent_first,
               const Delimiters& current) {
    if (depth >= kMaxPartialDepth) {
      error_ = "partials nest deeper than " + std::to_string(kMaxPartialDepth) +
               " levels (does a partial include itself?)";
      return false;
    }
    if (!current.is_default()) out_ += current.open + "={{ }}=" + current.close;
    Delimiters inner;
    const auto found = partials_.find(trim(tag.content.substr(1), kWhitespace));
    if (found != partials_.end() &&
        !append(found->second, depth + 1, indent, indent_first, inner)) {
      return false;
    }
    if (inner != current) {
      out_ += inner.open + "=" + current.open + " " + current.close + "=" + inner.close;
    }
    return true;
  }

  const PartialTexts& partials_;
  std::string& out_;
  std::string& error_;
};

}  // namespace

std::optional<std::string> prepare_mustache_text(std::string_view text,
                                                 const PartialTexts& partials, std::string& error) {
  std::string out;
  out.reserve(text.size() * 2);
  Delimiters delimiters;
  TextPreparer preparer(partials, out, error);
  if (!preparer.append(text, 0, "", false, delimiters)) return std::nullopt;
  return out;
}

}  // namespace mwp
