#include "cite/apa_author_list.h"

#include <algorithm>
#include <optional>

#include "cite/field_text.h"
#include "cite/name_group.h"
#include "cite/name_text.h"
#include "text/code_point.h"
#include "text/trim.h"
#include "text/utf8.h"
#include "text/word_set.h"

namespace mwp {
namespace {

struct Part {
  std::string_view text;
  size_t offset = 0;
  bool after_and = false;        // written after ", and ": maybe inside a group's name
  bool after_ampersand = false;  // split from the part before at " & ", with no comma
  bool after_connector = false;  // opened by "&", "and", "y", "und", "et" or "en", now dropped
};

// " and ", " y ", " und ", " et ", " en ": the word that joins the last
// author after initials, in the languages psychology is published in.
bool joins_after_initials(std::string_view text) {
  for (std::string_view joint : {" and ", " y ", " und ", " et ", " en "}) {
    if (text.starts_with(joint) && !text.starts_with(" et al")) return true;
  }
  return false;
}

// Splits at commas, at " & " and at ", and "; drops the connectors.
std::vector<Part> split_parts(std::string_view text) {
  std::vector<Part> parts;
  size_t start = 0;
  bool ampersand_split = false;
  auto push = [&](size_t end) {
    const std::string_view written = text.substr(start, end - start);
    std::string_view part = trim(written);
    size_t offset = start + std::min(written.find_first_not_of(' '), written.size());
    bool after_and = false;
    bool after_connector = false;
    for (std::string_view connector : {"& ", "and ", "y ", "und ", "et ", "en "}) {
      if (part.starts_with(connector) && !part.starts_with("et al")) {
        part.remove_prefix(connector.size());
        offset += connector.size();
        after_and = connector != "& ";
        after_connector = true;
      }
    }
    if (!part.empty() || end < text.size()) {
      parts.push_back({part, offset, after_and, ampersand_split, after_connector});
    }
  };
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ',') {
      push(i);
      start = i + 1;
      ampersand_split = false;
    } else if (i > 0 && text[i - 1] == '.' && joins_after_initials(text.substr(i))) {
      push(i);  // "Lazarus, R. S. and Folkman, S.", Spanish "y", German "und", French "et"
      start = i + 1;
      ampersand_split = false;
    } else if (text.substr(i, 3) == " & ") {
      if (trim(text.substr(start, i - start)).empty()) continue;  // ", & "
      push(i);
      start = i + 1;
      ampersand_split = true;
    }
  }
  push(text.size());
  return parts;
}

bool is_one_of_company_forms(std::string_view word) {
  return is_one_of(word, {"Inc", "Ltd", "LLC", "LLP", "Co", "Corp", "plc", "PLC", "GmbH", "Pty Ltd",
                          "AG", "S.A", "Limited", "Incorporated"});
}

bool is_single_word(std::string_view text) {
  return text.find(' ') == std::string_view::npos;
}

// "Committee on Early Childhood, Adoption, and Dependent Care": a group's
// name with a serial comma was split at its commas. A part written after
// ", and " that no initials follow is joined back to the words before it,
// over one-word parts, as far as the first part of several words.
std::vector<Part> join_group_names(std::string_view text, std::vector<Part> parts) {
  for (size_t i = 1; i < parts.size(); ++i) {
    const bool person =
        is_initials(parts[i].text) || (i + 1 < parts.size() && is_initials(parts[i + 1].text));
    if (!parts[i].after_and || person || is_initials(parts[i - 1].text)) continue;
    size_t first = i - 1;
    while (first > 0 && is_single_word(parts[first].text) && !is_initials(parts[first - 1].text)) {
      --first;
    }
    const size_t end = parts[i].offset + parts[i].text.size();
    parts[first].text = text.substr(parts[first].offset, end - parts[first].offset);
    parts.erase(parts.begin() + static_cast<long>(first) + 1,
                parts.begin() + static_cast<long>(i) + 1);
    i = first;
  }
  return parts;
}

// "Calm.com, Inc.", "Apple, Inc.": a company's legal form after its name's
// comma is part of the name, never a person's given name.
std::vector<Part> join_company_forms(std::string_view text, std::vector<Part> parts) {
  for (size_t i = 1; i < parts.size(); ++i) {
    std::string_view form = parts[i].text;
    if (form.ends_with('.') && form.find('.') == form.size() - 1) form.remove_suffix(1);
    if (!is_one_of_company_forms(form) || parts[i].after_and || parts[i].after_ampersand) continue;
    const size_t end = parts[i].offset + parts[i].text.size();
    parts[i - 1].text = text.substr(parts[i - 1].offset, end - parts[i - 1].offset);
    parts.erase(parts.begin() + static_cast<long>(i));
    --i;
  }
  return parts;
}

// The period that closes the author element, off a group's name: "Task
// Force on Statistical Inference." An abbreviation keeps its own: "Inc.".
std::string_view without_closing_period(std::string_view name) {
  for (std::string_view abbreviation : {" Inc.", " Ltd.", " Co.", " Corp.", " Jr.", " S.A."}) {
    if (name.ends_with(abbreviation)) return name;
  }
  if (name.ends_with('.') && !is_initials(name)) name.remove_suffix(1);
  return name;
}

void fail(NameListParse& result, const Part& part) {
  result.ok = false;
  result.bad_offset = part.offset;
  result.bad_part = std::string(part.text.empty() ? std::string_view("(empty name)") : part.text);
}

// "Hyde, Janet Shibley" and "Gross, James J., & John, Oliver P.": persons
// whose given names are written out. Family parts are one to three words.
std::optional<std::vector<PersonName>> persons_with_given_names(const std::vector<Part>& parts) {
  if (parts.size() % 2 != 0) return std::nullopt;
  std::vector<PersonName> names;
  for (size_t i = 0; i < parts.size(); i += 2) {
    const std::string_view family = parts[i].text;
    if (!is_name_text(family) || family.find('.') != std::string_view::npos ||
        has_run_together_initials(family) || has_run_together_initials(parts[i + 1].text) ||
        std::count(family.begin(), family.end(), ' ') > 2 || family.empty() ||
        !is_given_names(parts[i + 1].text) || parts[i + 1].after_ampersand ||
        parts[i + 1].after_connector) {
      // "Johnson & Johnson", "Wen Zhonglin, & Ye Baojuan": a given name
      // follows its family name after a comma, and no connector.
      return std::nullopt;
    }
    PersonName name = person_from_family(family);
    name.given = std::string(parts[i + 1].text);
    // "Arthur P" lost its period to the author element's: "Arthur P.".
    if (name.given.size() >= 2 && name.given[name.given.size() - 2] == ' ' &&
        name.given.back() >= 'A' && name.given.back() <= 'Z') {
      name.given += '.';
    }
    names.push_back(std::move(name));
  }
  return names;
}

// "AARP & National Alliance for Caregiving": two groups, each a body's name,
// an acronym on its own, or a name that opens with one ("UN Women"). "Johnson & Johnson" and
// "Department of Health & Social Care" are one.
std::optional<std::vector<PersonName>> two_groups(std::string_view text) {
  const size_t amp = text.find(" & ");
  if (amp == std::string_view::npos || text.find(',') != std::string_view::npos ||
      text.find(" & ", amp + 1) != std::string_view::npos) {
    return std::nullopt;
  }
  const std::vector<PersonName> groups = {group_name(std::string(trim(text.substr(0, amp)))),
                                          group_name(std::string(trim(text.substr(amp + 3))))};
  for (const PersonName& group : groups) {
    // "UN Women", "NHS England": a body's name that opens with an acronym.
    const std::string_view literal = group.literal;
    const bool acronym_first = literal.find(' ') != std::string_view::npos &&
                               is_acronym_text(literal.substr(0, literal.find(' ')));
    const bool capitals = is_name_in_capitals(literal);  // "I CAN"
    if (!is_acronym_text(literal) && !looks_like_group_name(literal) && !acronym_first &&
        !capitals) {
      return std::nullopt;
    }
    if (!is_group_name_text(group.literal)) return std::nullopt;
  }
  return groups;
}

// "McKinsey & Company, & LeanIn.Org", "Indian Council of Medical Research,
// Public Health Foundation of India, & Institute for Health Metrics and
// Evaluation": groups listed as APA lists authors, with ", &" before the
// last. Each is a group's name or an acronym, at least one unmistakably a
// body's name, and none a person's ("Smith"). One group's name writes "and"
// before its last part: "National Academies of Sciences, Engineering, and
// Medicine".
std::optional<std::vector<PersonName>> groups_listed(std::string_view text) {
  const size_t last = text.rfind(", & ");
  if (last == std::string_view::npos) return std::nullopt;
  std::vector<std::string_view> pieces;
  size_t at = 0;
  while (at < last) {
    size_t comma = text.find(", ", at);
    if (comma > last) comma = last;
    pieces.push_back(trim(text.substr(at, comma - at)));
    at = comma + 2;
  }
  pieces.push_back(trim(text.substr(last + 4)));
  std::vector<PersonName> groups;
  bool body = false;
  for (const std::string_view piece : pieces) {
    // A body of one capitalised word beside another body: "Eurofound".
    const bool one_word = is_group_name_text(piece) && !piece.empty() && piece[0] >= 'A' &&
                          piece[0] <= 'Z' && pieces.size() == 2;
    if (!is_group_name_text(piece) || piece.find(' ') == std::string_view::npos) {
      if (!is_acronym_text(piece) && piece.find('.') == std::string_view::npos && !one_word) {
        return std::nullopt;
      }
    }
    body = body || looks_like_group_name(piece);
    groups.push_back(group_name(std::string(piece)));
  }
  if (!body || groups.size() < 2) return std::nullopt;
  return groups;
}

// A part read where a group's name would stand that is a person's name not
// written as APA lists persons: "Thamizhilakkiya M.", a family name and its
// initial with no comma between; and, among persons with initials, "Aslyeh
// Salehi", given name first, two or three capitalised words naming no body.
bool reads_as_unlisted_person(std::string_view text, bool among_persons) {
  const size_t space = text.rfind(' ');
  if (space != std::string_view::npos && text.size() == space + 3 && text.back() == '.' &&
      text[space + 1] >= 'A' && text[space + 1] <= 'Z') {
    return true;
  }
  const std::vector<std::string_view> words = words_of(text);
  if (!among_persons || space == std::string_view::npos || words.size() > 3 ||
      looks_like_group_name(text) || text.find(',') != std::string_view::npos) {
    return false;
  }
  return std::all_of(words.begin(), words.end(), [](std::string_view word) {
    return word.size() >= 2 && word[0] >= 'A' && word[0] <= 'Z' && !is_acronym_text(word) &&
           std::all_of(word.begin() + 1, word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  });
}

struct ParticleAfter {
  std::string_view initials;  // "B. A."
  std::string_view particle;  // "van der"; empty when the text is not of this form
};

ParticleAfter particle_after_initials(std::string_view text) {
  size_t end = 0;  // of the initials
  for (size_t at = 0; at < text.size();) {
    size_t space = text.find(' ', at);
    if (space == std::string_view::npos) space = text.size();
    if (!is_initials(text.substr(at, space - at))) break;
    end = space;
    at = space + 1;
  }
  if (end == 0 || end >= text.size()) return {};
  std::string_view particle = text.substr(end + 1);
  if (particle.ends_with('.')) particle.remove_suffix(1);  // the author element's period
  for (size_t at = 0; at < particle.size();) {
    size_t space = particle.find(' ', at);
    if (space == std::string_view::npos) space = particle.size();
    const std::string_view word = particle.substr(at, space - at);
    if (word.empty() || word[0] < 'a' || word[0] > 'z' || !is_particle_text(word)) return {};
    at = space + 1;
  }
  return {text.substr(0, end), particle};
}

}  // namespace

NameListParse parse_apa_author_list(std::string_view text) {
  NameListParse result;
  std::vector<Part> parts = join_group_names(text, join_company_forms(text, split_parts(text)));
  const bool any_initials = std::any_of(parts.begin(), parts.end(), [](const Part& p) {
    return is_initials(p.text) || !particle_after_initials(p.text).particle.empty();
  });
  if (!any_initials && parts.size() > 1) {
    std::string_view given_form = text;
    while (!given_form.empty() && given_form.back() == '.') given_form.remove_suffix(1);
    std::vector<Part> unpunctuated = split_parts(given_form);
    if (auto persons = persons_with_given_names(unpunctuated)) {
      result.names = std::move(*persons);
      return result;
    }
    if (auto groups = groups_listed(given_form)) {
      result.names = std::move(*groups);
      return result;
    }
    if (auto groups = two_groups(given_form)) {
      result.names = std::move(*groups);
      return result;
    }
    // "National Academies of Sciences, Engineering, and Medicine": one group;
    // never one that holds APA's ", &" between authors.
    if (given_form.find(", & ") == std::string_view::npos &&
        std::all_of(unpunctuated.begin(), unpunctuated.end(),
                    [](const Part& p) { return is_group_name_text(p.text); })) {
      result.names.push_back(group_name(std::string(trim(given_form))));
      return result;
    }
  }
  if (!parts.empty()) parts.back().text = without_closing_period(parts.back().text);
  for (size_t i = 0; i < parts.size(); ++i) {
    Part part = parts[i];
    if (const size_t ellipsis = ellipsis_length(part.text); ellipsis > 0) {
      result.truncated = true;
      part.text = trim(part.text.substr(ellipsis));
      part.offset += ellipsis + 1;
      if (part.text.empty()) continue;
    }
    if (part.text == "et al." || part.text == "et al") {
      result.truncated = true;  // "Hudson, J. I., et al.": the others are not named
      continue;
    }
    // "Kolk, B. A. van der": the particle after the initials, as library
    // catalogues invert "van der Kolk".
    const ParticleAfter after =
        i + 1 < parts.size() ? particle_after_initials(parts[i + 1].text) : ParticleAfter{};
    if (!after.particle.empty()) parts[i + 1].text = after.initials;
    const bool person = i + 1 < parts.size() && is_initials(parts[i + 1].text);
    if (!(person ? is_name_text(part.text) : is_group_name_text(part.text)) ||
        is_initials(part.text)) {
      fail(result, part);
      return result;
    }
    std::string_view family = part.text;
    std::string_view suffix_inside;  // "Karasek Jr, R. A.": the suffix typed after the family name
    if (const size_t space = family.rfind(' ');
        person && space != std::string_view::npos && is_suffix(family.substr(space + 1))) {
      suffix_inside = family.substr(space + 1);
      family = trim(family.substr(0, space));
    }
    PersonName name = person_from_family(family);
    if (person && !after.particle.empty() && name.non_dropping_particle.empty()) {
      name.non_dropping_particle = std::string(after.particle);
    }
    if (person) {
      name.suffix = std::string(suffix_inside);
      name.given = std::string(parts[++i].text);
      if (i + 1 < parts.size() && is_suffix(parts[i + 1].text)) {
        name.suffix = std::string(parts[++i].text);
      }
      if (name.suffix == "Jr" || name.suffix == "Sr") name.suffix += '.';  // APA writes "Jr."
    } else if (reads_as_unlisted_person(part.text, any_initials)) {
      fail(result, part);
      return result;
    } else {
      name = group_name(std::string(part.text));
    }
    result.names.push_back(std::move(name));
  }
  if (result.names.empty()) fail(result, Part{text, 0});
  return result;
}

NameListParse parse_apa_editor_list(std::string_view text) {
  // Editors written inverted, as authors are: "Gross, J. J.".
  const std::vector<Part> written = split_parts(text);
  // "P. J. Guerin, Jr.": a suffix after a name in direct order is no initials.
  const bool inverted_form = std::any_of(written.begin(), written.end(), [](const Part& p) {
    return is_initials(p.text) && !is_suffix(p.text);
  });
  if (NameListParse inverted = parse_apa_author_list(text);
      inverted_form && inverted.ok && !inverted.names.empty() &&
      std::all_of(inverted.names.begin(), inverted.names.end(),
                  [](const PersonName& name) { return name.literal.empty(); })) {
    return inverted;
  }
  NameListParse result;
  for (const Part& part : split_parts(text)) {
    if (is_suffix(part.text) && !result.names.empty() && result.names.back().literal.empty()) {
      result.names.back().suffix = std::string(part.text);
      continue;
    }
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
      result.names.push_back(group_name(std::string(part.text)));
      continue;
    }
    PersonName name = person_from_family(part.text.substr(family_start));
    name.given = std::string(trim(part.text.substr(0, family_start)));
    if (name.given.empty()) name = group_name(std::string(part.text));
    result.names.push_back(std::move(name));
  }
  if (result.names.empty()) fail(result, Part{text, 0});
  return result;
}

}  // namespace mwp
