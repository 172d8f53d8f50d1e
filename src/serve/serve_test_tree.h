// A throwaway folder for serve tests: a small built site written by the test
// itself, removed when the test ends.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "temp_dir.h"

namespace mwp::serve {

class TestTree {
 public:
  const std::filesystem::path& root() const { return dir_.path(); }

  void write(std::string_view relative, std::string_view content) const {
    std::filesystem::path path = root() / relative;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << content;
  }

 private:
  testing::TempDir dir_;
};

}  // namespace mwp::serve
