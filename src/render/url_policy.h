// Which link and image targets Markdown may use, and how they are written
// into an HTML attribute.
#pragma once

#include <string>
#include <string_view>

namespace mwp {

// True when `url` is relative (no scheme, or a ':' only after '/', '?' or
// '#') or its scheme is http or https, or mailto or tel when `allow_mail`.
bool url_allowed(std::string_view url, bool allow_mail);

// Appends `url` for a double-quoted attribute: spaces, controls, non-ASCII
// and characters invalid in URLs percent-encoded; '&' and '\'' as entities.
void append_url(std::string& out, std::string_view url);

}  // namespace mwp
