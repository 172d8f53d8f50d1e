#include "render/citation_markers.h"

#include <algorithm>
#include <utility>

namespace mwp {
namespace {

constexpr unsigned char kMarkerLead = 0xEE;
constexpr unsigned char kMarkerSecond = 0x80;
constexpr unsigned char kOpen = 0x80;
constexpr unsigned char kClose = 0x81;
constexpr unsigned char kDigit0 = 0x90;

bool is_marker(std::string_view text, size_t i) {
  return i + 2 < text.size() && static_cast<unsigned char>(text[i]) == kMarkerLead &&
         static_cast<unsigned char>(text[i + 1]) == kMarkerSecond &&
         static_cast<unsigned char>(text[i + 2]) < 0xA0;
}

bool on_boundary(std::string_view text, size_t offset) {
  return offset >= text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

void append_marker(std::string& out, unsigned char last) {
  out += static_cast<char>(kMarkerLead);
  out += static_cast<char>(kMarkerSecond);
  out += static_cast<char>(last);
}

// Appends `text` with every marker code point replaced by U+FFFD (same length).
void append_replacing_markers(std::string& out, std::string_view text) {
  size_t from = 0;
  for (size_t lead = text.find(static_cast<char>(kMarkerLead)); lead != std::string_view::npos;
       lead = text.find(static_cast<char>(kMarkerLead), lead + 1)) {
    if (!is_marker(text, lead)) continue;
    out.append(text.substr(from, lead - from));
    out += "\xEF\xBF\xBD";
    from = lead + 3;
    lead += 2;
  }
  out.append(text.substr(from));
}

}  // namespace

MarkerKind marker_at(std::string_view text, size_t i, unsigned* digit) {
  if (!is_marker(text, i)) return MarkerKind::none;
  const auto kind = static_cast<unsigned char>(text[i + 2]);
  if (kind == kOpen) return MarkerKind::open;
  if (kind == kClose) return MarkerKind::close;
  if (kind >= kDigit0 && kind < kDigit0 + 10) {
    if (digit != nullptr) *digit = static_cast<unsigned>(kind - kDigit0);
    return MarkerKind::digit;
  }
  return MarkerKind::none;  // a marker-range code point mwp does not use
}

std::string insert_citation_markers(std::string_view markdown,
                                    const std::vector<CitationLink>& citations) {
  std::vector<size_t> order(citations.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return citations[a].begin < citations[b].begin; });
  std::vector<std::pair<size_t, std::string>> inserts;  // offset, marker bytes
  size_t covered = 0;
  for (size_t i : order) {
    const CitationLink& c = citations[i];
    if (c.begin > c.end || c.end > markdown.size() || c.begin < covered) continue;
    if (!on_boundary(markdown, c.begin) || !on_boundary(markdown, c.end)) continue;
    std::string open;
    append_marker(open, kOpen);
    for (char d : std::to_string(i)) {
      append_marker(open, static_cast<unsigned char>(kDigit0 + (d - '0')));
    }
    std::string close;
    append_marker(close, kClose);
    inserts.emplace_back(c.begin, std::move(open));
    inserts.emplace_back(c.end, std::move(close));
    covered = c.end;
  }
  std::string out;
  out.reserve(markdown.size() + inserts.size() * 9);
  size_t from = 0;
  for (const auto& [offset, marker] : inserts) {
    append_replacing_markers(out, markdown.substr(from, offset - from));
    out += marker;
    from = offset;
  }
  append_replacing_markers(out, markdown.substr(from));
  return out;
}

std::string strip_citation_markers(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t from = 0;
  for (size_t lead = text.find(static_cast<char>(kMarkerLead)); lead != std::string_view::npos;
       lead = text.find(static_cast<char>(kMarkerLead), lead + 1)) {
    if (!is_marker(text, lead)) continue;
    out.append(text.substr(from, lead - from));
    from = lead + 3;
    lead += 2;
  }
  out.append(text.substr(from));
  return out;
}

}  // namespace mwp
