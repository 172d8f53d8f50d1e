// Content negotiation for compression (RFC 9110 §12.5.3) and gzip itself.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mwp::serve {

// True when an Accept-Encoding value admits gzip: "gzip" or "x-gzip" with a
// non-zero q-value, or "*" with a non-zero q-value and gzip not refused.
// Tokens compare case-insensitively; an absent or empty header admits none.
bool accepts_gzip(std::string_view accept_encoding);

// True for media types worth compressing: text/*, JSON, JavaScript, XML, SVG.
bool is_compressible(std::string_view content_type);

// Compresses `data` into a gzip member (RFC 1952) at the best compression
// level. nullopt only if zlib fails (out of memory).
std::optional<std::string> gzip_compress(std::string_view data);

}  // namespace mwp::serve
