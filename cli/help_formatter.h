// Help text for people: what a command does, its usage, its arguments and
// options with their values and defaults in words, and examples.
//
//   mwp build: build the site into a folder of static files and its search index
//
//   Usage: mwp build [options]
//
//   Options:
//     -s, --site DIR    the site folder (default: . when it holds site.yaml, else site)
//     ...
//
//   Examples:
//     mwp build -v       build ./site into ./public and print each stage's time
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace mwp::cli {

class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_help(const CLI::App* app, std::string name,
                        CLI::AppFormatMode mode) const override;

 private:
  std::string usage_line(const CLI::App* app) const;
  std::string commands_part(const CLI::App* app) const;
  std::string options_part(const CLI::App* app, bool positional) const;
};

// `text` wrapped at `width` columns, every line after the first indented by
// `indent` spaces. Words longer than a line stay whole.
std::string wrap_text(const std::string& text, size_t indent, size_t width);

// "mwp new article": the app's name with its parents'.
std::string command_path(const CLI::App* app);

}  // namespace mwp::cli
