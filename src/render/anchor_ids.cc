#include "render/anchor_ids.h"

#include "text/slug.h"

namespace mwp {

std::string AnchorIds::claim(std::string_view text) {
  std::string base = slugify(text);
  if (base.empty()) base = "section";
  // Ids must not start with a digit to be usable as CSS selectors.
  if (base[0] >= '0' && base[0] <= '9') base = "s-" + base;
  std::string id = base;
  for (int n = 2; used_.count(id) != 0; ++n) id = base + "-" + std::to_string(n);
  used_.insert(id);
  return id;
}

}  // namespace mwp
