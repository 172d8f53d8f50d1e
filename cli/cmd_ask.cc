// mwp ask: the FAQ answer a built site gives to a question, if any fits.
#include <fmt/format.h>

#include "built_index.h"
#include "command.h"
#include "diagnostic_output.h"
#include "pipeline/site_build.h"
#include "search/searcher.h"

namespace mwp::cli {
namespace {

struct AskArgs {
  std::string site;
  std::string out = "public";
  std::string question;
  size_t limit = 1;
  OutputFormat format = OutputFormat::text;
};

void print_ask_result(const AskResult& result) {
  if (result.answers.empty()) {
    fmt::print("No FAQ answer fits this question well enough (threshold {:.2f}); try mwp search.\n",
               kAnswerThreshold);
    return;
  }
  for (const Answer& answer : result.answers) {
    fmt::print("Q: {}\n\n{}\n\n-- {} ({})  score {:.2f}\n", answer.question, answer.answer_text,
               answer.article_title, answer.article_url, answer.score);
  }
}

}  // namespace

void add_ask_command(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<AskArgs>();
  auto* cmd = app.add_subcommand("ask", "answer a question from a built site's FAQ entries");
  cmd->group(kAskGroup);
  cmd->add_option("question", args->question, "the question, as a reader would ask it")
      ->required()
      ->option_text("QUESTION");
  add_site_option(*cmd, args->site);
  add_out_option(*cmd, args->out, "the folder the site was built into");
  cmd->add_option("-n,--answers", args->limit, "the most answers to show (default: 1)")
      ->option_text("N");
  add_format_option(*cmd, args->format);
  set_help_details(*cmd,
                   "Prints the FAQ answer that fits the question best, or says that none "
                   "fits well enough.",
                   {{"mwp ask \"what is burnout?\"", "the best FAQ answer in ./public's index"},
                    {"mwp ask \"why do men go quiet\" -n 3", "up to three answers"}});
  cmd->callback([args, &context] {
    auto searcher = open_built_index(args->site, args->out, args->format);
    if (!searcher) {
      context.exit_code = kExitUsage;
      return;
    }
    const AskResult result = searcher->ask({.query = args->question, .limit = args->limit});
    context.exit_code = print_query_result("ask", result, args->format, print_ask_result);
  });
}

}  // namespace mwp::cli
