#include "cite/bibliography_import.h"

#include <unistd.h>

#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <system_error>
#include <unordered_map>

#include "cite/bibtex.h"
#include "cite/csl_json.h"
#include "cite/work_identity.h"

namespace mwp {
namespace {

std::optional<std::string> read_text(const std::filesystem::path& path, Diagnostics& diagnostics) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.error(path.string(), 0, 0, "io-error", "cannot read " + path.string());
    return std::nullopt;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

bool write_atomically(const std::filesystem::path& path, const std::string& data,
                      Diagnostics& diagnostics) {
  const std::filesystem::path temporary =
      path.parent_path() / (path.filename().string() + ".tmp-" + std::to_string(getpid()));
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << data;
    out.flush();
    if (!out) {
      diagnostics.error(path.string(), 0, 0, "io-error", "cannot write " + temporary.string());
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      return false;
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) {
    diagnostics.error(path.string(), 0, 0, "io-error",
                      "cannot replace " + path.string() + ": " + error.message());
    std::filesystem::remove(temporary, error);
    return false;
  }
  return true;
}

}  // namespace

ImportSummary merge_into_bibliography(nlohmann::json& items, std::vector<Reference>& existing,
                                      const std::vector<Reference>& imported,
                                      const std::string& import_path, Diagnostics& diagnostics) {
  ImportSummary summary;
  // The works and ids present, indexed so that each import is looked up in
  // expected constant time.
  WorkIndex works;
  std::unordered_map<std::string, size_t> ids;
  for (size_t i = 0; i < existing.size(); ++i) {
    works.add(existing[i]);
    ids.emplace(existing[i].id, i);
  }
  for (const Reference& reference : imported) {
    const std::optional<size_t> same_at = works.find(reference);
    const auto id = ids.find(reference.id);
    const Reference* same = same_at ? &existing[*same_at] : nullptr;
    const Reference* same_id = id != ids.end() ? &existing[id->second] : nullptr;
    if (same != nullptr) {
      ++summary.duplicates;
      diagnostics.warning(
          import_path, reference.source_line, 0, "bib-duplicate",
          "\"" + reference.id + "\" is already in the bibliography as \"" + same->id + "\"");
      continue;
    }
    if (same_id != nullptr) {
      ++summary.conflicts;
      diagnostics.error(
          import_path, reference.source_line, 0, "bib-id-conflict",
          "id \"" + reference.id + "\" already names a different work in the bibliography");
      continue;
    }
    items.push_back(to_csl_json(reference));
    works.add(reference);
    ids.emplace(reference.id, existing.size());
    existing.push_back(reference);
    ++summary.added;
  }
  return summary;
}

std::optional<ImportSummary> import_bibtex_file(const std::filesystem::path& bib_file,
                                                const std::filesystem::path& site_dir,
                                                Diagnostics& diagnostics) {
  const std::optional<std::string> bib = read_text(bib_file, diagnostics);
  if (!bib) return std::nullopt;
  const std::filesystem::path target = site_dir / "bibliography.json";
  std::string json_text = "[]";
  if (std::filesystem::exists(target)) {
    const std::optional<std::string> text = read_text(target, diagnostics);
    if (!text) return std::nullopt;
    json_text = *text;
  } else if (!std::filesystem::is_directory(site_dir)) {
    diagnostics.error(site_dir.string(), 0, 0, "io-error", "no site folder " + site_dir.string());
    return std::nullopt;
  }
  const size_t errors_before = diagnostics.error_count();
  std::vector<Reference> existing = parse_csl_json(json_text, target.string(), diagnostics);
  const std::vector<Reference> imported = parse_bibtex(*bib, bib_file.string(), diagnostics);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  nlohmann::json items = nlohmann::json::parse(json_text);
  const ImportSummary summary =
      merge_into_bibliography(items, existing, imported, bib_file.string(), diagnostics);
  if (summary.added > 0 && !write_atomically(target, items.dump(1) + "\n", diagnostics))
    return std::nullopt;
  return summary;
}

}  // namespace mwp
