// The works an article's citations have linked so far, and where: the
// context that settles a name without a date ("Skinner's work"), points
// "the same team's follow-up" back, and keeps an unread citation of a work
// the block already links from being reported.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "model/site.h"

namespace mwp {

// A place in an article: a section or FAQ answer (`part`, `index`) and a
// block of its prose.
struct ProsePlace {
  TextPart part = TextPart::section;
  size_t index = 0;
  size_t block = 0;
};

class LinkedWorks {
 public:
  // Records that a citation at `place` linked `reference`.
  void add(const ProsePlace& place, size_t reference);

  // Whether the block of `place` has linked `reference`.
  bool in_block(const ProsePlace& place, size_t reference) const;

  // The work linked last in the part of `place`, if any.
  std::optional<size_t> last_in_part(const ProsePlace& place) const;

  // The one work of `candidates` linked in the block of `place`, else the
  // one linked in its part; nullopt when none or several were.
  std::optional<size_t> only_one_of(const std::vector<size_t>& candidates,
                                    const ProsePlace& place) const;

 private:
  struct Linked {
    ProsePlace place;
    size_t reference;
  };
  std::vector<Linked> linked_;
};

}  // namespace mwp
