// Compact JSON text written directly, without building a document first.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mwp {

// Writes JSON exactly as json_for_script(nlohmann::json::dump()) would (no
// whitespace, UTF-8 left unescaped but for U+2028 and U+2029, '<', '>' and
// '&' as \u003c, \u003e and \u0026 so that the text can sit inside a
// <script> element, invalid UTF-8 replaced by U+FFFD) provided the caller
// writes each object's keys in ascending byte order, the order nlohmann's
// objects keep. Usage:
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
  JsonWriter& open(char bracket);
  JsonWriter& close(char bracket);
  void separate();
  void append_string(std::string_view text);

  std::string out_;
  bool need_comma_ = false;  // a value was written in the current container
};

}  // namespace mwp
