// Sixteen bytes at a time, for scanning text for the few bytes that need
// work (escaping): GCC/Clang vector extensions, SSE2 on x86-64, NEON on ARM.
//   i = skip16(text.data(), text.size(), i, [](Bytes16 v) { return (v == '&') | (v == '<'); });
//   // text[i] is '&' or '<', or i is within 15 bytes of the end
#pragma once

#include <cstddef>
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

// The index of the first set lane of a comparison result; 16 when none is.
template <typename Mask>
inline size_t first16(Mask mask) {
  static_assert(sizeof(Mask) == 16);
  uint64_t lanes[2];
  std::memcpy(lanes, &mask, sizeof lanes);  // little-endian: lane 0 is the low byte
  if (lanes[0] != 0) return static_cast<size_t>(__builtin_ctzll(lanes[0])) / 8;
  if (lanes[1] != 0) return 8 + static_cast<size_t>(__builtin_ctzll(lanes[1])) / 8;
  return 16;
}

// The offset in `text` from `at` of the first byte `special(load16(...))`
// marks, by 16-byte blocks; stops at the last whole block (the caller checks
// the rest byte by byte).
template <typename Special>
inline size_t skip16(const char* text, size_t size, size_t at, Special special) {
  while (at + 16 <= size) {
    const size_t first = first16(special(load16(text + at)));
    if (first < 16) return at + first;
    at += 16;
  }
  return at;
}

}  // namespace mwp
