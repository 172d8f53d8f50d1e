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
  std::filesystem::path site_dir = "site";
  std::filesystem::path out_dir = "public";
  std::string question;
  size_t limit = 1;
  OutputFormat format = OutputFormat::text;
};

void print_text(const AskResult& result) {
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

void setup_ask(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<AskArgs>();
  auto* cmd = app.add_subcommand("ask", "Find the FAQ answer to a question in a built site");
  cmd->add_option("question", args->question, "The question, as a reader would ask it")->required();
  cmd->add_option("--site", args->site_dir, "Site folder")->capture_default_str();
  cmd->add_option("--out", args->out_dir, "Output folder the site was built into")
      ->capture_default_str();
  cmd->add_option("-n,--answers", args->limit, "Most answers to show")->capture_default_str();
  add_format_option(*cmd, args->format);
  cmd->callback([args, &context] {
    auto searcher = open_built_index(args->site_dir, args->out_dir, args->format);
    if (!searcher) {
      context.exit_code = 2;
      return;
    }
    const AskResult result = searcher->ask({.query = args->question, .limit = args->limit});
    context.exit_code = print_query_result("ask", result, args->format, print_text);
  });
}

const CommandRegistration kRegistration(setup_ask);

}  // namespace
}  // namespace mwp::cli
