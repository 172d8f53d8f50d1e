// mwp new article CATEGORY/SLUG: start an article from the site's template.
#include <fmt/format.h>

#include <chrono>

#include "command.h"
#include "content/article_parser.h"
#include "content/site_loader.h"
#include "content/site_scaffold.h"
#include "diagnostic_output.h"

namespace mwp::cli {
namespace {

struct NewArgs {
  std::string target;  // CATEGORY/SLUG
  std::string site = "site";
  std::string title;
  bool force = false;
  OutputFormat format = OutputFormat::text;
};

Date today() {
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{now};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

// "why-men-go-quiet" -> "Why men go quiet"
std::string title_from_slug(const std::string& slug) {
  std::string title = slug;
  for (char& c : title) c = c == '-' ? ' ' : c;
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z')
    title[0] = static_cast<char>(title[0] - 32);
  return title;
}

int create_article(const NewArgs& args, Diagnostics& d) {
  const auto slash = args.target.rfind('/');
  const std::string category = slash == std::string::npos ? "" : args.target.substr(0, slash);
  const std::string slug = args.target.substr(slash == std::string::npos ? 0 : slash + 1);
  if (!is_valid_slug(slug)) {
    d.error(args.target, 0, 0, "invalid-slug",
            fmt::format("'{}' is not a slug: use lower-case letters, digits and hyphens", slug));
    return 2;
  }
  Diagnostics load_diagnostics;
  const auto site = load_site_content(args.site, true, load_diagnostics);
  if (!site) {
    d.merge(std::move(load_diagnostics));
    return 2;
  }
  const auto found = std::find_if(site->categories.begin(), site->categories.end(),
                                  [&](const Category& c) { return c.path == category; });
  if (found == site->categories.end()) {
    d.error(
        args.target, 0, 0, "unknown-category",
        fmt::format("'{}' is not a category of the site (a folder with an _index.md)", category));
    return 2;
  }
  const auto path = std::filesystem::path(args.site) / "content" / category / (slug + ".md");
  const std::string title = args.title.empty() ? title_from_slug(slug) : args.title;
  const std::string text = article_skeleton(site->config.article_template, title, today());
  if (!write_file_atomically(path, text, args.force, d)) return 1;
  fmt::print("created {}\n", path.string());
  return 0;
}

void setup_new(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<NewArgs>();
  auto* cmd = app.add_subcommand("new", "Create new content from the site's template");
  auto* article = cmd->add_subcommand("article", "Create an article with every section to fill");
  cmd->require_subcommand(1);
  article->add_option("path", args->target, "CATEGORY/SLUG, e.g. men-women/communication/listening")
      ->required();
  article->add_option("--site", args->site, "Site folder")->capture_default_str();
  article->add_option("--title", args->title, "Article title (default: from the slug)");
  article->add_flag("--force", args->force, "Overwrite an existing article");
  add_format_option(*article, args->format);
  article->callback([args, &context] {
    Diagnostics diagnostics;
    context.exit_code = create_article(*args, diagnostics);
    print_diagnostics(diagnostics, args->format);
  });
}

const CommandRegistration kRegistration(setup_new);

}  // namespace
}  // namespace mwp::cli
