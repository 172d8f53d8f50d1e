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

bool acronym_of(std::string_view acronym, std::string_view literal) {
  const std::string initials = initials_of(literal);
  if (acronym.empty() || initials.empty() || acronym.front() != initials.front()) return false;
  size_t at = 0;
  for (char c : initials) {
    if (at < acronym.size() && c == acronym[at]) ++at;
  }
  return at == acronym.size();
}

bool mixed_case_abbreviation_of(std::string_view written, std::string_view literal) {
  std::string capitals;
  for (char c : written) {
    if (c >= 'A' && c <= 'Z') capitals += static_cast<char>(c - 'A' + 'a');
  }
  return capitals.size() >= 3 && capitals == initials_of(literal);
}

}  // namespace mwp
