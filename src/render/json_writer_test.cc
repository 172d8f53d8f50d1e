#include "render/json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "text/escape.h"

namespace mwp {
namespace {

std::string written(std::string_view text) {
  JsonWriter json;
  json.value(text);
  return json.take();
}

std::string reference(const std::string& text) {
  return json_for_script(nlohmann::json(text).dump());
}

TEST(JsonWriter, EscapesAsNlohmannForScriptsAtEveryOffset) {
  const std::vector<std::string> specials = {
      "\"", "\\", "<", ">", "&", "\n", std::string(1, '\x01'), "\xE2\x80\xA8", "\xE2\x80\x93"};
  for (const std::string plain : {"", "@type", "plain ASCII text, longer than sixteen bytes"}) {
    EXPECT_EQ(written(plain), reference(plain));
  }
  for (const std::string& special : specials) {
    for (size_t at = 0; at < 36; ++at) {
      std::string text(36, 'x');
      text.insert(at, special);
      EXPECT_EQ(written(text), reference(text)) << at;
    }
  }
}

}  // namespace
}  // namespace mwp
