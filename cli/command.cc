#include "command.h"

#include <map>

namespace mwp::cli {

void add_format_option(CLI::App& command, OutputFormat& format) {
  const std::map<std::string, OutputFormat> names{{"text", OutputFormat::text},
                                                  {"json", OutputFormat::json}};
  command.add_option("--format", format, "Diagnostics and results as text or json")
      ->transform(CLI::CheckedTransformer(names, CLI::ignore_case));
}

}  // namespace mwp::cli
