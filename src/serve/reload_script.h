// The live-preview client: a script served at /__mwp/reload.js that listens
// to /__mwp/events and shows build errors from /__mwp/status as an overlay.
#pragma once

#include <string>
#include <string_view>

namespace mwp::serve {

inline constexpr std::string_view kReloadScriptPath = "/__mwp/reload.js";
inline constexpr std::string_view kEventsPath = "/__mwp/events";
inline constexpr std::string_view kStatusPath = "/__mwp/status";

// The JavaScript served at kReloadScriptPath. It uses no inline script or
// style attribute, so it runs under the site's Content-Security-Policy.
std::string_view reload_script();

// Returns `html` with `<script src="/__mwp/reload.js" defer></script>` before
// the last "</body>" (any case), or appended when there is none.
std::string inject_reload_script(std::string_view html);

}  // namespace mwp::serve
