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
  std::string site;
  std::string output;
  TextLayout layout = TextLayout::spaced;
  ListStyle list = ListStyle::numbered;
  bool no_breadcrumb = false;
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
  if (!site) return kExitUsage;
  d = {};  // other articles' problems are `mwp check`'s to report
  const auto text = read_source_file(args.article, args.article, d);
  if (!text) return kExitUsage;
  const auto parsed = parse_article(*text, args.article, site->config, d);
  if (!parsed || d.has_errors()) return kExitContentError;
  Article article = *parsed;
  std::vector<std::string> breadcrumb;
  std::error_code ec;
  for (const auto& known : site->articles) {
    if (fs::equivalent(known.source_path, args.article, ec)) {
      if (!args.no_breadcrumb) breadcrumb = category_names(site->categories, known.category);
      break;
    }
  }
  if (article.sources_note.empty()) article.sources_note = sources_note(*text, args.article);
  const std::string out = write_article_plain_text(ArticleText::held(article), site->config,
                                                   breadcrumb, {args.layout, args.list});
  if (args.output.empty()) {
    fmt::print("{}", out);
    return kExitOk;
  }
  return write_file_atomically(args.output, out, true, d) ? kExitOk : kExitUsage;
}

}  // namespace

void add_export_command(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<ExportArgs>();
  auto* cmd =
      app.add_subcommand("export", "write an article as plain text, as mwp import reads it");
  cmd->group(kMoveGroup);
  cmd->add_option("--text", args->article, "the article's Markdown file")
      ->required()
      ->option_text("FILE");
  add_site_option(*cmd, args->site);
  cmd->add_option("-o,--output", args->output, "write to this file (default: standard output)")
      ->option_text("FILE");
  add_choice_option(*cmd, "--layout", args->layout,
                    {{"spaced", TextLayout::spaced}, {"compact", TextLayout::compact}},
                    "blank lines between paragraphs (spaced, the default) or one paragraph to "
                    "a line (compact)");
  add_choice_option(*cmd, "--list", args->list,
                    {{"numbered", ListStyle::numbered},
                     {"bulleted", ListStyle::bulleted},
                     {"plain", ListStyle::plain}},
                    "how to write the sources list (default: numbered)");
  cmd->add_flag("--no-breadcrumb", args->no_breadcrumb, "leave out the category breadcrumb line");
  add_format_option(*cmd, args->format);
  set_help_details(
      *cmd, "",
      {{"mwp export --text content/articles/first-article.md", "print the article as plain text"},
       {"mwp export --text content/articles/first-article.md -o first.txt "
        "--layout compact",
        "write it to a file, one paragraph to a line"}});
  cmd->callback([args, &context] {
    Diagnostics diagnostics;
    context.exit_code = run_export(*args, diagnostics);
    // JSON diagnostics go to stdout, so only when the text does not.
    if (args->format == OutputFormat::text || context.exit_code != kExitOk ||
        !args->output.empty()) {
      print_diagnostics(diagnostics, args->format);
    }
  });
}

}  // namespace mwp::cli
