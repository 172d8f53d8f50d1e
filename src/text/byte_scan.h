// Sixteen bytes at a time, for scanning text for the few bytes that need
// work (escaping): GCC/Clang vector extensions, SSE2 on x86-64, NEON on ARM.
//   const Bytes16 v = load16(p);
//   if (!any16((v == '&') | (v == '<'))) { ... none of the 16 bytes needs it }
#pragma once

#include <cstdint>
#include <cstring>

namespace mwp {

using Bytes16 = unsigned char __attribute__((vector_size(16)));

// The 16 bytes at `p` (any alignment).
inline Bytes16 load16(const char* p) {
  Bytes16 v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// True when any lane of a comparison result is set.
template <typename Mask>
inline bool any16(Mask mask) {
  static_assert(sizeof(Mask) == 16);
  uint64_t lanes[2];
  std::memcpy(lanes, &mask, sizeof lanes);
  return (lanes[0] | lanes[1]) != 0;
}

}  // namespace mwp
