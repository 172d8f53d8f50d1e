#include "render/mustache_template.h"

#include <atomic>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "text/escape.h"

namespace mwp {

struct MustacheTemplate::Program {
  std::vector<MustacheOp> ops;
  // The largest output so far: the next render reserves that much.
  mutable std::atomic<size_t> size_hint{0};
};

namespace {

using Kind = MustacheOp::Kind;
using Op = MustacheOp;
using nlohmann::json;

// The falsy values: false, null, "", an empty list (and values JSON text
// cannot hold).
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

  // Strings and numbers render as text; anything else as nothing.
  void append_value(const json& value, bool escaped) {
    switch (value.type()) {
      case json::value_t::string: {
        const auto& text = value.get_ref<const std::string&>();
        if (escaped) {
          append_html_escaped(out_, text);
        } else {
          out_.append(text);
        }
        return;
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
  }

  const std::vector<Op>& ops_;
  std::string& out_;
  std::vector<const json*> stack_;
};

}  // namespace

std::optional<MustacheTemplate> MustacheTemplate::parse(std::string_view text,
                                                        const PartialTexts& partials,
                                                        std::string& error) {
  std::optional<std::vector<MustacheOp>> ops = compile_mustache(text, partials, error);
  if (!ops) return std::nullopt;
  auto program = std::make_shared<Program>();
  program->ops = std::move(*ops);
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
