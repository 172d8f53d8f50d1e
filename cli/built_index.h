// Opening the search index of a built site for the search and ask commands.
#pragma once

#include <filesystem>
#include <memory>

#include "command.h"
#include "search/searcher.h"

namespace mwp::cli {

// Opens the index beside `out_dir`. On failure prints the diagnostics (and,
// as text, how to build the index) and returns nullptr.
std::unique_ptr<Searcher> open_built_index(const std::filesystem::path& site_dir,
                                           const std::filesystem::path& out_dir,
                                           OutputFormat format);

}  // namespace mwp::cli
