#include "search/content_hashes.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace mwp {

std::string content_hash_text(uint64_t hash) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

std::string content_hash_lines(const std::vector<std::string>& ids,
                               const std::vector<uint64_t>& hashes) {
  std::string out;
  out.reserve(ids.size() * 64);
  for (size_t i = 0; i < ids.size(); ++i) {
    out += ids[i];
    out += '\t';
    out += content_hash_text(hashes[i]);
    out += '\n';
  }
  return out;
}

std::optional<std::map<std::string, std::string>> read_content_hashes(
    const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::map<std::string, std::string> hashes;
  std::string line;
  while (std::getline(in, line)) {
    const size_t tab = line.rfind('\t');
    if (tab == std::string::npos || tab == 0) return std::nullopt;
    std::string hash = line.substr(tab + 1);
    line.resize(tab);
    if (hash == "-") {
      hashes.erase(line);
    } else if (hash.size() == 16) {
      hashes[std::move(line)] = std::move(hash);
    } else {
      return std::nullopt;
    }
  }
  return hashes;
}

bool append_content_hashes(const std::filesystem::path& path,
                           const std::vector<std::pair<std::string, std::string>>& entries,
                           Diagnostics& diagnostics) {
  std::string text;
  for (const auto& [id, hash] : entries) text += id + '\t' + hash + '\n';
  std::ofstream out(path, std::ios::binary | std::ios::app);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.flush();
  if (!out) {
    diagnostics.error(path.string(), 0, 0, "search-index-write", "cannot append content hashes");
    return false;
  }
  return true;
}

}  // namespace mwp
