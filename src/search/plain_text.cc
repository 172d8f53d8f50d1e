#include "search/plain_text.h"

#include "text/markdown_text.h"

namespace mwp {
namespace {

// Removes Pandoc citation keys "[@key]" / "[@a; @b]" and collapses the space
// they leave.
std::string drop_citation_keys(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '[' && i + 1 < text.size() && text[i + 1] == '@') {
      const size_t close = text.find(']', i);
      if (close != std::string::npos) {
        while (!out.empty() && out.back() == ' ') out.pop_back();
        i = close;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

}  // namespace

std::string markdown_to_plain_text(std::string_view markdown) {
  return drop_citation_keys(markdown_to_text(markdown, {.html_is_markup = true}));
}

}  // namespace mwp
