// A Mustache template compiled once, with its partials inlined
// (render/mustache_program.h), then rendered any number of times from any
// thread: the render walks the compiled ops over the nlohmann::json context.
#pragma once

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "render/mustache_program.h"

namespace mwp {

class MustacheTemplate {
 public:
  // Compiles `text` with compile_mustache(). Nullopt with `error` set when
  // the template is invalid (a tag or section not closed, a recursive
  // partial).
  static std::optional<MustacheTemplate> parse(std::string_view text, const PartialTexts& partials,
                                               std::string& error);

  // Renders with `context`. {{x}} is HTML-escaped (text/escape.h), {{{x}}}
  // and {{&x}} are not. An empty string, an empty list, null and false are
  // falsy; numbers render as text and booleans as nothing; "a.b" looks up
  // "a" through the context stack, then "b" inside it only.
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
