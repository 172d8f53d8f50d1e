// Decoding a plain-text article export into its non-blank lines.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"

namespace mwp {

// One non-blank line of a plain-text export.
struct TextLine {
  std::string text;           // trimmed; runs of spaces and tabs collapsed to one space
  int number = 0;             // 1-based line in the file
  bool blank_before = false;  // a blank line or the start of the file precedes it
  bool blank_after = false;   // a blank line or the end of the file follows it
};

// Checks and normalises the bytes of an import source. Promises on success:
// valid UTF-8 with no BOM (also none mid-file), "\n" line ends. Reports
// file-too-large, binary-file (NUL bytes, or control characters in more than
// one byte in a hundred or more than 16 of them), control-character (a stray one, with line:col),
// invalid-utf8 and empty-file (nothing but white space) against
// `display_path`, and returns nullopt.
std::optional<std::string> decode_import_text(std::string bytes, const std::string& display_path,
                                              Diagnostics& diagnostics);

// Splits text as decode_import_text() returns it into its non-blank lines.
std::vector<TextLine> split_text_lines(std::string_view text);

// Replaces curly quotes and primes with straight ones and collapses white
// space; what two texts are compared by when they should read the same.
std::string straighten_quotes(std::string_view text);

}  // namespace mwp
