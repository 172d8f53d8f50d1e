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

// Members come out in nlohmann's order whatever order they are written in,
// at every depth, arrays kept in the order written.
TEST(JsonWriter, WritesMembersInNlohmannsOrder) {
  JsonWriter json;
  json.begin_object().key("name").value("A");
  json.key("@type").value("Article");
  json.key("author").begin_object().key("url").value("/u/").key("@type").value("Person");
  json.end_object();
  json.key("about").begin_array().value("z").value("a").end_array();
  json.key("count").value(size_t{3}).key("@context").value("https://schema.org");
  json.end_object();
  const nlohmann::json expected = {
      {"name", "A"},
      {"@type", "Article"},
      {"author", {{"url", "/u/"}, {"@type", "Person"}}},
      {"about", {"z", "a"}},
      {"count", 3},
      {"@context", "https://schema.org"}};
  EXPECT_EQ(json.take(), json_for_script(expected.dump()));
}

}  // namespace
}  // namespace mwp
