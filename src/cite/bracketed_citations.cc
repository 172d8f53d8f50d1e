#include "cite/bracketed_citations.h"

#include "cite/citation_years.h"

namespace mwp {

std::optional<std::vector<ProseToken>> brackets_as_parentheses(
    const std::vector<ProseToken>& tokens) {
  std::optional<std::vector<ProseToken>> rewritten;
  int depth = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (is_punct(tokens[i], "(")) ++depth;
    if (is_punct(tokens[i], ")") && depth > 0) --depth;
    if (depth > 0 || !is_punct(tokens[i], "[")) continue;
    bool dated = false;
    size_t close = i + 1;
    for (; close < tokens.size(); ++close) {
      const ProseToken& token = tokens[close];
      if (is_punct(token, "]") || is_punct(token, "[") || is_punct(token, "(") ||
          is_punct(token, ")")) {
        break;
      }
      dated = dated || token.kind == TokenKind::number;
    }
    if (close == tokens.size() || !is_punct(tokens[close], "]") || !dated) continue;
    if (!rewritten) rewritten = tokens;
    (*rewritten)[i].text = "(";
    (*rewritten)[close].text = ")";
    i = close;
  }
  return rewritten;
}

}  // namespace mwp
