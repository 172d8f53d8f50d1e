// mwp bib: the site bibliography (site/bibliography.json, CSL-JSON).
//   mwp bib import FILE.bib --site DIR   merge BibTeX entries into it
//   mwp bib list --site DIR              print every entry in APA 7
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cite/apa_formatter.h"
#include "cite/bibliography_import.h"
#include "cite/csl_json.h"
#include "command.h"
#include "diagnostic_output.h"

namespace mwp::cli {
namespace {

struct BibArgs {
  std::string file;
  std::string site = "site";
  OutputFormat format = OutputFormat::text;
};

void run_import(const BibArgs& args, CommandContext& context) {
  Diagnostics diagnostics;
  const auto summary = import_bibtex_file(args.file, args.site, diagnostics);
  if (args.format == OutputFormat::json) {
    nlohmann::json out = to_json(diagnostics);
    if (summary) {
      out["added"] = summary->added;
      out["duplicates"] = summary->duplicates;
      out["conflicts"] = summary->conflicts;
    }
    std::cout << out.dump(1) << "\n";
  } else {
    print_diagnostics(diagnostics, args.format);
    if (summary) {
      std::cout << "added " << summary->added << ", already present " << summary->duplicates
                << ", id conflicts " << summary->conflicts << "\n";
    }
  }
  const bool io_failure = std::any_of(diagnostics.items().begin(), diagnostics.items().end(),
                                      [](const Diagnostic& d) { return d.code == "io-error"; });
  context.exit_code = io_failure ? 2 : (diagnostics.has_errors() ? 1 : 0);
}

void run_list(const BibArgs& args, CommandContext& context) {
  const std::filesystem::path path = std::filesystem::path(args.site) / "bibliography.json";
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "mwp bib list: cannot read " << path.string() << "\n";
    context.exit_code = 2;
    return;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  Diagnostics diagnostics;
  const std::vector<Reference> references =
      parse_csl_json(buffer.str(), path.string(), diagnostics);
  if (args.format == OutputFormat::json) {
    nlohmann::json out = to_json(diagnostics);
    out["references"] = nlohmann::json::array();
    for (const Reference& r : references) {
      out["references"].push_back(
          {{"id", r.id}, {"html", format_apa_html(r)}, {"text", format_apa_text(r)}});
    }
    std::cout << out.dump(1) << "\n";
  } else {
    print_diagnostics(diagnostics, args.format);
    for (const Reference& r : references) std::cout << r.id << "\t" << format_apa_text(r) << "\n";
  }
  context.exit_code = diagnostics.has_errors() ? 1 : 0;
}

void setup_bib(CLI::App& app, CommandContext& context) {
  auto* bib = app.add_subcommand("bib", "Manage the site bibliography (bibliography.json)");
  bib->require_subcommand(1);

  auto import_args = std::make_shared<BibArgs>();
  auto* import = bib->add_subcommand("import", "Merge a BibTeX file into the site bibliography");
  import->add_option("file", import_args->file, "BibTeX file")->required();
  import->add_option("--site", import_args->site, "Site folder")->capture_default_str();
  add_format_option(*import, import_args->format);
  import->callback([import_args, &context] { run_import(*import_args, context);
});

auto list_args = std::make_shared<BibArgs>();
auto* list = bib->add_subcommand("list", "Print every bibliography entry in APA 7");
list->add_option("--site", list_args->site, "Site folder")->capture_default_str();
add_format_option(*list, list_args->format);
list->callback([list_args, &context] { run_list(*list_args, context); });
}  // namespace

const CommandRegistration kRegistration(setup_bib);

}  // namespace mwp::cli
}  // namespace mwp::cli
