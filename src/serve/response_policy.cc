#include "serve/response_policy.h"

#include <array>

#include "text/code_point.h"

namespace mwp::serve {
namespace {

struct ExtensionType {
  std::string_view extension;
  std::string_view type;
};

constexpr std::array<ExtensionType, 27> kTypes = {{
    {"html", "text/html; charset=utf-8"},
    {"htm", "text/html; charset=utf-8"},
    {"css", "text/css; charset=utf-8"},
    {"js", "text/javascript; charset=utf-8"},
    {"mjs", "text/javascript; charset=utf-8"},
    {"json", "application/json; charset=utf-8"},
    {"map", "application/json; charset=utf-8"},
    {"webmanifest", "application/manifest+json; charset=utf-8"},
    {"xml", "application/xml; charset=utf-8"},
    {"rss", "application/rss+xml; charset=utf-8"},
    {"atom", "application/atom+xml; charset=utf-8"},
    {"txt", "text/plain; charset=utf-8"},
    {"md", "text/markdown; charset=utf-8"},
    {"csv", "text/csv; charset=utf-8"},
    {"svg", "image/svg+xml"},
    {"png", "image/png"},
    {"jpg", "image/jpeg"},
    {"jpeg", "image/jpeg"},
    {"gif", "image/gif"},
    {"webp", "image/webp"},
    {"avif", "image/avif"},
    {"ico", "image/x-icon"},
    {"woff", "font/woff"},
    {"woff2", "font/woff2"},
    {"pdf", "application/pdf"},
    {"wasm", "application/wasm"},
    {"pf_meta", "application/octet-stream"},
}};

bool is_url_safe(unsigned char c) {
  if (c <= 0x20 || c >= 0x7f) return false;
  switch (c) {
    case '"':
    case '<':
    case '>':
    case '\\':
    case '^':
    case '`':
    case '{':
    case '|':
    case '}':
      return false;
    default:
      return true;
  }
}

}  // namespace

const HeaderList& security_headers() {
  static const HeaderList headers = {
      {"Content-Security-Policy",
       "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
       "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
       "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "strict-origin-when-cross-origin"},
      {"X-Frame-Options", "DENY"},
      {"Cross-Origin-Opener-Policy", "same-origin"},
  };
  return headers;
}

std::string cache_control_for(std::string_view url_path, std::string_view content_type) {
  if (url_path.substr(0, 8) == "/assets/") return "public, max-age=31536000, immutable";
  if (url_path.substr(0, 5) == "/api/") return "no-cache";
  if (content_type.substr(0, 9) == "text/html") return "no-cache";
  return "public, max-age=3600";
}

std::string media_type_for(std::string_view file_name) {
  size_t dot = file_name.rfind('.');
  size_t slash = file_name.rfind('/');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) {
    return "application/octet-stream";
  }
  const std::string extension = ascii_lower(file_name.substr(dot + 1));
  for (const ExtensionType& entry : kTypes) {
    if (entry.extension == extension) return std::string(entry.type);
  }
  return "application/octet-stream";
}

std::string header_safe_url(std::string_view text) {
  static constexpr std::string_view kHex = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (is_url_safe(byte)) {
      out.push_back(c);
    } else {
      out.push_back('%');
      out.push_back(kHex[byte >> 4]);
      out.push_back(kHex[byte & 0xf]);
    }
  }
  return out;
}

std::string folder_redirect_location(std::string_view raw_path, std::string_view query) {
  std::string location = header_safe_url(raw_path);
  location.push_back('/');
  if (!query.empty()) {
    location.push_back('?');
    location += header_safe_url(query);
  }
  return location;
}

std::string_view status_text(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 206:
      return "Partial content";
    case 301:
      return "Moved permanently";
    case 304:
      return "Not modified";
    case 400:
      return "Bad request";
    case 403:
      return "Forbidden";
    case 404:
      return "Not found";
    case 405:
      return "Method not allowed";
    case 408:
      return "Request timeout";
    case 413:
      return "Payload too large";
    case 414:
      return "URI too long";
    case 416:
      return "Range not satisfiable";
    case 431:
      return "Request header fields too large";
    case 503:
      return "Service unavailable";
    default:
      return status >= 500 ? "Server error" : "Error";
  }
}

}  // namespace mwp::serve
