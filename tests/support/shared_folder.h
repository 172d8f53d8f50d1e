// The shared folder beside the checkout (../shared): test data that every
// developer and CI have there and that is never copied into the project (the
// seed articles, the verified bibliography). Tests read it through here, so
// that a checkout without it fails with an explanation, not with empty data.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#ifndef MWP_SHARED_DIR
#error "MWP_SHARED_DIR must name the shared folder (cmake/MwpModule.cmake defines it)"
#endif

namespace mwp::testing {

// Where ../shared/<relative> is.
inline std::string shared_path(std::string_view relative) {
  return std::string(MWP_SHARED_DIR) + "/" + std::string(relative);
}

// The text of ../shared/<relative>. When it cannot be read, fails the current
// test with what the folder is and where it was looked for, and returns "".
inline std::string read_shared_file(std::string_view relative) {
  const std::string path = shared_path(relative);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "cannot read " << path
                  << ": this test reads the project's shared test data from ../shared, the "
                     "folder beside the checkout (seed articles and the verified bibliography; "
                     "see the README's \"Test data\"). Put it there to run this test.";
    return {};
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace mwp::testing
