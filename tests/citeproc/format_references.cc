// Prints mwp's APA formatting of references as JSON, for compare.mjs to
// check against citeproc-js. Usage:
//   mwp_cite_format [--csl FILE.json]... [--list FILE]...
// --csl reads a CSL-JSON bibliography; --list reads the "Research sources"
// list of a seed page (.txt) or a Markdown article (.md) and parses each
// entry with the APA parser ([@key] entries are skipped: the bibliography
// covers them). Output: [{"source", "csl", "html", "text"}]. Exit status 1
// when some input had errors (printed to stderr), 2 on usage or I/O errors.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "cite/apa_formatter.h"
#include "cite/apa_parser.h"
#include "cite/csl_json.h"

namespace {

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return true;
}

bool is_list_item(const std::string& line) {
  const size_t start = line.find_first_not_of(' ');
  if (start == std::string::npos) return false;
  if (line[start] == '-' || line[start] == '*') return true;
  return line[start] >= '0' && line[start] <= '9';
}

// Entries of the list under the "Research sources" heading.
std::vector<mwp::Reference> read_list(const std::string& path, const std::string& text,
                                      mwp::Diagnostics& diagnostics) {
  std::vector<mwp::Reference> references;
  std::stringstream in(text);
  bool in_sources = false;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line == "Research sources" || line == "## Research sources") {
      in_sources = true;
      continue;
    }
    if (line.starts_with("## ")) in_sources = false;
    if (!in_sources || !is_list_item(line) || line.find("[@") != std::string::npos) continue;
    auto reference = mwp::parse_apa_reference(line, {path, number, 1}, diagnostics);
    if (!reference) continue;
    reference->id = path + ":" + std::to_string(number);
    references.push_back(std::move(*reference));
  }
  return references;
}

}  // namespace

int main(int argc, char** argv) {
  nlohmann::json out = nlohmann::json::array();
  mwp::Diagnostics diagnostics;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string option = argv[i];
    const std::string path = argv[i + 1];
    std::string text;
    if ((option != "--csl" && option != "--list") || !read_file(path, text)) {
      std::cerr << "mwp_cite_format: cannot read " << option << " " << path << "\n";
      return 2;
    }
    const std::vector<mwp::Reference> references =
        option == "--csl" ? mwp::parse_csl_json(text, path, diagnostics)
                          : read_list(path, text, diagnostics);
    for (const mwp::Reference& reference : references) {
      out.push_back({{"source", option == "--csl" ? path + "#" + reference.id : reference.id},
                     {"csl", mwp::to_csl_json(reference)},
                     {"html", mwp::format_apa_html(reference)},
                     {"text", mwp::format_apa_text(reference)}});
    }
  }
  if (argc % 2 == 0) {
    std::cerr << "usage: mwp_cite_format [--csl FILE] [--list FILE]...\n";
    return 2;
  }
  for (const mwp::Diagnostic& d : diagnostics.items()) std::cerr << mwp::format_text(d) << "\n";
  std::cout << out.dump(1) << "\n";
  return diagnostics.has_errors() ? 1 : 0;
}
