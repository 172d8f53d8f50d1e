// The element ids used on one HTML page, so that generated ones never collide.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace mwp {

class AnchorIds {
 public:
  // Marks `id` as used (for fixed ids such as section anchors).
  void reserve(std::string_view id) { used_.emplace(id); }

  // Returns an id not used before on the page and marks it used: the slug of
  // `text` ("section" when it has no letters or digits), then "-2", "-3", ...
  // Requires valid UTF-8.
  std::string claim(std::string_view text);

  bool contains(std::string_view id) const { return used_.count(std::string(id)) != 0; }

 private:
  std::set<std::string> used_;
};

}  // namespace mwp
