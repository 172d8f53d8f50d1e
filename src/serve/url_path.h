// Turns the raw target of an HTTP request ("/a/b%20c/?q=1") into a path that
// is safe to look up under the output root, or says why it is not.
#pragma once

#include <string>
#include <string_view>

namespace mwp::serve {

enum class TargetError {
  none,
  not_origin_form,    // does not start with '/' ("*", "http://...", "")
  bad_escape,         // '%' not followed by two hex digits
  encoded_separator,  // "%2f" or "%5c" inside a segment
  backslash,          // '\' anywhere in the path
  control_character,  // NUL or another C0/DEL byte, raw or percent-encoded
  dot_segment,        // "." or ".." segment, raw or percent-encoded
  empty_segment,      // "//" (would make the path absolute or a protocol-relative URL)
  hidden_segment,     // a segment starting with '.' other than ".well-known"
  too_long,           // a segment over 255 bytes or a path over 2048 bytes
};

// A stable kebab-case name for logs and tests: "dot-segment".
std::string_view target_error_name(TargetError error);

struct RequestTarget {
  TargetError error = TargetError::none;
  // Decoded path below the root without leading or trailing '/': "a/b c".
  // Empty for the root. Every segment is a plain name (no '/', '\', NUL, "..").
  std::string relative;
  bool trailing_slash = false;  // the URL names a folder ("/a/b/" or "/")
  std::string raw_path;         // the path part exactly as received
  std::string query;            // the raw query without '?', may be empty
  bool ok() const { return error == TargetError::none; }
};

// Parses `target` as received in the request line (never decoded before).
// Promises: when ok(), `relative` joined to a root names something inside
// that root lexically; symlinks are for the caller to check.
RequestTarget parse_request_target(std::string_view target);

}  // namespace mwp::serve
