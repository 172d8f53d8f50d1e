// Compact JSON text written directly, without building a document first.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mwp {

// Writes JSON exactly as json_for_script(nlohmann::json::dump()) would (no
// whitespace, UTF-8 left unescaped but for U+2028 and U+2029, '<', '>' and
// '&' as \u003c, \u003e and \u0026 so that the text can sit inside a
// <script> element, invalid UTF-8 replaced by U+FFFD, and each object's
// members in ascending byte order of their keys, as nlohmann's objects keep
// them). Keys may be written in any order; each key once per object. Usage:
//   JsonWriter json;
//   json.begin_object().key("@type").value("Thing").key("name").value(name).end_object();
//   std::string text = json.take();
class JsonWriter {
 public:
  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }

  // The next member's name; its value follows.
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(size_t number);
  JsonWriter& value(const std::vector<std::string>& texts);  // an array of strings

  std::string take() { return std::move(out_); }

 private:
  struct Member {
    std::string key;
    size_t begin = 0;  // of its key in out_, after the comma before it
  };

  JsonWriter& open(char bracket);
  JsonWriter& close(char bracket);
  void separate();
  void append_string(std::string_view text);
  void sort_members(size_t first);  // the open object's, members_[first, end)

  std::string out_;
  bool need_comma_ = false;         // a value was written in the current container
  std::vector<Member> members_;     // of the open objects, innermost last
  std::vector<size_t> containers_;  // each open container's first member; kArray for arrays
  static constexpr size_t kArray = SIZE_MAX;
};

}  // namespace mwp
