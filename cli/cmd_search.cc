// mwp search: query a built site's search index from the terminal.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>

#include "built_index.h"
#include "command.h"
#include "diagnostic_output.h"
#include "pipeline/site_build.h"
#include "search/searcher.h"

namespace mwp::cli {
namespace {

struct SearchArgs {
  std::string site;
  std::string out = "public";
  std::string query;
  std::string category;
  std::string page;
  std::string sort;
  bool no_correct = false;
  OutputFormat format = OutputFormat::text;
};

// The snippet as terminal text: entities decoded, <mark> shown bold on a
// terminal and dropped otherwise.
std::string terminal_snippet(std::string_view html, bool tty) {
  static const std::pair<std::string_view, std::string_view> kReplacements[] = {
      {"<mark>", "\x1b[1m"}, {"</mark>", "\x1b[0m"}, {"&lt;", "<"},  {"&gt;", ">"},
      {"&quot;", "\""},      {"&#39;", "'"},         {"&amp;", "&"}, {"\n", " "}};
  std::string out;
  for (size_t i = 0; i < html.size();) {
    bool replaced = false;
    for (const auto& [from, to] : kReplacements) {
      if (html.substr(i, from.size()) != from) continue;
      if (tty || from[0] != '<') out += to;
      i += from.size();
      replaced = true;
      break;
    }
    if (!replaced) out += html[i++];
  }
  return out;
}

void print_search_result(const SearchResult& result) {
  const bool tty = ::isatty(STDOUT_FILENO) != 0;
  if (result.corrected) {
    fmt::print("Showing results for \"{}\" (no results for \"{}\" with that spelling)\n",
               result.suggestion, result.query);
  } else if (!result.suggestion.empty()) {
    fmt::print("Did you mean \"{}\"?\n", result.suggestion);
  }
  fmt::print("{} result{} (page {} of {}, {:.2f} ms)\n", result.total, result.total == 1 ? "" : "s",
             result.page, std::max<size_t>(result.pages, 1), result.query_ms);
  size_t rank = (result.page - 1) * kSearchPageSize;
  for (const SearchHit& hit : result.hits) {
    fmt::print("\n{}. {}\n   {}", ++rank, hit.title, hit.url);
    if (!hit.category.empty()) fmt::print("  ·  {}", hit.category);
    if (!hit.reviewed.empty()) fmt::print("  ·  reviewed {}", hit.reviewed);
    fmt::print("\n   {}\n", terminal_snippet(hit.snippet_html, tty));
  }
  if (!result.facets.empty()) {
    fmt::print("\nCategories:\n");
    for (const CategoryFacet& facet : result.facets) {
      fmt::print("  {}{} ({}) --category {}\n",
                 std::string(static_cast<size_t>(facet.depth) * 2, ' '), facet.name, facet.count,
                 facet.path);
    }
  }
}

}  // namespace

void add_search_command(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<SearchArgs>();
  auto* cmd = app.add_subcommand("search", "search a built site's index, as its search page does");
  cmd->group(kAskGroup);
  cmd->add_option("query", args->query, "what to search for")->required()->option_text("QUERY");
  add_site_option(*cmd, args->site);
  add_out_option(*cmd, args->out, "the folder the site was built into");
  cmd->add_option("--category", args->category,
                  "only this category and those under it, by its path (e.g. men-women)")
      ->option_text("PATH");
  cmd->add_option("--page", args->page, "which page of results, 10 to a page (default: 1)")
      ->option_text("N");
  add_choice_option(
      *cmd, "--sort", args->sort,
      {{"relevance", std::string("relevance")}, {"reviewed", std::string("reviewed")}},
      "best match first (default), or the most recently reviewed first");
  cmd->add_flag("--no-correct", args->no_correct,
                "search the words as typed, even when a correction finds more");
  add_format_option(*cmd, args->format);
  set_help_details(*cmd, "",
                   {{"mwp search \"why is it hard to ask for help\"", "search ./public's index"},
                    {"mwp search burnout --category men-women --sort reviewed",
                     "in one category, the most recently reviewed first"}});
  cmd->callback([args, &context] {
    auto searcher = open_built_index(args->site, args->out, args->format);
    if (!searcher) {
      context.exit_code = kExitUsage;
      return;
    }
    const SearchResult result = searcher->search({.query = args->query,
                                                  .category = args->category,
                                                  .page = args->page,
                                                  .sort = args->sort,
                                                  .correct_spelling = !args->no_correct});
    context.exit_code = print_query_result("search", result, args->format, print_search_result);
  });
}

}  // namespace mwp::cli
