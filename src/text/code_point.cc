#include "text/code_point.h"

#include <utf8proc.h>

namespace mwp {
namespace {

utf8proc_category_t category_of(char32_t cp) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp));
}

}  // namespace

DecodedCodePoint decode_non_ascii(std::string_view text, size_t at) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at);
  utf8proc_int32_t value = 0;
  const utf8proc_ssize_t n =
      utf8proc_iterate(p, static_cast<utf8proc_ssize_t>(text.size() - at), &value);
  if (n <= 0) return {0xFFFD, 1};
  return {static_cast<char32_t>(value), static_cast<size_t>(n)};
}

bool is_letter_non_ascii(char32_t cp) {
  const utf8proc_category_t category = category_of(cp);
  return category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO;
}

bool is_upper_letter_non_ascii(char32_t cp) {
  const utf8proc_category_t category = category_of(cp);
  return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

bool is_mark(char32_t cp) {
  const utf8proc_category_t category = category_of(cp);
  return category >= UTF8PROC_CATEGORY_MN && category <= UTF8PROC_CATEGORY_ME;
}

bool is_symbol_or_control(char32_t cp) {
  switch (category_of(cp)) {
    case UTF8PROC_CATEGORY_SO:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
      return true;
    default:
      return false;
  }
}

}  // namespace mwp
