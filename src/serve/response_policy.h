// What every response says about itself: security headers, cache lifetime,
// media type, and header values built from request data.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mwp::serve {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

// The headers sent on every response: a Content-Security-Policy the theme
// satisfies (same-origin resources only, no inline script or style, no
// framing), nosniff, Referrer-Policy and X-Frame-Options.
const HeaderList& security_headers();

// Cache-Control for a site path: "/assets/..." is immutable for a year,
// HTML and API answers must revalidate, anything else is cached an hour.
std::string cache_control_for(std::string_view url_path, std::string_view content_type);

// The media type for a file name by its extension, with "; charset=utf-8"
// for text; "application/octet-stream" when unknown.
std::string media_type_for(std::string_view file_name);

// Percent-encodes every byte of `text` that is not allowed verbatim in a URL
// path or query (controls, space, '"', '<', '>', '\', '^', '`', '{', '|', '}',
// non-ASCII), so the result can go into a header value. CR and LF never
// survive: they become %0D and %0A.
std::string header_safe_url(std::string_view text);

// The Location for redirecting a folder URL without its slash: raw path +
// "/" (+ "?query"). Requires raw_path to start with a single '/'.
std::string folder_redirect_location(std::string_view raw_path, std::string_view query);

// The reason phrase for the statuses this server sends: "Not found".
std::string_view status_text(int status);

}  // namespace mwp::serve
