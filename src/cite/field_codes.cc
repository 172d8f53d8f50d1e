#include "cite/field_codes.h"

#include "text/trim.h"

namespace mwp {
namespace {

bool is_blank(char c) {
  return kWhitespace.find(c) != std::string_view::npos;
}

}  // namespace

// Past the field code that Word's reference managers leave before the first
// entry of a bibliography: "ADDIN EN.REFLIST " (EndNote), "ADDIN Mendeley
// Bibliography CSL_BIBLIOGRAPHY ", "ADDIN ZOTERO_BIBL {...} CSL_BIBLIOGRAPHY ".
size_t past_field_code(std::string_view text, size_t i) {
  // Google Scholar's "[PDF] ", "[HTML] "; EndNote's "{Kessler, 2005 #27}".
  for (std::string_view label : {"[PDF] ", "[HTML] ", "[BOOK] ", "[CITATION] "}) {
    if (text.substr(i, label.size()) == label) return i + label.size();
  }
  if (text.substr(i, 1) == "{") {
    // Word shows a field code in braces: "{ ADDIN EN.REFLIST }", "{ ADDIN
    // ZOTERO_BIBL {"uncited":[]} CSL_BIBLIOGRAPHY }", braces inside it.
    size_t close = text.find('}', i);
    if (trim(text.substr(i + 1, 8)).starts_with("ADDIN ")) {
      const std::string_view code = text.substr(i, 2000);
      for (std::string_view marker : {"CSL_BIBLIOGRAPHY", "EN.REFLIST"}) {
        if (const size_t at = code.find(marker); at != std::string_view::npos) {
          close = text.find('}', i + at);
          break;
        }
      }
      if (close != std::string_view::npos) {
        size_t end = close + 1;
        while (end < text.size() && is_blank(text[end])) ++end;
        return end;
      }
    }
    const std::string_view inside =
        close == std::string_view::npos ? std::string_view{} : text.substr(i + 1, close - i - 1);
    const std::string_view code = trim(inside);
    if (close != std::string_view::npos && close - i < 80 &&
        (inside.find(" #") != std::string_view::npos || code.starts_with("ADDIN "))) {
      size_t end = close + 1;
      while (end < text.size() && is_blank(text[end])) ++end;
      return end;
    }
  }
  if (text.substr(i, 6) != "ADDIN ") return i;
  const std::string_view code = text.substr(i, 2000);
  for (std::string_view close : {"CSL_BIBLIOGRAPHY", "EN.REFLIST"}) {
    const size_t at = code.find(close);
    if (at == std::string_view::npos) continue;
    size_t end = i + at + close.size();
    if (end >= text.size() || !is_blank(text[end])) return i;
    while (end < text.size() && is_blank(text[end])) ++end;
    return end;
  }
  return i;
}

// Length of Word's hyperlink field code at text[i], `HYPERLINK "url" `,
// which pastes before the link's own text, or 0.
size_t hyperlink_field_length(std::string_view text, size_t i) {
  constexpr std::string_view kField = "HYPERLINK \"";
  if (text.compare(i, kField.size(), kField) != 0) return 0;
  const size_t quote = text.substr(i + kField.size(), 4096).find('"');
  if (quote == std::string_view::npos) return 0;
  size_t end = i + kField.size() + quote + 1;
  while (end < text.size() && is_blank(text[end])) ++end;
  return end - i;
}

}  // namespace mwp
