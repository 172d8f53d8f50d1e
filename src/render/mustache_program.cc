#include "render/mustache_program.h"

#include <algorithm>
#include <utility>

#include "text/trim.h"

namespace mwp {
namespace {

constexpr int kMaxPartialDepth = 32;

struct Delimiters {
  std::string open = "{{";
  std::string close = "}}";

  bool is_default() const { return open == "{{" && close == "}}"; }
};

bool blank(std::string_view text) {
  return text.find_first_not_of(" \t\r") == std::string_view::npos;
}

// Reads a set-delimiter tag's content ("=<% %>=") into `into`; false when it
// is malformed.
bool read_delimiters(std::string_view content, Delimiters& into) {
  if (content.size() < 5 || content.front() != '=' || content.back() != '=') return false;
  const std::string_view inner = trim(content.substr(1, content.size() - 2), kWhitespace);
  const size_t space = inner.find_first_of(" \t");
  if (space == std::string_view::npos) return false;
  const std::string_view close = trim(inner.substr(space), kWhitespace);
  if (close.find_first_of(" \t=") != std::string_view::npos) return false;
  into.open = inner.substr(0, space);
  into.close = close;
  return true;
}

enum class Kind { text, variable, section, partial, comment, delimiters, unclosed };

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
  bool triple = false;       // {{{x}}}
};

// One line of a template: up to the first newline outside a tag.
struct Line {
  std::vector<Piece> pieces;
  bool ends_with_newline = false;

  // `last`: the line ends the text, as a newline would.
  bool standalone(bool last) const {
    if (!ends_with_newline && !last) return false;
    bool structure = false;
    for (const Piece& piece : pieces) {
      if (piece.kind == Kind::variable || piece.kind == Kind::unclosed ||
          (piece.kind == Kind::text && !blank(piece.raw))) {
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
// `delimiters`; returns the position after it. A tag that is not closed
// ends the text as a piece of kind `unclosed`.
size_t read_line(std::string_view text, size_t pos, Delimiters& delimiters, Line& line) {
  line.pieces.clear();
  line.ends_with_newline = false;
  while (pos < text.size()) {
    const size_t newline = text.find('\n', pos);
    const size_t open = text.find(delimiters.open, pos);
    const size_t text_end = std::min({newline, open, text.size()});
    if (text_end > pos)
      line.pieces.push_back({Kind::text, text.substr(pos, text_end - pos), {}, false});
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
      line.pieces.push_back({Kind::unclosed, text.substr(open), {}, false});
      return text.size();
    }
    const std::string_view content =
        trim(text.substr(content_begin, close_at - content_begin), kWhitespace);
    pos = close_at + close.size();
    line.pieces.push_back(
        {kind_of(triple, content), text.substr(open, pos - open), content, triple});
    if (line.pieces.back().kind == Kind::delimiters) read_delimiters(content, delimiters);
  }
  return pos;
}

std::string shown(std::string_view raw) {
  constexpr size_t kShown = 40;
  return "\"" + std::string(raw.substr(0, kShown)) + (raw.size() > kShown ? "...\"" : "\"");
}

class ProgramCompiler {
 public:
  ProgramCompiler(const PartialTexts& partials, std::vector<MustacheOp>& ops, std::string& error)
      : partials_(partials), ops_(ops), error_(error) {}

  // Compiles `text`, each line after the first preceded by `indent` (the
  // first too when `indent_first`). `delimiters` are those in effect before
  // `text` and, on return, after it.
  bool compile(std::string_view text, int depth, const std::string& indent, bool indent_first,
               Delimiters& delimiters) {
    Line line;
    for (size_t pos = 0; pos < text.size();) {
      const bool first = pos == 0;
      pos = read_line(text, pos, delimiters, line);
      const bool standalone = line.standalone(pos == text.size());
      if (!standalone && (!first || indent_first)) append_text(indent);
      for (const Piece& piece : line.pieces) {
        if (piece.kind == Kind::partial) {
          const std::string inner_indent =
              standalone ? indent + std::string(line.leading_whitespace()) : indent;
          if (!include(piece, depth, inner_indent, standalone)) return false;
        } else if (piece.kind == Kind::text) {
          if (!standalone) append_text(piece.raw);
        } else if (!add_tag(piece)) {
          return false;
        }
      }
      if (line.ends_with_newline && !standalone) append_text("\n");
    }
    return true;
  }

  // Whether every section was closed.
  bool finish() {
    if (open_.empty()) return true;
    return fail("the section " + shown(open_.back().second) + " is not closed");
  }

 private:
  bool fail(std::string message) {
    error_ = std::move(message);
    return false;
  }

  void append_text(std::string_view text) {
    if (text.empty()) return;
    if (ops_.empty() || ops_.back().kind != MustacheOp::Kind::text || ops_.size() == closed_at_) {
      ops_.emplace_back();
    }
    ops_.back().text.append(text);
  }

  void add_op(MustacheOp::Kind kind, std::string_view name) {
    MustacheOp op;
    op.kind = kind;
    op.dot = name == ".";
    for (size_t start = 0;;) {
      const size_t dot = name.find('.', start);
      op.path.emplace_back(name.substr(start, dot == std::string_view::npos ? dot : dot - start));
      if (dot == std::string_view::npos) break;
      start = dot + 1;
    }
    ops_.push_back(std::move(op));
  }

  bool add_tag(const Piece& piece) {
    // The name after a sigil ("#", "&"): "{{# items }}" names "items".
    const auto after_sigil = [&piece] { return trim(piece.content.substr(1), kWhitespace); };
    switch (piece.kind) {
      case Kind::variable:
        if (piece.triple) {
          add_op(MustacheOp::Kind::raw, piece.content);
        } else if (piece.content.starts_with('&')) {
          add_op(MustacheOp::Kind::raw, after_sigil());
        } else {
          add_op(MustacheOp::Kind::escaped, piece.content);
        }
        return true;
      case Kind::section:
        return add_section(piece.content.front(), after_sigil(), piece.raw);
      case Kind::delimiters: {
        Delimiters checked;
        return read_delimiters(piece.content, checked) ||
               fail("the set-delimiter tag " + shown(piece.raw) + " is malformed");
      }
      case Kind::unclosed:
        return fail("the tag " + shown(piece.raw) + " is not closed");
      default:
        return true;  // a comment
    }
  }

  bool add_section(char sign, std::string_view name, std::string_view raw) {
    if (sign != '/') {
      open_.emplace_back(ops_.size(), std::string(name));
      add_op(sign == '#' ? MustacheOp::Kind::section : MustacheOp::Kind::inverted, name);
      return true;
    }
    if (open_.empty()) return fail("the tag " + shown(raw) + " closes no section");
    const auto& [at, opened] = open_.back();
    if (opened != name) {
      return fail("the tag " + shown(raw) + " closes the section " + shown(opened));
    }
    ops_[at].end = ops_.size();
    open_.pop_back();
    closed_at_ = ops_.size();  // text after a section is a new op
    return true;
  }

  // Compiles the partial `tag` names in place, with the default delimiters.
  bool include(const Piece& tag, int depth, const std::string& indent, bool indent_first) {
    if (depth >= kMaxPartialDepth) {
      return fail("partials nest deeper than " + std::to_string(kMaxPartialDepth) +
                  " levels (does a partial include itself?)");
    }
    Delimiters inner;
    const auto found = partials_.find(trim(tag.content.substr(1), kWhitespace));
    return found == partials_.end() ||
           compile(found->second, depth + 1, indent, indent_first, inner);
  }

  const PartialTexts& partials_;
  std::vector<MustacheOp>& ops_;
  std::string& error_;
  // The sections not yet closed, innermost last: their op and name.
  std::vector<std::pair<size_t, std::string>> open_;
  size_t closed_at_ = 0;  // ops_.size() when a section last closed
};

}  // namespace

std::optional<std::vector<MustacheOp>> compile_mustache(std::string_view text,
                                                        const PartialTexts& partials,
                                                        std::string& error) {
  std::vector<MustacheOp> ops;
  ProgramCompiler compiler(partials, ops, error);
  Delimiters delimiters;
  if (!compiler.compile(text, 0, "", false, delimiters) || !compiler.finish()) {
    return std::nullopt;
  }
  return ops;
}

}  // namespace mwp
