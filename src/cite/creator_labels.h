// The labels APA 7 writes after creators' names: roles and handles
// (apa_lead.cc reads the authors of a reference with them).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/reference.h"

namespace mwp {

// The creators' names without the labels APA 7 writes after them: the role
// of the creators of podcasts, films and broadcasts, "Glass, I. (Host)",
// "Safdie, J., & Safdie, B. (Directors)", and the handle after a name on
// social media, "Beat [@beatedsupport]".
struct CreatorLabels {
  std::string names;
  std::vector<std::string> roles;    // "Host", "Directors"
  std::vector<std::string> handles;  // "@beatedsupport"
  std::vector<size_t> role_ends;     // where in `names` each role stood
  bool last = true;                  // each label stands after the last name
};

// `text` split into the names and the labels after them.
CreatorLabels without_creator_labels(std::string_view text);

// "Brooker, C. (Writer), & Bathurst, O. (Director)": one person and a role
// for each role written, in order; empty when the roles do not stand after
// each name alone.
std::vector<PersonName> names_with_roles(const CreatorLabels& labels);

}  // namespace mwp
