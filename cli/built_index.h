// Opening the search index of a built site for the search and ask commands.
#pragma once

#include <fmt/format.h>

#include <filesystem>
#include <memory>
#include <string_view>

#include "command.h"
#include "search/searcher.h"

namespace mwp::cli {

// Opens the index beside `out_dir`. On failure prints the diagnostics (and,
// as text, how to build the index) and returns nullptr.
std::unique_ptr<Searcher> open_built_index(const std::filesystem::path& site_dir,
                                           const std::filesystem::path& out_dir,
                                           OutputFormat format);

// Prints a search or ask result: as JSON, with `print_text` when it
// succeeded, or its error on stderr as "mwp <command>: <error>". Returns the
// command's exit code: 0, or 2 for a rejected query or an unreadable index.
template <typename Result, typename PrintText>
int print_query_result(std::string_view command, const Result& result, OutputFormat format,
                       PrintText print_text) {
  if (format == OutputFormat::json) {
    fmt::print("{}\n", to_json(result).dump(2));
  } else if (result.outcome == QueryOutcome::answered) {
    print_text(result);
  } else {
    fmt::print(stderr, "mwp {}: {}\n", command, result.error);
  }
  return result.outcome == QueryOutcome::answered ? kExitOk : kExitUsage;
}

}  // namespace mwp::cli
