#include "cite/linked_works.h"

#include <algorithm>
#include <set>

namespace mwp {
namespace {

bool same_part(const ProsePlace& a, const ProsePlace& b) {
  return a.part == b.part && a.index == b.index;
}

}  // namespace

void LinkedWorks::add(const ProsePlace& place, size_t reference) {
  linked_.push_back({place, reference});
}

bool LinkedWorks::in_block(const ProsePlace& place, size_t reference) const {
  return std::any_of(linked_.begin(), linked_.end(), [&](const Linked& linked) {
    return same_part(linked.place, place) && linked.place.block == place.block &&
           linked.reference == reference;
  });
}

std::optional<size_t> LinkedWorks::last_in_part(const ProsePlace& place) const {
  for (auto it = linked_.rbegin(); it != linked_.rend(); ++it) {
    if (same_part(it->place, place)) return it->reference;
  }
  return std::nullopt;
}

std::optional<size_t> LinkedWorks::only_one_of(const std::vector<size_t>& candidates,
                                               const ProsePlace& place) const {
  for (const bool same_block : {true, false}) {
    std::set<size_t> seen;
    for (const Linked& linked : linked_) {
      if (!same_part(linked.place, place)) continue;
      if (same_block && linked.place.block != place.block) continue;
      if (std::find(candidates.begin(), candidates.end(), linked.reference) != candidates.end()) {
        seen.insert(linked.reference);
      }
    }
    if (seen.size() == 1) return *seen.begin();
  }
  return std::nullopt;
}

}  // namespace mwp
