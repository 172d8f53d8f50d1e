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
  std::string site;
  OutputFormat format = OutputFormat::text;
};

void run_bib_import(const BibArgs& args, CommandContext& context) {
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
  context.exit_code =
      io_failure ? kExitUsage : (diagnostics.has_errors() ? kExitContentError : kExitOk);
}

void run_bib_list(const BibArgs& args, CommandContext& context) {
  const std::filesystem::path path = std::filesystem::path(args.site) / "bibliography.json";
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "mwp bib list: cannot read " << path.string() << "\n";
    context.exit_code = kExitUsage;
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
  context.exit_code = diagnostics.has_errors() ? kExitContentError : kExitOk;
}

}  // namespace

void add_bib_command(CLI::App& app, CommandContext& context) {
  auto* bib = app.add_subcommand("bib", "add BibTeX to the site bibliography, or list it in APA 7");
  bib->group(kMoveGroup);
  bib->require_subcommand(1);

  auto import_args = std::make_shared<BibArgs>();
  auto* import = bib->add_subcommand(
      "import", "merge a BibTeX file into the site bibliography; entries already there are kept");
  import->group(kMoveGroup);
  import->add_option("file", import_args->file, "the BibTeX file")->required()->option_text("FILE");
  add_site_option(*import, import_args->site);
  add_format_option(*import, import_args->format);
  set_help_details(*import, "",
                   {{"mwp bib import library.bib", "add its entries to ./bibliography.json"}});
  import->callback([import_args, &context] { run_bib_import(*import_args, context);
});

auto list_args = std::make_shared<BibArgs>();
auto* list = bib->add_subcommand("list", "print every bibliography entry in APA 7, with its id");
list->group(kMoveGroup);
add_site_option(*list, list_args->site);
add_format_option(*list, list_args->format);
set_help_details(*list, "", {{"mwp bib list", "id and APA 7 reference of each entry"}});
list->callback([list_args, &context] { run_bib_list(*list_args, context); });

set_help_details(*bib,
                 "The site bibliography is bibliography.json (CSL-JSON) in the site folder; "
                 "an article's sources list cites its entries as [@id].",
                 {{"mwp bib import library.bib", "merge a BibTeX export"},
                  {"mwp bib list", "print every entry in APA 7"}});
}  // namespace mwp::cli

}  // namespace mwp::cli
