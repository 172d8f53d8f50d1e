// Reading back a group author's name that a citation read only in part.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cite/citation_mention.h"
#include "model/reference.h"

namespace mwp {

// The group authors of a reference list, by the last word of their names.
class GroupNameEnds {
 public:
  explicit GroupNameEnds(const std::vector<Reference>& references);

  // "the Pew Research Center (2023)", read as "Center (2023)" because
  // "Research" also opens sentences, and "Department of Health and Social
  // Care (2019)", read as two names: a mention not in parentheses, or named
  // before them with its abbreviation ("the Public Health Agency of Canada
  // (PHAC, 2019)", read as "Canada"), widened to the whole name of a listed
  // group when that name ends where its names end in `prose` (the text the
  // mention's offsets are in), or, outside parentheses, where the words
  // before the date end ("the Center on the Developing Child at Harvard
  // University (n.d.)", read as "Child" at an institution), and takes them
  // all in; the name's first words may be written as their acronym ("the
  // WHO Regional Office for Africa (2018)"). Otherwise `mention` as it is.
  // Linear in the length of the
  // groups' names that end in the mention's last word.
  CitationMention widened(const CitationMention& mention, std::string_view prose) const;

 private:
  // `mention` widened to the group whose name ends at `end` of `prose` and
  // starts no later than its first name, or, when `inside`, anywhere in the
  // mention ("the VA's National Center for PTSD (2022)", read as the VA's).
  std::optional<CitationMention> widened_to(const CitationMention& mention, std::string_view prose,
                                            size_t end, bool inside = false) const;

  std::unordered_multimap<std::string, std::string> by_last_word_;
};

// Whether the mention's several names are one group author's name, split
// at its commas, its "&" ("AARP & National Alliance for Caregiving") or its
// "and", or its last words so split, or
// the names of all the groups that wrote the work, some with "&" in them
// ("McKinsey & Company & LeanIn.Org").
bool is_split_group(const CitationMention& mention, const std::vector<PersonName>& authors);

}  // namespace mwp
