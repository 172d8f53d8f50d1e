// Validators and conditional requests (RFC 9110 §8.8, §13): ETags computed
// from content, HTTP dates, and the If-None-Match / If-Modified-Since test.
#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <string_view>

namespace mwp::serve {

// A strong entity tag for `content`: a quoted 64-bit FNV-1a hash and the
// length in hex, e.g. "\"9f3a...-1c2\"". Same bytes, same tag, across rebuilds.
std::string content_etag(std::string_view content);

// "Sun, 06 Nov 1994 08:49:37 GMT" (IMF-fixdate, always UTC).
std::string format_http_date(std::time_t time);

// Parses an IMF-fixdate; nullopt for anything else (obsolete formats included).
std::optional<std::time_t> parse_http_date(std::string_view text);

// True when `if_none_match` ("*" or a comma-separated list of tags, weak or
// strong) matches `etag` under the weak comparison.
bool etag_matches(std::string_view if_none_match, std::string_view etag);

// The 304 decision for a GET or HEAD. If-None-Match, when present, decides
// alone; otherwise If-Modified-Since at or after `last_modified` means
// not modified. Empty strings mean the header is absent.
bool is_not_modified(std::string_view if_none_match, std::string_view if_modified_since,
                     std::string_view etag, std::time_t last_modified);

}  // namespace mwp::serve
