// mwp new article CATEGORY/SLUG: start a draft article from the site's template.
#include <fmt/format.h>

#include <algorithm>

#include "command.h"
#include "content/article_parser.h"
#include "content/site_loader.h"
#include "content/site_scaffold.h"
#include "diagnostic_output.h"

namespace mwp::cli {
namespace {

struct NewArticleArgs {
  std::string target;  // CATEGORY/SLUG
  std::string site;
  std::string title;
  bool force = false;
  OutputFormat format = OutputFormat::text;
};

// "why-men-go-quiet" -> "Why men go quiet"
std::string title_from_slug(const std::string& slug) {
  std::string title = slug;
  std::replace(title.begin(), title.end(), '-', ' ');
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z') {
    title[0] = static_cast<char>(title[0] - 'a' + 'A');
  }
  return title;
}

int create_article(const NewArticleArgs& args, Diagnostics& d) {
  const auto slash = args.target.rfind('/');
  const std::string category = slash == std::string::npos ? "" : args.target.substr(0, slash);
  const std::string slug = args.target.substr(slash == std::string::npos ? 0 : slash + 1);
  if (!is_valid_slug(slug)) {
    d.error(args.target, 0, 0, "invalid-slug",
            fmt::format("'{}' is not a slug: use lower-case letters, digits and hyphens", slug));
    return kExitUsage;
  }
  Diagnostics load_diagnostics;
  const auto site = load_site_content(args.site, true, load_diagnostics);
  if (!site) {
    d.merge(std::move(load_diagnostics));
    return kExitUsage;
  }
  const auto found = std::find_if(site->categories.begin(), site->categories.end(),
                                  [&](const Category& c) { return c.path == category; });
  if (found == site->categories.end()) {
    std::string known;
    for (const Category& c : site->categories) {
      if (!c.path.empty()) known += (known.empty() ? "" : ", ") + c.path;
    }
    d.error(args.target, 0, 0, "unknown-category",
            fmt::format("'{}' is not a category of the site (a folder of content/ with an "
                        "_index.md); the site has: {}",
                        category, known.empty() ? "none" : known));
    return kExitUsage;
  }
  const auto path = std::filesystem::path(args.site) / "content" / category / (slug + ".md");
  const std::string title = args.title.empty() ? title_from_slug(slug) : args.title;
  const std::string text = article_skeleton(site->config.article_template, title, Date::today());
  if (!write_file_atomically(path, text, args.force, d)) return kExitContentError;
  if (args.format == OutputFormat::text) {
    fmt::print(
        "created {}, a draft\n"
        "  fill in its description and sections; `mwp check` lists what it still lacks,\n"
        "  `mwp serve --drafts` previews it, and deleting the line 'draft: true' publishes it\n",
        path.lexically_normal().string());
  }
  return kExitOk;
}

}  // namespace

void add_new_command(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<NewArticleArgs>();
  auto* cmd = app.add_subcommand("new", "start a draft article from the site's template");
  cmd->group(kStartGroup);
  cmd->require_subcommand(1);
  auto* article = cmd->add_subcommand("article", "start a draft article from the site's template");
  article->group(kStartGroup);
  article
      ->add_option("path", args->target,
                   "the category's folder under content/, then the article's slug (its file "
                   "name and the last part of its URL)")
      ->required()
      ->option_text("CATEGORY/SLUG");
  add_site_option(*article, args->site);
  article->add_option("-t,--title", args->title, "the article's title (default: from the slug)")
      ->option_text("TEXT");
  article->add_flag("-f,--force", args->force, "overwrite an article that already exists");
  add_format_option(*article, args->format);
  set_help_details(*article,
                   "The article has every section of the site's article template, the FAQ "
                   "and the sources list, all empty, and 'draft: true' in its front matter. "
                   "A draft is never published and never fails a build; mwp check lists what "
                   "it still lacks as warnings. Delete the 'draft: true' line to publish it.",
                   {{"mwp new article articles/first-article",
                     "content/articles/first-article.md, titled \"First article\""},
                    {"mwp new article men-women/communication/listening -t \"How to listen\"",
                     "a draft in a nested category, with its title"}});
  set_help_details(
      *cmd, "",
      {{"mwp new article articles/first-article", "content/articles/first-article.md, a draft"}});
  article->callback([args, &context] {
    Diagnostics diagnostics;
    context.exit_code = create_article(*args, diagnostics);
    print_diagnostics(diagnostics, args->format);
  });
}

}  // namespace mwp::cli
