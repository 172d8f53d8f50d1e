#include "built_index.h"

#include <fmt/format.h>

#include "diagnostic_output.h"
#include "pipeline/site_build.h"

namespace mwp::cli {

std::unique_ptr<Searcher> open_built_index(const std::filesystem::path& site_dir,
                                           const std::filesystem::path& out_dir,
                                           OutputFormat format) {
  Diagnostics diagnostics;
  auto searcher = Searcher::open(search_index_dir(out_dir), diagnostics);
  if (!searcher) {
    print_diagnostics(diagnostics, format);
    if (format == OutputFormat::text) {
      fmt::print(stderr, "build the site and its index with: mwp build -s {} -o {}\n",
                 site_dir.string(), out_dir.string());
    }
  }
  return searcher;
}

}  // namespace mwp::cli
