#include "cite/work_identity.h"

#include <algorithm>
#include <cstdio>

#include "text/slug.h"
#include "text/utf8.h"

namespace mwp {
namespace {

std::string lower_ascii(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

std::string first_name_text(const Reference& reference) {
  const auto& names = reference.authors.empty() ? reference.editors : reference.authors;
  if (names.empty()) return reference.title;
  const PersonName& first = names.front();
  if (!first.literal.empty()) return first.literal;
  return first.non_dropping_particle.empty() ? first.family
                                             : first.non_dropping_particle + " " + first.family;
}

std::string year_text(const Reference& reference) {
  return (reference.year == 0 ? std::string("nd") : std::to_string(reference.year)) +
         reference.year_suffix;
}

}  // namespace

std::string author_year_title_identity(const Reference& reference) {
  std::string out;
  const auto& names = reference.authors.empty() ? reference.editors : reference.authors;
  for (const PersonName& name : names) {
    out += fold_to_letters_and_digits(
        name.literal.empty() ? name.non_dropping_particle + name.family : name.literal);
    out += '|';
  }
  out += year_text(reference) + '|' + fold_to_letters_and_digits(reference.title);
  return out;
}

bool same_work(const Reference& a, const Reference& b) {
  if (!a.doi.empty() && !b.doi.empty()) return lower_ascii(a.doi) == lower_ascii(b.doi);
  return author_year_title_identity(a) == author_year_title_identity(b);
}

void WorkIndex::add(const Reference& work) {
  const size_t index = size_++;
  std::string identity = author_year_title_identity(work);
  if (work.doi.empty()) {
    no_doi_identity_.emplace(identity, index);
  } else {
    by_doi_.emplace(lower_ascii(work.doi), index);
  }
  by_identity_.emplace(std::move(identity), index);
}

std::optional<size_t> WorkIndex::find(const Reference& reference) const {
  const std::string identity = author_year_title_identity(reference);
  auto lookup = [](const std::unordered_map<std::string, size_t>& map,
                   const std::string& key) -> std::optional<size_t> {
    const auto it = map.find(key);
    if (it == map.end()) return std::nullopt;
    return it->second;
  };
  if (reference.doi.empty()) return lookup(by_identity_, identity);
  // With a DOI: same DOI, or same identity with a work lacking one.
  const std::optional<size_t> by_doi = lookup(by_doi_, lower_ascii(reference.doi));
  const std::optional<size_t> by_identity = lookup(no_doi_identity_, identity);
  if (by_doi && by_identity) return std::min(*by_doi, *by_identity);
  return by_doi ? by_doi : by_identity;
}

std::string work_key_stem(const Reference& reference) {
  std::string stem;
  const std::string name = first_name_text(reference);
  for (char c : slugify(name)) {
    if (c != '-') stem += c;
    if (reference.authors.empty() && reference.editors.empty() && c == '-') break;
  }
  if (stem.empty()) stem = "anon";
  return stem + year_text(reference);
}

std::string work_sort_key(const Reference& reference) {
  char year[16];
  std::snprintf(year, sizeof year, "%05d", reference.year);
  return fold_for_matching(first_name_text(reference)) + '\x01' + year + reference.year_suffix +
         '\x01' + fold_to_letters_and_digits(reference.title);
}

}  // namespace mwp
