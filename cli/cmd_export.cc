// mwp export --text ARTICLE.md: write an article in the plain-text layout `mwp import` reads.
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <map>

#include "command.h"
#include "content/article_parser.h"
#include "content/front_matter.h"
#include "content/site_loader.h"
#include "content/site_scaffold.h"
#include "content/source_file.h"
#include "diagnostic_output.h"
#include "importer/category_lookup.h"
#include "importer/plain_text_writer.h"

namespace mwp::cli {
namespace {
namespace fs = std::filesystem;

struct ExportArgs {
  std::string article;
  std::string site = "site";
  std::string output;
  TextLayout layout = TextLayout::spaced;
  ListStyle list = ListStyle::numbered;
  bool breadcrumb = true;
  OutputFormat format = OutputFormat::text;
};

// The article's own sources note, from its front matter.
std::string sources_note(const std::string& text, const std::string& path) {
  Diagnostics ignored;
  const auto split = split_front_matter(text, path, ignored);
  if (!split) return {};
  auto fm = FrontMatter::parse(*split, path, ignored);
  return fm ? fm->string("sources_note", false, ignored).value_or("") : std::string();
}

int run_export(const ExportArgs& args, Diagnostics& d) {
  const auto site = load_site_content(args.site, true, d);
  if (!site) return 2;
  d = {};  // other articles' problems are `mwp check`'s to report
  const auto text = read_source_file(args.article, args.article, d);
  if (!text) return 2;
  const auto parsed = parse_article(*text, args.article, site->config, d);
  if (!parsed || d.has_errors()) return 1;
  Article article = *parsed;
  std::vector<std::string> breadcrumb;
  std::error_code ec;
  for (const auto& known : site->articles) {
    if (fs::equivalent(known.source_path, args.article, ec)) {
      if (args.breadcrumb) breadcrumb = category_names(site->categories, known.category);
      break;
    }
  }
  if (article.sources_note.empty()) article.sources_note = sources_note(*text, args.article);
  const std::string out =
      write_article_plain_text(article, site->config, breadcrumb, {args.layout, args.list});
  if (args.output.empty()) {
    fmt::print("{}", out);
    return 0;
  }
  return write_file_atomically(args.output, out, true, d) ? 0 : 2;
}

void setup_export(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<ExportArgs>();
  auto* cmd = app.add_subcommand(
      "export", "Write an article in the plain-text layout that `mwp import` reads");
  cmd->add_option("--text", args->article, "The article's Markdown file")->required();
  cmd->add_option("--site", args->site, "Site folder")->capture_default_str();
  cmd->add_option("-o,--output", args->output, "Write to this file instead of stdout");
  const std::map<std::string, TextLayout> layouts{{"spaced", TextLayout::spaced},
                                                  {"compact", TextLayout::compact}};
  cmd->add_option("--layout", args->layout,
                  "spaced (blank lines between paragraphs, default) or compact (one per line)")
      ->transform(CLI::CheckedTransformer(layouts, CLI::ignore_case));
  const std::map<std::string, ListStyle> lists{{"numbered", ListStyle::numbered},
                                               {"bulleted", ListStyle::bulleted},
                                               {"plain", ListStyle::plain}};
  cmd->add_option("--list", args->list, "Source list style: numbered (default), bulleted, plain")
      ->transform(CLI::CheckedTransformer(lists, CLI::ignore_case));
  cmd->add_flag("!--no-breadcrumb", args->breadcrumb, "Leave out the category breadcrumb line");
  add_format_option(*cmd, args->format);
  cmd->callback([args, &context] {
    Diagnostics diagnostics;
    context.exit_code = run_export(*args, diagnostics);
    // JSON diagnostics go to stdout, so only when the text does not.
    if (args->format == OutputFormat::text || context.exit_code != 0 || !args->output.empty()) {
      print_diagnostics(diagnostics, args->format);
    }
  });
}

const CommandRegistration kRegistration(setup_export);

}  // namespace
}  // namespace mwp::cli
