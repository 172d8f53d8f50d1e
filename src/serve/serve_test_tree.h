// A throwaway folder for serve tests: a small built site written by the test
// itself, removed when the test ends.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace mwp::serve {

class TestTree {
 public:
  TestTree() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "mwp-serve-test-XXXXXX").string();
    root_ = ::mkdtemp(pattern.data());
  }
  ~TestTree() {
    std::error_code ignored;
    std::filesystem::remove_all(root_, ignored);
  }
  TestTree(const TestTree&) = delete;
  TestTree& operator=(const TestTree&) = delete;

  const std::filesystem::path& root() const { return root_; }

  void write(std::string_view relative, std::string_view content) const {
    std::filesystem::path path = root_ / relative;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << content;
  }

 private:
  std::filesystem::path root_;
};

}  // namespace mwp::serve
