#include "command.h"

#include <filesystem>

#include "help_formatter.h"

namespace mwp::cli {

namespace {

bool holds_site_config(const std::filesystem::path& dir) {
  std::error_code ec;
  return std::filesystem::is_regular_file(dir / "site.yaml", ec) ||
         std::filesystem::is_regular_file(dir / "site.yml", ec);
}

}  // namespace

std::string default_site_dir() {
  if (holds_site_config(".")) return ".";
  if (holds_site_config("site")) return "site";
  return ".";
}

CLI::Option* add_site_option(CLI::App& command, std::string& site) {
  site = default_site_dir();
  return command
      .add_option("-s,--site", site,
                  "the site folder, which holds site.yaml (default: the current folder when it "
                  "holds site.yaml, else ./site)")
      ->option_text("DIR");
}

CLI::Option* add_out_option(CLI::App& command, std::string& out, const std::string& description) {
  return command.add_option("-o,--out", out, description + " (default: " + out + ")")
      ->option_text("DIR");
}

void add_format_option(CLI::App& command, OutputFormat& format) {
  add_choice_option(command, "--format", format,
                    {{"text", OutputFormat::text}, {"json", OutputFormat::json}},
                    "print diagnostics and results as text for people (default) or as JSON "
                    "for tools");
}

void add_verbose_flag(CLI::App& command, bool& verbose) {
  command.add_flag("-v,--verbose", verbose, "print the time each stage took");
}

void set_help_details(CLI::App& command, const std::string& about,
                      const std::vector<std::pair<std::string, std::string>>& examples) {
  std::string footer = about.empty() ? "" : wrap_text(about, 0, 80) + "\n\n";
  footer += "Examples:";
  for (const auto& [line, what] : examples) footer += "\n  # " + what + "\n  " + line;
  command.footer(footer);
}

}  // namespace mwp::cli
