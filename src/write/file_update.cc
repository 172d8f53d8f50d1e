#include "write/file_update.h"

#include <unistd.h>

#include <atomic>
#include <fstream>
#include <string>

namespace mwp {
namespace fs = std::filesystem;
namespace {

// A name beside `path` that no other writer in any process uses.
fs::path temporary_beside(const fs::path& path) {
  static std::atomic<uint64_t> counter{0};
  fs::path temp = path;
  temp += ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
  return temp;
}

bool same_content(const fs::path& path, std::string_view text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  in.seekg(0, std::ios::end);
  if (in.tellg() != static_cast<std::streamoff>(text.size())) return false;
  in.seekg(0);
  std::string existing(text.size(), '\0');
  in.read(existing.data(), static_cast<std::streamsize>(existing.size()));
  return in.gcount() == static_cast<std::streamsize>(text.size()) && existing == text;
}

}  // namespace

bool write_file_atomically(const fs::path& path, std::string_view text, bool overwrite,
                           Diagnostics& d) {
  std::error_code ec;
  if (!overwrite && fs::exists(path, ec)) {
    d.error(path.string(), 0, 0, "file-exists",
            "the file already exists (use --force to overwrite it)");
    return false;
  }
  fs::create_directories(path.parent_path(), ec);
  const fs::path temp = temporary_beside(path);
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) {
      d.error(path.string(), 0, 0, "output-error", "cannot write the file");
      fs::remove(temp, ec);
      return false;
    }
  }
  fs::rename(temp, path, ec);
  if (ec) {
    d.error(path.string(), 0, 0, "output-error", "cannot move the file in place: " + ec.message());
    fs::remove(temp, ec);
    return false;
  }
  return true;
}

FileUpdate update_file(const fs::path& path, std::string_view text, Diagnostics& diagnostics) {
  if (same_content(path, text)) return FileUpdate::unchanged;
  return write_file_atomically(path, text, true, diagnostics) ? FileUpdate::written
                                                              : FileUpdate::failed;
}

}  // namespace mwp
