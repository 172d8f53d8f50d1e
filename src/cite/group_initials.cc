#include "cite/group_initials.h"

namespace mwp {

std::string initials_of(std::string_view literal) {
  std::string initials;
  bool word_start = true;
  bool capitals_only = false;  // the word so far is in capitals: "UK" of "Universities UK"
  for (char c : literal) {
    if (c == ' ' || c == '-') {
      word_start = true;
    } else {
      const bool capital = c >= 'A' && c <= 'Z';
      if ((word_start || capitals_only) && capital) {
        initials += static_cast<char>(c - 'A' + 'a');
      }
      capitals_only = capital && (word_start || capitals_only);
      word_start = false;
    }
  }
  return initials;
}

namespace {

// The first letter of every word of `literal`, small words too, in lower
// case: "mom" of "Ministry of Manpower".
std::string every_initial(std::string_view literal) {
  std::string initials;
  bool word_start = true;
  for (char c : literal) {
    if (c == ' ' || c == '-') {
      word_start = true;
      continue;
    }
    if (word_start && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
      initials += static_cast<char>(c >= 'a' ? c : c - 'A' + 'a');
    }
    word_start = false;
  }
  return initials;
}

// Whether `acronym` is read from `initials` in order, the first first.
bool read_from(std::string_view acronym, std::string_view initials) {
  if (acronym.empty() || initials.empty() || acronym.front() != initials.front()) return false;
  size_t at = 0;
  for (char c : initials) {
    if (at < acronym.size() && c == acronym[at]) ++at;
  }
  return at == acronym.size();
}

}  // namespace

bool acronym_of(std::string_view acronym, std::string_view literal) {
  return read_from(acronym, initials_of(literal)) || read_from(acronym, every_initial(literal));
}

bool mixed_case_abbreviation_of(std::string_view written, std::string_view literal) {
  std::string capitals;
  for (char c : written) {
    if (c >= 'A' && c <= 'Z') capitals += static_cast<char>(c - 'A' + 'a');
  }
  return capitals.size() >= 3 && capitals == initials_of(literal);
}

}  // namespace mwp
