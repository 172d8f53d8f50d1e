#include "render/mustache_template.h"

#include <atomic>
#include <cstdint>
#include <cstring>
#include <kainjow/mustache.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "text/escape.h"

namespace mwp {

namespace mustache_program {

// One op per text run or tag of the parsed template, in template order; a
// section's ops follow it up to `end`. Comments, set-delimiter tags and
// partials (inlined by prepare_mustache_text) produce no op.
enum class Kind : unsigned char { text, escaped, raw, section, inverted };
struct Op {
  Kind kind = Kind::text;
  std::string text;               // text: the output, without kSectionMarker
  bool dot = false;               // tags: the name is "."
  std::vector<std::string> path;  // tags: the name split at every '.'
  size_t end = 0;                 // sections: the index after their last op
};

}  // namespace mustache_program

struct MustacheTemplate::Program {
  std::vector<mustache_program::Op> ops;
  // The largest output so far: the next render reserves that much.
  mutable std::atomic<size_t> size_hint{0};
};

namespace {

namespace km = kainjow::mustache;
using Component = km::component<std::string>;
using mustache_program::Kind;
using mustache_program::Op;
using nlohmann::json;

void append_unmarked(std::string& out, std::string_view text) {
  for (size_t marker; (marker = text.find(kSectionMarker)) != std::string_view::npos;) {
    out.append(text.substr(0, marker));
    text.remove_prefix(marker + 1);
  }
  out.append(text);
}

Op tag_op(Kind kind, const std::string& name) {
  Op op;
  op.kind = kind;
  op.dot = name == ".";
  for (size_t start = 0;;) {
    const size_t dot = name.find('.', start);
    op.path.push_back(name.substr(start, dot == std::string::npos ? dot : dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return op;
}

// Appends the ops of `parent`'s children; adjacent text runs become one op.
void compile(const Component& parent, std::vector<Op>& ops) {
  bool after_own_text = false;
  for (const Component& child : parent.children) {
    const km::tag_type type = child.tag.type;
    if (type == km::tag_type::text) {
      if (!after_own_text) ops.emplace_back();
      append_unmarked(ops.back().text, child.text);
      after_own_text = true;
      continue;
    }
    after_own_text = false;
    if (type == km::tag_type::variable || type == km::tag_type::unescaped_variable) {
      ops.push_back(
          tag_op(type == km::tag_type::variable ? Kind::escaped : Kind::raw, child.tag.name));
    } else if (type == km::tag_type::section_begin ||
               type == km::tag_type::section_begin_inverted) {
      const size_t at = ops.size();
      ops.push_back(tag_op(type == km::tag_type::section_begin ? Kind::section : Kind::inverted,
                           child.tag.name));
      compile(child, ops);
      ops[at].end = ops.size();
    }
  }
}

// kainjow's falsy values, as the context used to be converted: false, null,
// "", an empty list (and values JSON text cannot hold).
bool falsy(const json& value) {
  switch (value.type()) {
    case json::value_t::boolean:
      return !value.get<bool>();
    case json::value_t::string:
      return value.get_ref<const std::string&>().empty();
    case json::value_t::array:
      return value.empty();
    case json::value_t::object:
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
      return false;
    default:
      return true;
  }
}

const json* member(const json& value, const std::string& key) {
  if (!value.is_object()) return nullptr;
  const auto it = value.find(key);
  return it == value.end() ? nullptr : &*it;
}

class Renderer {
 public:
  Renderer(const std::vector<Op>& ops, const json& root, std::string& out) : ops_(ops), out_(out) {
    stack_.reserve(8);
    stack_.push_back(&root);
  }

  void render(size_t begin, size_t end) {
    for (size_t i = begin; i < end;) {
      const Op& op = ops_[i];
      switch (op.kind) {
        case Kind::text:
          out_.append(op.text);
          ++i;
          break;
        case Kind::escaped:
        case Kind::raw:
          if (const json* value = find(op)) append_value(*value, op.kind == Kind::escaped);
          ++i;
          break;
        case Kind::section:
          if (const json* value = find(op); value != nullptr && !falsy(*value)) {
            if (value->is_array()) {
              for (const json& item : *value) inside(item, i + 1, op.end);
            } else {
              inside(*value, i + 1, op.end);
            }
          }
          i = op.end;
          break;
        case Kind::inverted:
          if (const json* value = find(op); value == nullptr || falsy(*value)) {
            render(i + 1, op.end);
          }
          i = op.end;
          break;
      }
    }
  }

 private:
  void inside(const json& value, size_t begin, size_t end) {
    stack_.push_back(&value);
    render(begin, end);
    stack_.pop_back();
  }

  // "." is the innermost value; "a.b" looks "a" up through the stack, from
  // the innermost value out, then "b" inside it only.
  const json* find(const Op& op) const {
    if (op.dot) return stack_.back();
    const json* found = nullptr;
    for (auto it = stack_.rbegin(); it != stack_.rend() && found == nullptr; ++it) {
      found = member(**it, op.path.front());
    }
    for (size_t p = 1; found != nullptr && p < op.path.size(); ++p) {
      found = member(*found, op.path[p]);
    }
    return found;
  }

  // Strings and numbers render as text; anything else as nothing. No
  // kSectionMarker reaches the output, even from a value.
  void append_value(const json& value, bool escaped) {
    const size_t start = out_.size();
    switch (value.type()) {
      case json::value_t::string: {
        const auto& text = value.get_ref<const std::string&>();
        if (escaped) {
          append_html_escaped(out_, text);
        } else {
          out_.append(text);
        }
        break;
      }
      case json::value_t::number_integer:
        out_.append(std::to_string(value.get<int64_t>()));
        return;
      case json::value_t::number_unsigned:
        out_.append(std::to_string(value.get<uint64_t>()));
        return;
      case json::value_t::number_float: {
        std::ostringstream text;
        text << value.get<double>();
        out_.append(text.str());
        return;
      }
      default:
        return;
    }
    if (std::memchr(out_.data() + start, kSectionMarker, out_.size() - start) != nullptr) {
      const std::string appended = out_.substr(start);
      out_.resize(start);
      append_unmarked(out_, appended);
    }
  }

  const std::vector<Op>& ops_;
  std::string& out_;
  std::vector<const json*> stack_;
};

}  // namespace

std::optional<MustacheTemplate> MustacheTemplate::parse(std::string_view text,
                                                        const PartialTexts& partials,
                                                        std::string& error) {
  const std::optional<std::string> resolved = prepare_mustache_text(text, partials, error);
  if (!resolved) return std::nullopt;
  km::context<std::string> no_data;
  km::context_internal<std::string> context{no_data};
  Component root;
  std::string message;
  km::parser<std::string> parser{*resolved, context, root, message};
  if (!message.empty()) {
    error = message + " (offset in the template with its partials included)";
    return std::nullopt;
  }
  auto program = std::make_shared<Program>();
  compile(root, program->ops);
  return MustacheTemplate(std::move(program));
}

std::string MustacheTemplate::render(const nlohmann::json& context) const {
  std::string out;
  out.reserve(program_->size_hint.load(std::memory_order_relaxed));
  Renderer(program_->ops, context, out).render(0, program_->ops.size());
  if (out.size() > program_->size_hint.load(std::memory_order_relaxed)) {
    program_->size_hint.store(out.size(), std::memory_order_relaxed);
  }
  return out;
}

}  // namespace mwp
