#include "help_formatter.h"

#include <gtest/gtest.h>

#include <memory>

#include "command.h"

namespace mwp::cli {
namespace {

TEST(WrapText, Table) {
  const struct {
    std::string text;
    size_t indent;
    size_t width;
    std::string expected;
  } kCases[] = {
      {"", 0, 20, ""},
      {"one", 4, 20, "one"},
      {"one two three", 0, 20, "one two three"},
      {"one two three four", 0, 10, "one two\nthree four"},
      {"one two three four", 4, 12, "one two\n    three\n    four"},
      {"  spaced   out  ", 0, 20, "spaced out"},
      {"averyveryverylongword x", 2, 10, "averyveryverylongword\n  x"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(wrap_text(c.text, c.indent, c.width), c.expected) << c.text;
  }
}

// A command line like mwp's: a root with one grouped command.
struct SampleApp {
  CLI::App app{"a publishing engine", "mwp"};
  CLI::App* build = nullptr;
  std::string site;
  std::string out = "public";
  bool drafts = false;
  OutputFormat format = OutputFormat::text;

  SampleApp() {
    app.formatter(std::make_shared<HelpFormatter>());
    app.set_help_flag("-h,--help", "show this help");
    build = app.add_subcommand("build", "build the site into a folder");
    build->group(kPublishGroup);
    add_site_option(*build, site);
    add_out_option(*build, out, "the folder to build into");
    build->add_flag("-D,--drafts", drafts, "build drafts too");
    add_format_option(*build, format);
    build->add_option("paths", site, "what to build")->option_text("PATH");
    set_help_details(*build, "", {{"mwp build -o www", "build into www"}});
  }
};

TEST(HelpFormatter, CommandHelpIsWrittenForPeople) {
  SampleApp sample;
  const std::string help = sample.build->help();
  const char* kExpected[] = {
      "mwp build: build the site into a folder\n",
      "Usage: mwp build [PATH] [options]\n",
      "\nArguments:\n  PATH",
      "\nOptions:\n",
      "  -h, --help ",
      "  -s, --site DIR ",
      "  -o, --out DIR ",
      "the folder to build into (default: public)",
      "  -D, --drafts ",
      "  --format text|json ",
      "Examples:\n  # build into www\n  mwp build -o www\n",
  };
  for (const char* expected : kExpected) {
    EXPECT_NE(help.find(expected), std::string::npos) << "missing: " << expected << "\n" << help;
  }
  // CLI11's own annotations stay out of it.
  for (const char* internal : {"ENUM", "->", "{false}", "TEXT=", "REQUIRED", "Positionals"}) {
    EXPECT_EQ(help.find(internal), std::string::npos) << "shows " << internal << "\n" << help;
  }
}

TEST(HelpFormatter, RootHelpListsCommandsByGroup) {
  SampleApp sample;
  const std::string help = sample.app.help();
  EXPECT_NE(help.find("Usage: mwp COMMAND [options]\n"), std::string::npos) << help;
  EXPECT_NE(help.find(std::string("\n") + kPublishGroup + ":\n  build"), std::string::npos) << help;
}

TEST(HelpFormatter, LongLinesAreWrappedUnderTheirColumn) {
  SampleApp sample;
  sample.build->add_flag("--long", sample.drafts,
                         "a description long enough that it cannot fit on one line of eighty "
                         "columns and so goes on under itself");
  const std::string help = sample.build->help();
  size_t start = 0;
  while (start < help.size()) {
    size_t end = help.find('\n', start);
    if (end == std::string::npos) end = help.size();
    EXPECT_LE(end - start, 80u) << help.substr(start, end - start);
    start = end + 1;
  }
}

TEST(CommandPath, NamesParents) {
  CLI::App app{"", "mwp"};
  auto* outer = app.add_subcommand("new", "");
  auto* inner = outer->add_subcommand("article", "");
  EXPECT_EQ(command_path(&app), "mwp");
  EXPECT_EQ(command_path(inner), "mwp new article");
}

}  // namespace
}  // namespace mwp::cli
