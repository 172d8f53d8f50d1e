// Replacing single files of a folder that is in use (a served site): each
// file is written beside its target and renamed over it, so a reader sees
// the old content or the new, never a part.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string_view>

#include "diag/diagnostic.h"

namespace mwp {

// Writes `text` to `path` through a temporary file beside it and a rename.
// Refuses (file-exists) when `path` exists, unless `overwrite`. Other
// failures are output-error diagnostics. Creates missing parent folders.
bool write_file_atomically(const std::filesystem::path& path, std::string_view text, bool overwrite,
                           Diagnostics& diagnostics);

enum class FileUpdate { unchanged, written, failed };

// Replaces `path` with `text` atomically unless it already holds exactly
// `text` (then the file, its mtime and its ETag stay as they are).
FileUpdate update_file(const std::filesystem::path& path, std::string_view text,
                       Diagnostics& diagnostics);

}  // namespace mwp
