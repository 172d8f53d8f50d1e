#include "cite/name_text.h"

#include <algorithm>

#include "text/code_point.h"
#include "text/word_set.h"

namespace mwp {

namespace {

// "A. C. de C.": initials with a particle among them, as Brazilian and
// Portuguese names keep it (Amanda C. de C. Williams).
bool initials_around_particle(std::string_view text) {
  for (std::string_view particle : {" de ", " da ", " do ", " dos ", " das "}) {
    const size_t at = text.find(particle);
    if (at == std::string_view::npos || at == 0) continue;
    return is_initials(text.substr(0, at)) && is_initials(text.substr(at + particle.size()));
  }
  return false;
}

}  // namespace

bool is_initials(std::string_view text) {
  if (text.empty() || text.back() != '.') return false;
  if (text.find(" d") != std::string_view::npos && initials_around_particle(text)) return true;
  size_t letters = 0;
  bool after_hyphen = false;  // "Y.-y.": a Chinese given name's second syllable
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '.') {
      if (letters == 0 || letters > 2) return false;
      letters = 0;
      after_hyphen = false;
      ++i;
    } else if (c == ' ' || c == '-') {
      if (letters != 0) return false;
      after_hyphen = c == '-';
      ++i;
    } else {
      const auto u = static_cast<unsigned char>(c);
      const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || u >= 0x80;
      if (!letter) return false;
      if (letters == 0 && c >= 'a' && c <= 'z' && !after_hyphen) return false;
      const DecodedCodePoint decoded = decode_code_point(text, i);
      // "Th." is one initial; "JÜ.", two capitals under one period, is none.
      if (letters == 1 && is_upper_letter(decoded.value)) return false;
      ++letters;
      i += decoded.length;
    }
  }
  return true;
}

bool is_suffix(std::string_view text) {
  return is_one_of(text, {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"});
}

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

bool is_group_name_text(std::string_view text) {
  if (text.empty() || text.find_first_of("()[]:;") != std::string_view::npos) return false;
  return text.find_first_not_of("0123456789-. ") != std::string_view::npos;
}

bool is_name_in_capitals(std::string_view text) {
  return text.find(' ') != std::string_view::npos && !text.starts_with(' ') &&
         std::all_of(text.begin(), text.end(),
                     [](char c) { return c == ' ' || (c >= 'A' && c <= 'Z'); });
}

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

bool is_given_names(std::string_view text) {
  size_t words = 0;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find(' ', at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(at, end - at);
    // A capital first, of any script's letters: "Štulhofer", "Østby".
    if (word.empty() || !is_upper_letter(decode_code_point(word, 0).value) || !is_name_text(word)) {
      return false;
    }
    ++words;
    at = end + 1;
  }
  return words >= 1 && words <= 3;
}

bool has_run_together_initials(std::string_view text) {
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find(' ', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(at, end - at);
    if (word.ends_with('.')) word.remove_suffix(1);
    if (word.size() >= 2 && word.size() <= 3 &&
        std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      return true;
    }
    at = end + 1;
  }
  return false;
}

}  // namespace mwp
