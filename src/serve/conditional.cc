#include "serve/conditional.h"

#include <array>
#include <cstdint>
#include <cstdio>

#include "text/trim.h"

namespace mwp::serve {
namespace {

constexpr std::array<const char*, 7> kDays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// The opaque part of a tag with any W/ prefix removed: W/"x" -> "x".
std::string_view opaque_tag(std::string_view tag) {
  tag = trim(tag, kBlanks);
  if (tag.substr(0, 2) == "W/") tag.remove_prefix(2);
  return tag;
}

std::optional<int> parse_digits(std::string_view text) {
  if (text.empty()) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

std::string content_etag(std::string_view content) {
  uint64_t hash = 14695981039346656037ULL;
  for (char c : content) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  std::array<char, 48> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "\"%016llx-%zx\"",
                static_cast<unsigned long long>(hash), content.size());
  return buffer.data();
}

std::string format_http_date(std::time_t time) {
  std::tm utc{};
  gmtime_r(&time, &utc);
  std::array<char, 40> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%s, %02d %s %04d %02d:%02d:%02d GMT",
                kDays[static_cast<size_t>(utc.tm_wday) % 7], utc.tm_mday,
                kMonths[static_cast<size_t>(utc.tm_mon) % 12], utc.tm_year + 1900, utc.tm_hour,
                utc.tm_min, utc.tm_sec);
  return buffer.data();
}

std::optional<std::time_t> parse_http_date(std::string_view text) {
  // "Sun, 06 Nov 1994 08:49:37 GMT"
  text = trim(text, kBlanks);
  if (text.size() != 29 || text[3] != ',' || text[4] != ' ' || text[7] != ' ' || text[11] != ' ' ||
      text[16] != ' ' || text[19] != ':' || text[22] != ':' || text.substr(25) != " GMT") {
    return std::nullopt;
  }
  std::tm utc{};
  std::optional<int> day = parse_digits(text.substr(5, 2));
  std::optional<int> year = parse_digits(text.substr(12, 4));
  std::optional<int> hour = parse_digits(text.substr(17, 2));
  std::optional<int> minute = parse_digits(text.substr(20, 2));
  std::optional<int> second = parse_digits(text.substr(23, 2));
  if (!day || !year || !hour || !minute || !second) return std::nullopt;
  int month = -1;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (text.substr(8, 3) == kMonths[i]) month = static_cast<int>(i);
  }
  if (month < 0 || *day < 1 || *day > 31 || *hour > 23 || *minute > 59 || *second > 60) {
    return std::nullopt;
  }
  utc.tm_mday = *day;
  utc.tm_mon = month;
  utc.tm_year = *year - 1900;
  utc.tm_hour = *hour;
  utc.tm_min = *minute;
  utc.tm_sec = *second;
  return timegm(&utc);
}

bool etag_matches(std::string_view if_none_match, std::string_view etag) {
  if (trim(if_none_match, kBlanks) == "*") return true;
  std::string_view wanted = opaque_tag(etag);
  while (!if_none_match.empty()) {
    size_t comma = if_none_match.find(',');
    if (opaque_tag(if_none_match.substr(0, comma)) == wanted) return true;
    if (comma == std::string_view::npos) break;
    if_none_match.remove_prefix(comma + 1);
  }
  return false;
}

bool is_not_modified(std::string_view if_none_match, std::string_view if_modified_since,
                     std::string_view etag, std::time_t last_modified) {
  if (!trim(if_none_match, kBlanks).empty()) return etag_matches(if_none_match, etag);
  if (trim(if_modified_since, kBlanks).empty()) return false;
  std::optional<std::time_t> since = parse_http_date(if_modified_since);
  return since && last_modified <= *since;
}

}  // namespace mwp::serve
