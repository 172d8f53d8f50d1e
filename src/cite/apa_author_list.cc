#include "cite/apa_author_list.h"

namespace mwp {
namespace {

struct Part {
  std::string_view text;
  size_t offset = 0;
};

std::string_view trim(std::string_view text, size_t* skipped = nullptr) {
  size_t front = 0;
  while (front < text.size() && text[front] == ' ') ++front;
  if (skipped != nullptr) *skipped = front;
  text.remove_prefix(front);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

// Splits at commas, at " & " and at ", and "; drops the connectors.
std::vector<Part> split_parts(std::string_view text) {
  std::vector<Part> parts;
  size_t start = 0;
  auto push = [&](size_t end) {
    size_t skipped = 0;
    std::string_view part = trim(text.substr(start, end - start), &skipped);
    size_t offset = start + skipped;
    for (std::string_view connector : {"& ", "and "}) {
      if (part.starts_with(connector)) {
        part.remove_prefix(connector.size());
        offset += connector.size();
      }
    }
    if (!part.empty() || end < text.size()) parts.push_back({part, offset});
  };
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ',') {
      push(i);
      start = i + 1;
    } else if (text.substr(i, 3) == " & ") {
      if (trim(text.substr(start, i - start)).empty()) continue;  // ", & "
      push(i);
      start = i + 1;
    }
  }
  push(text.size());
  return parts;
}

size_t code_point_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// "R. F.", "A.-M.", "J.", "Th." : letters closed by periods.
bool is_initials(std::string_view text) {
  if (text.empty() || text.back() != '.') return false;
  size_t letters = 0;
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '.') {
      if (letters == 0 || letters > 2) return false;
      letters = 0;
      ++i;
    } else if (c == ' ' || c == '-') {
      if (letters != 0) return false;
      ++i;
    } else {
      const auto u = static_cast<unsigned char>(c);
      const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || u >= 0x80;
      if (!letter) return false;
      if (letters == 0 && c >= 'a' && c <= 'z') return false;
      ++letters;
      i += code_point_length(u);
    }
  }
  return true;
}

bool is_suffix(std::string_view text) {
  for (std::string_view suffix : {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}) {
    if (text == suffix) return true;
  }
  return false;
}

// Length of an ellipsis at the start of `text` (". . .", "...", "…"), or 0.
size_t ellipsis_length(std::string_view text) {
  for (std::string_view ellipsis : {". . .", "...", "\xE2\x80\xA6"}) {
    if (text.starts_with(ellipsis)) return ellipsis.size();
  }
  return 0;
}

bool is_name_text(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if ((c >= '0' && c <= '9') || c == '(' || c == ')' || c == '[' || c == ']' || c == ':' ||
        c == ';') {
      return false;
    }
  }
  return true;
}

void fail(NameListParse& result, const Part& part) {
  result.ok = false;
  result.bad_offset = part.offset;
  result.bad_part = std::string(part.text.empty() ? std::string_view("(empty name)") : part.text);
}

}  // namespace

PersonName person_from_family(std::string_view family) {
  PersonName name;
  size_t split = 0;
  size_t i = 0;
  while (i < family.size() && family[i] >= 'a' && family[i] <= 'z') {
    size_t end = family.find(' ', i);
    if (end == std::string_view::npos) break;
    split = end;
    i = end + 1;
  }
  if (split > 0) {
    name.non_dropping_particle = std::string(family.substr(0, split));
    name.family = std::string(family.substr(split + 1));
  } else {
    name.family = std::string(family);
  }
  return name;
}

NameListParse parse_apa_author_list(std::string_view text) {
  NameListParse result;
  std::vector<Part> parts = split_parts(text);
  if (parts.size() == 1 && !parts[0].text.empty() && parts[0].text.back() == '.' &&
      !is_initials(parts[0].text)) {
    parts[0].text.remove_suffix(1);  // "American Psychological Association."
  }
  for (size_t i = 0; i < parts.size(); ++i) {
    Part part = parts[i];
    if (const size_t ellipsis = ellipsis_length(part.text); ellipsis > 0) {
      result.truncated = true;
      part.text = trim(part.text.substr(ellipsis));
      part.offset += ellipsis + 1;
      if (part.text.empty()) continue;
    }
    if (!is_name_text(part.text) || is_initials(part.text)) {
      fail(result, part);
      return result;
    }
    PersonName name = person_from_family(part.text);
    if (i + 1 < parts.size() && is_initials(parts[i + 1].text)) {
      name.given = std::string(parts[++i].text);
      if (i + 1 < parts.size() && is_suffix(parts[i + 1].text)) {
        name.suffix = std::string(parts[++i].text);
      }
    } else {
      name = PersonName{};
      name.literal = std::string(part.text);
    }
    result.names.push_back(std::move(name));
  }
  if (result.names.empty()) fail(result, Part{text, 0});
  return result;
}

NameListParse parse_apa_editor_list(std::string_view text) {
  NameListParse result;
  for (const Part& part : split_parts(text)) {
    if (!is_name_text(part.text)) {
      fail(result, part);
      return result;
    }
    // "J. J. Gross": the initials are the words ending in '.'.
    size_t family_start = 0;
    size_t i = 0;
    while (i < part.text.size()) {
      size_t end = part.text.find(' ', i);
      if (end == std::string_view::npos) end = part.text.size();
      if (!is_initials(part.text.substr(i, end - i))) break;
      family_start = end + 1;
      i = end + 1;
    }
    if (family_start >= part.text.size()) {
      PersonName name;
      name.literal = std::string(part.text);
      result.names.push_back(std::move(name));
      continue;
    }
    PersonName name = person_from_family(part.text.substr(family_start));
    name.given = std::string(trim(part.text.substr(0, family_start)));
    if (name.given.empty()) {
      name = PersonName{};
      name.literal = std::string(part.text);
    }
    result.names.push_back(std::move(name));
  }
  if (result.names.empty()) fail(result, Part{text, 0});
  return result;
}

}  // namespace mwp
