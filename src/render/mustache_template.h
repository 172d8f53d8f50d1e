// A Mustache template parsed once, with its partials resolved, then rendered
// any number of times from any thread. kainjow/mustache parses it; the
// render walks the parsed tags over the nlohmann::json context directly.
#pragma once

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "render/mustache_text.h"

namespace mwp {

class MustacheTemplate {
 public:
  // Parses `text` after prepare_mustache_text(). Nullopt with `error` set
  // when the template is invalid (unclosed tag or section, recursive partial).
  static std::optional<MustacheTemplate> parse(std::string_view text, const PartialTexts& partials,
                                               std::string& error);

  // Renders with `context`. {{x}} is HTML-escaped (text/escape.h), {{{x}}}
  // and {{&x}} are not. As mstch did: an empty string, null and false are
  // falsy; numbers render as text; "a.b" looks up "a" through the context
  // stack, then "b" inside it only. Booleans render as nothing (mstch:
  // "true", "false"); kSectionMarker never reaches the output.
  // Thread-safe: concurrent renders share nothing mutable but a relaxed
  // atomic output-size hint.
  std::string render(const nlohmann::json& context) const;

 private:
  struct Program;  // the parsed template as a flat list of text runs and tags
  explicit MustacheTemplate(std::shared_ptr<const Program> program)
      : program_(std::move(program)) {}

  // Rendering only reads it (and bumps an atomic output-size hint).
  std::shared_ptr<const Program> program_;
};

}  // namespace mwp
