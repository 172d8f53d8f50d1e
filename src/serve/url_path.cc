#include "serve/url_path.h"

#include <optional>

#include "text/escape.h"

namespace mwp::serve {
namespace {

constexpr size_t kMaxSegment = 255;
constexpr size_t kMaxPath = 2048;

bool is_control(unsigned char c) {
  return c < 0x20 || c == 0x7f;
}

// Decodes one raw segment (which holds no '/') into `out`, or returns why
// it cannot be served.
TargetError decode_segment(std::string_view raw, std::string& out) {
  out.clear();
  if (raw.find('\\') != std::string_view::npos) return TargetError::backslash;
  std::optional<std::string> decoded = percent_decode(raw);
  if (!decoded) return TargetError::bad_escape;
  // A separator in a segment was written encoded.
  if (decoded->find_first_of("/\\") != std::string::npos) return TargetError::encoded_separator;
  for (char c : *decoded) {
    if (is_control(static_cast<unsigned char>(c))) return TargetError::control_character;
  }
  out = std::move(*decoded);
  if (out == "." || out == "..") return TargetError::dot_segment;
  if (out.size() > kMaxSegment) return TargetError::too_long;
  if (!out.empty() && out.front() == '.' && out != ".well-known") {
    return TargetError::hidden_segment;
  }
  return TargetError::none;
}

}  // namespace

std::string_view target_error_name(TargetError error) {
  switch (error) {
    case TargetError::none:
      return "none";
    case TargetError::not_origin_form:
      return "not-origin-form";
    case TargetError::bad_escape:
      return "bad-escape";
    case TargetError::encoded_separator:
      return "encoded-separator";
    case TargetError::backslash:
      return "backslash";
    case TargetError::control_character:
      return "control-character";
    case TargetError::dot_segment:
      return "dot-segment";
    case TargetError::empty_segment:
      return "empty-segment";
    case TargetError::hidden_segment:
      return "hidden-segment";
    case TargetError::too_long:
      return "too-long";
  }
  return "unknown";
}

RequestTarget parse_request_target(std::string_view target) {
  RequestTarget result;
  size_t query_at = target.find_first_of("?#");
  std::string_view path = target.substr(0, query_at);
  if (query_at != std::string_view::npos && target[query_at] == '?') {
    std::string_view query = target.substr(query_at + 1);
    result.query = std::string(query.substr(0, query.find('#')));
  }
  result.raw_path = std::string(path);
  auto fail = [&result](TargetError error) {
    result.error = error;
    result.relative.clear();
    return result;
  };
  if (path.empty() || path.front() != '/') return fail(TargetError::not_origin_form);
  if (path.size() > kMaxPath) return fail(TargetError::too_long);
  for (char c : target) {
    if (is_control(static_cast<unsigned char>(c))) return fail(TargetError::control_character);
  }
  std::string_view rest = path.substr(1);
  result.trailing_slash = rest.empty() || rest.back() == '/';
  if (rest.empty()) return result;
  if (rest.back() == '/') rest.remove_suffix(1);
  std::string segment;
  for (;;) {
    size_t slash = rest.find('/');
    std::string_view raw = rest.substr(0, slash);
    if (raw.empty()) return fail(TargetError::empty_segment);
    TargetError error = decode_segment(raw, segment);
    if (error != TargetError::none) return fail(error);
    if (!result.relative.empty()) result.relative.push_back('/');
    result.relative += segment;
    if (slash == std::string_view::npos) break;
    rest.remove_prefix(slash + 1);
  }
  return result;
}

}  // namespace mwp::serve
