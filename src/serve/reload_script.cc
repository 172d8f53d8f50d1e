#include "serve/reload_script.h"

#include "text/code_point.h"

namespace mwp::serve {
namespace {

constexpr std::string_view kTag = "<script src=\"/__mwp/reload.js\" defer></script>";

// Reconnects after the server restarts; reloads on "reload"; on "status"
// (and at start) fetches the build status and shows or clears the overlay.
constexpr std::string_view kScript = R"js((function () {
  "use strict";
  var overlayId = "mwp-build-errors";
  function clearOverlay() {
    var old = document.getElementById(overlayId);
    if (old) old.remove();
  }
  function showOverlay(status) {
    clearOverlay();
    var box = document.createElement("div");
    box.id = overlayId;
    box.setAttribute("role", "alertdialog");
    box.setAttribute("aria-label", "Build failed");
    var s = box.style;
    s.position = "fixed"; s.inset = "0"; s.zIndex = "2147483647"; s.overflow = "auto";
    s.background = "rgba(20, 20, 20, 0.94)"; s.color = "#fff"; s.padding = "2rem";
    s.font = "14px/1.5 ui-monospace, SFMono-Regular, Menlo, monospace";
    var title = document.createElement("h2");
    title.textContent = "Build failed: the last good version is still served";
    title.style.color = "#ff8a80";
    box.appendChild(title);
    var list = document.createElement("ul");
    list.style.listStyle = "none"; list.style.padding = "0";
    (status.diagnostics || []).forEach(function (d) {
      var item = document.createElement("li");
      item.className = "mwp-diagnostic";
      item.style.margin = "0 0 1rem 0"; item.style.whiteSpace = "pre-wrap";
      item.textContent = d.text;
      list.appendChild(item);
    });
    box.appendChild(list);
    var hint = document.createElement("p");
    hint.textContent = "Fix the file and save: this page reloads by itself.";
    box.appendChild(hint);
    document.body.appendChild(box);
  }
  function refreshStatus() {
    fetch("/__mwp/status", { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (status) { if (status.ok) clearOverlay(); else showOverlay(status); })
      .catch(function () {});
  }
  var source = new EventSource("/__mwp/events");
  var seen = null;
  source.addEventListener("hello", function (e) {
    if (seen !== null && seen !== e.data) location.reload();
    seen = e.data;
  });
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("status", refreshStatus);
  refreshStatus();
})();
)js";

}  // namespace

std::string_view reload_script() {
  return kScript;
}

std::string inject_reload_script(std::string_view html) {
  static constexpr std::string_view kClose = "</body>";
  const std::string lower = ascii_lower(html);
  size_t at = lower.rfind(kClose);
  std::string out;
  out.reserve(html.size() + kTag.size() + 1);
  if (at == std::string::npos) {
    out.append(html);
    out.append(kTag);
    return out;
  }
  out.append(html.substr(0, at));
  out.append(kTag);
  out.append(html.substr(at));
  return out;
}

}  // namespace mwp::serve
