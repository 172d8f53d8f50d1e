// Works named in prose by their title before their year, as writers name
// books: "Buss made the case in *The Dangerous Passion* (2000)".
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "cite/citation_mention.h"
#include "model/reference.h"

namespace mwp {

struct TitledWork {
  size_t reference = 0;  // index into the references
  size_t begin = 0;      // where the title starts in the prose
};

// The one work of `references` of the year of `mention`, a citation in
// `prose`, that the citation names by its main title (the words before a
// colon, at least two of them): written right before the parenthesis that
// holds the year ("*The Dangerous Passion* (2000)"), or before a
// parenthetical citation of its author ("*Why Marriages Succeed or Fail*
// (Gottman, 1994)"), or first in the parentheses ("(*Daring Greatly*,
// Brown, 2012)"). Compared case- and accent-insensitively on letters and
// digits, from a word's start. Nullopt when none, or several, are. Linear
// in the length of the titles and of the mention.
std::optional<TitledWork> work_titled_before(std::string_view prose, const CitationMention& mention,
                                             const std::vector<Reference>& references);

// Whether a citation that fits all of `candidates`, works of `references`,
// owes them a letter (2001a, 2001b) or a name: works with letters are cited
// with them, and authors who differ are told apart by their names, so such
// a citation is the writer's slip, whatever its sentence says.
bool owed_letters_or_names(const std::vector<size_t>& candidates,
                           const std::vector<Reference>& references);

// The one of `candidates`, works of `references` that `mention` fits
// equally ("Sirois, 2014" for two works of 2014 with no letters), whose
// topic the sentence around the mention in `prose` names: at least two
// words of its title or of the periodical or site it is in (of four letters
// or more, not "with", "from", ...) that no other candidate's has, while it
// names none of any other's.
// Nullopt when no candidate, or several, are named so, and when the
// citation owes them letters or names. Linear in the length of the
// sentence and of the titles.
std::optional<size_t> work_named_by_topic(std::string_view prose, const CitationMention& mention,
                                          const std::vector<size_t>& candidates,
                                          const std::vector<Reference>& references);

}  // namespace mwp
