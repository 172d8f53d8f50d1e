#include "render/url_policy.h"

namespace mwp {

bool url_allowed(std::string_view url, bool allow_mail) {
  const size_t colon = url.find(':');
  if (colon == std::string_view::npos) return true;
  const size_t other = url.find_first_of("/?#");
  if (other != std::string_view::npos && other < colon) return true;  // relative path
  std::string scheme;
  for (char c : url.substr(0, colon)) {
    scheme += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  if (scheme == "http" || scheme == "https") return true;
  return allow_mail && (scheme == "mailto" || scheme == "tel");
}

void append_url(std::string& out, std::string_view url) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (char c : url) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' ||
        c == '`' || c == '{' || c == '|' || c == '}') {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 0xF];
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '\'') {
      out += "&#39;";
    } else {
      out += c;
    }
  }
}

}  // namespace mwp
