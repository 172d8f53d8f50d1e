#include "render/json_writer.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "text/byte_scan.h"
#include "text/escape.h"
#include "text/utf8.h"

namespace mwp {
namespace {

// How the character at text[i] is written inside a JSON string: empty when
// as is; "\u00" is to be followed by the byte in two hex digits.
std::string_view escape_at(std::string_view text, size_t i) {
  switch (text[i]) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\b':
      return "\\b";
    case '\t':
      return "\\t";
    case '\n':
      return "\\n";
    case '\f':
      return "\\f";
    case '\r':
      return "\\r";
    case '<':
      return "\\u003c";
    case '>':
      return "\\u003e";
    case '&':
      return "\\u0026";
    case '\xE2':  // U+2028 and U+2029 end a line in JavaScript
      if (i + 2 < text.size() && text[i + 1] == '\x80' && text[i + 2] == '\xA8') return "\\u2028";
      if (i + 2 < text.size() && text[i + 1] == '\x80' && text[i + 2] == '\xA9') return "\\u2029";
      return {};
    default:
      return static_cast<unsigned char>(text[i]) < 0x20 ? "\\u00" : std::string_view();
  }
}

}  // namespace

JsonWriter& JsonWriter::key(std::string_view name) {
  separate();
  members_.push_back({std::string(name), out_.size()});
  append_string(name);
  out_ += ':';
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
  separate();
  append_string(text);
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(size_t number) {
  separate();
  out_ += std::to_string(number);
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(const std::vector<std::string>& texts) {
  begin_array();
  for (const std::string& text : texts) value(text);
  return end_array();
}

JsonWriter& JsonWriter::open(char bracket) {
  separate();
  out_ += bracket;
  containers_.push_back(bracket == '{' ? members_.size() : kArray);
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
  if (!containers_.empty()) {
    if (const size_t first = containers_.back(); first != kArray) {
      sort_members(first);
      members_.resize(first);
    }
    containers_.pop_back();
  }
  out_ += bracket;
  need_comma_ = true;
  return *this;
}

void JsonWriter::sort_members(size_t first) {
  const auto by_key = [](const Member& a, const Member& b) { return a.key < b.key; };
  const auto begin = members_.begin() + static_cast<std::ptrdiff_t>(first);
  if (std::is_sorted(begin, members_.end(), by_key)) return;
  // Each member's text runs from its key to the comma before the next.
  std::vector<std::string_view> texts;
  const std::string_view written = out_;
  for (size_t i = first; i < members_.size(); ++i) {
    const size_t end = i + 1 < members_.size() ? members_[i + 1].begin - 1 : written.size();
    texts.push_back(written.substr(members_[i].begin, end - members_[i].begin));
  }
  std::vector<size_t> order(texts.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return members_[first + a].key < members_[first + b].key;
  });
  std::string sorted;
  sorted.reserve(written.size() - members_[first].begin);
  for (size_t i : order) {
    if (!sorted.empty()) sorted += ',';
    sorted.append(texts[i]);
  }
  out_.replace(members_[first].begin, std::string::npos, sorted);
}

void JsonWriter::separate() {
  if (need_comma_) out_ += ',';
}

void JsonWriter::append_string(std::string_view text) {
  // ASCII with nothing to escape (most keys and values) is written as is.
  // The test takes one byte or a Bytes16 block.
  const auto needs_care = [](auto v) {
    return (v < 0x20) | (v >= 0x80) | (v == '"') | (v == '\\') | (v == '<') | (v == '>') |
           (v == '&');
  };
  size_t plain = skip16(text.data(), text.size(), 0, needs_care);
  while (plain < text.size() && !needs_care(static_cast<unsigned char>(text[plain]))) ++plain;
  if (plain == text.size()) {
    out_ += '"';
    out_.append(text);
    out_ += '"';
    return;
  }
  if (find_invalid_utf8(text)) {  // rare: let nlohmann do its replacement
    out_ += json_for_script(nlohmann::json(std::string(text))
                                .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return;
  }
  out_ += '"';
  size_t plain_from = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    i = skip16(text.data(), text.size(), i, [](Bytes16 v) {
      return (v < 0x20) | (v == '"') | (v == '\\') | (v == '<') | (v == '>') | (v == '&') |
             (v == 0xE2);
    });
    if (i >= text.size()) break;
    const std::string_view escaped = escape_at(text, i);
    if (escaped.empty()) continue;
    out_.append(text.substr(plain_from, i - plain_from));
    if (escaped == "\\u00") {
      static constexpr char kHex[] = "0123456789abcdef";
      const auto c = static_cast<unsigned char>(text[i]);
      out_ += escaped;
      out_ += kHex[c >> 4];
      out_ += kHex[c & 0xF];
    } else {
      out_ += escaped;
    }
    if (escaped.starts_with("\\u202")) i += 2;  // a three-byte character
    plain_from = i + 1;
  }
  out_.append(text.substr(plain_from));
  out_ += '"';
}

}  // namespace mwp
