#include "cite/apa_language.h"

#include <string>

#include "text/code_point.h"
#include "text/word_set.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

// Phrases that APA in another language writes and APA 7 in English never
// does, found as written.
constexpr std::string_view kPhrases[] = {"Recuperado de ",
                                         "Recuperado el ",
                                         "Disponible en ",
                                         "Dispon\xC3\xADvel em ",
                                         "Acesso em ",
                                         "Abgerufen am ",
                                         "Abgerufen von ",
                                         "Consult\xC3\xA9 le ",
                                         "Trabajo original publicado",
                                         "Obra original publicada",
                                         "Publica\xC3\xA7\xC3\xA3o original",
                                         "Trabalho original publicado",
                                         ": Autor.",
                                         ": Autora.",
                                         " Trad.)",
                                         "(Trad.)",
                                         "(Dir.)",
                                         "(Dirs.)",
                                         "(Comp.)",
                                         "(Comps.)",
                                         "(Coord.)",
                                         "(Coords.)",
                                         "(Hrsg.)",
                                         "(Org.)",
                                         "(Orgs.)",
                                         " Aufl.)",
                                         "[Tesis ",
                                         "[Tese ",
                                         "[Th\xC3\xA8se ",
                                         " : Auteur.",
                                         "(dir.)",
                                         "(dirs.)",
                                         "(\xC3\xA9"
                                         "d.)",
                                         "(\xC3\xA9"
                                         "ds.)",
                                         "Art\xC3\xAD"
                                         "culo ",
                                         "Artigo "};

// "(6a ed.)", "(3.ª ed.)", "(2e éd.)": an edition's ordinal in Spanish,
// Portuguese or French, at entry[open].
bool foreign_edition_at(std::string_view entry, size_t open) {
  size_t at = open + 1;
  while (at < entry.size() && is_ascii_digit(entry[at])) ++at;
  if (at == open + 1) return false;
  const std::string_view rest = entry.substr(at);
  for (std::string_view ordinal :
       {"a ed.", ".a ed.", "\xC2\xAA ed.", ".\xC2\xAA ed.", "\xC2\xBA ed.",
        "e \xC3\xA9"
        "d."}) {
    if (rest.starts_with(ordinal)) return true;
  }
  return false;
}

// "Paris : Odile Jacob.", "Calgary, AB : Auteur.": French APA's place before
// its publisher, a space before the colon, in the entry's last element.
std::string_view french_place(std::string_view entry) {
  const size_t colon = entry.rfind(" : ");
  if (colon == npos) return {};
  const size_t start = entry.rfind(". ", colon);
  const std::string_view rest = entry.substr(colon + 3);
  if (start == npos || colon - start > 40 || entry[start + 2] < 'A' || entry[start + 2] > 'Z' ||
      rest.find(". ") != npos || !rest.ends_with('.')) {
    return {};
  }
  return entry.substr(start + 2, colon + 2 - (start + 2));
}

}  // namespace

std::string_view other_language_apa_word(std::string_view entry) {
  for (const std::string_view phrase : kPhrases) {
    if (const size_t at = entry.find(phrase); at != npos) return entry.substr(at, phrase.size());
  }
  // ", y " or " y " joining the last author after initials: "G., y Emery".
  for (size_t at = entry.find(" y "); at != npos; at = entry.find(" y ", at + 1)) {
    if (at >= 2 && entry[at - 1] == ',' && entry[at - 2] == '.') return entry.substr(at - 1, 4);
    if (at >= 1 && entry[at - 1] == '.' && at + 3 < entry.size() && entry[at + 3] >= 'A' &&
        entry[at + 3] <= 'Z') {
      return entry.substr(at, 3);
    }
  }
  // ". En J. Strachey (Ed.)", ". En *Motivos*": a chapter's "In".
  for (size_t at = entry.find(". En "); at != npos; at = entry.find(". En ", at + 1)) {
    const size_t next = at + 5;
    if (next < entry.size() && (entry[next] == '*' || (entry[next] >= 'A' && entry[next] <= 'Z'))) {
      return entry.substr(at + 2, 2);
    }
  }
  // ". Dans J. Dupont (dir.)": French APA's "In".
  if (const size_t at = entry.find(". Dans "); at != npos) return entry.substr(at + 2, 4);
  if (const std::string_view place = french_place(entry); !place.empty()) return place;
  for (size_t open = entry.find('('); open != npos; open = entry.find('(', open + 1)) {
    if (foreign_edition_at(entry, open)) {
      return entry.substr(open, std::min<size_t>(entry.find(')', open), entry.size()) - open + 1);
    }
  }
  return {};
}

bool other_language_date(std::string_view inside, int& year) {
  for (std::string_view undated : {"s.f.", "s. f.", "s.d.", "s. d.", "o. J.", "o.J.", "en prensa",
                                   "no prelo", "im Druck", "sous presse"}) {
    if (inside == undated) {
      year = 0;
      return true;
    }
  }
  // "2023, 31 de marzo", "2020, 5 de maio".
  if (inside.size() > 10 && is_ascii_digits(inside.substr(0, 4)) && inside.substr(4, 2) == ", " &&
      inside.find(" de ") != npos) {
    year = std::stoi(std::string(inside.substr(0, 4)));
    return true;
  }
  return false;
}

bool is_title_case_small_word(std::string_view word) {
  return is_one_of(
      word, {"a",  "an",   "and", "at",    "for",   "in",   "of",    "on",  "the", "to",  "&",
             "de", "der",  "des", "di",    "du",    "la",   "le",    "und", "y",   "für", "en",
             "et", "e",    "del", "della", "delle", "dei",  "degli", "da",  "do",  "dos", "das",
             "el", "los",  "las", "au",    "aux",   "sur",  "pour",  "zur", "zum", "im",  "och",
             "og", "voor", "van", "het",   "na",    "agus", "um",    "em",  "no",  "nos"});
}

}  // namespace mwp
