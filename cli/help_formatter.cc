#include "help_formatter.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <utility>
#include <vector>

namespace mwp::cli {
namespace {

constexpr size_t kWidth = 80;
constexpr size_t kMaxNameColumn = 30;

using Row = std::pair<std::string, std::string>;  // left column, description

// Where the descriptions of `rows` start: after the widest left column that
// fits in kMaxNameColumn.
size_t description_column(const std::vector<Row>& rows) {
  size_t column = 0;
  for (const auto& [left, unused] : rows) {
    if (left.size() + 4 <= kMaxNameColumn) column = std::max(column, left.size() + 4);
  }
  return column;
}

// The rows of a two-column table, the descriptions aligned at `column` and wrapped.
std::string table(const std::vector<Row>& rows, size_t column) {
  std::string out;
  for (const auto& [left, description] : rows) {
    out += "  " + left;
    if (left.size() + 4 > column) {
      out += "\n" + std::string(column, ' ');
    } else {
      out += std::string(column - left.size() - 2, ' ');
    }
    out += wrap_text(description, column, kWidth) + "\n";
  }
  return out;
}

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// What an argument or an option's value is called: its option_text, else
// its name in capitals.
std::string value_name(const CLI::Option* option) {
  if (!option->get_option_text().empty()) return option->get_option_text();
  return upper(option->get_name(true));
}

std::string option_names(const CLI::Option* option) {
  std::string names;
  for (const auto& s : option->get_snames()) names += (names.empty() ? "-" : ", -") + s;
  for (const auto& l : option->get_lnames()) names += (names.empty() ? "--" : ", --") + l;
  if (option->get_type_size() != 0) names += " " + value_name(option);
  return names;
}

bool visible(const CLI::Option* option) {
  return !option->get_group().empty();
}

}  // namespace

std::string wrap_text(const std::string& text, size_t indent, size_t width) {
  std::istringstream words(text);
  std::string out;
  std::string word;
  size_t at = indent;
  bool first = true;
  while (words >> word) {
    if (!first && at + 1 + word.size() > width) {
      out += "\n" + std::string(indent, ' ');
      at = indent;
    } else if (!first) {
      out += ' ';
      ++at;
    }
    out += word;
    at += word.size();
    first = false;
  }
  return out;
}

std::string command_path(const CLI::App* app) {
  std::string path = app->get_name();
  for (const CLI::App* parent = app->get_parent(); parent != nullptr;
       parent = parent->get_parent()) {
    path = parent->get_name() + " " + path;
  }
  return path;
}

std::string HelpFormatter::usage_line(const CLI::App* app) const {
  std::string usage = command_path(app);
  const auto commands =
      app->get_subcommands([](const CLI::App* sub) { return !sub->get_group().empty(); });
  if (!commands.empty()) usage += " COMMAND";
  for (const CLI::Option* option :
       app->get_options([](const CLI::Option* o) { return o->get_positional(); })) {
    std::string name = value_name(option);
    if (option->get_expected_max() > 1) name += "...";
    usage += " " + (option->get_required() ? name : "[" + name + "]");
  }
  if (!app->get_options([](const CLI::Option* o) { return o->nonpositional(); }).empty()) {
    usage += " [options]";
  }
  return usage;
}

std::string HelpFormatter::commands_part(const CLI::App* app) const {
  std::vector<std::string> groups;
  for (const CLI::App* sub : app->get_subcommands({})) {
    if (sub->get_group().empty()) continue;
    if (std::find(groups.begin(), groups.end(), sub->get_group()) == groups.end()) {
      groups.push_back(sub->get_group());
    }
  }
  std::vector<std::vector<Row>> rows_by_group;
  std::vector<Row> all_rows;
  for (const std::string& group : groups) {
    std::vector<Row>& rows = rows_by_group.emplace_back();
    for (const CLI::App* sub : app->get_subcommands({})) {
      if (sub->get_group() == group) rows.emplace_back(sub->get_name(), sub->get_description());
    }
    all_rows.insert(all_rows.end(), rows.begin(), rows.end());
  }
  const size_t column = description_column(all_rows);  // one column for every group
  std::string out;
  for (size_t i = 0; i < groups.size(); ++i) {
    out += "\n" + groups[i] + ":\n" + table(rows_by_group[i], column);
  }
  return out;
}

std::string HelpFormatter::options_part(const CLI::App* app, bool positional) const {
  std::vector<Row> rows;
  for (const CLI::Option* option : app->get_options({})) {
    if (!visible(option) || option->get_positional() != positional) continue;
    rows.emplace_back(positional ? value_name(option) : option_names(option),
                      option->get_description());
  }
  if (rows.empty()) return {};
  return std::string(positional ? "\nArguments:\n" : "\nOptions:\n") +
         table(rows, description_column(rows));
}

std::string HelpFormatter::make_help(const CLI::App* app, std::string /*name*/,
                                     CLI::AppFormatMode /*mode*/) const {
  std::string out = wrap_text(command_path(app) + ": " + app->get_description(), 2, kWidth);
  out += "\n\nUsage: " + usage_line(app) + "\n";
  out += options_part(app, true);
  out += commands_part(app);
  out += options_part(app, false);
  if (!app->get_footer().empty()) out += "\n" + app->get_footer() + "\n";
  return out;
}

}  // namespace mwp::cli
