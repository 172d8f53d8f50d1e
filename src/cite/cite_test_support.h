// Test support for the cite module: an article built from prose and its
// research sources, as the resolver's tests need one.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/site.h"

namespace mwp::testing_support {

// An article at `path` whose one section, "evidence", holds `prose` from
// line 10, with `sources` as its research sources from line 31.
inline Article article(const std::string& path, const std::string& prose,
                       std::vector<std::string> sources) {
  Article a;
  a.display_path = path;
  ArticleSection section;
  section.id = "evidence";
  section.body = {prose, 10};
  a.sections.push_back(section);
  a.sources_line = 30;
  int line = 31;
  for (std::string& source : sources) a.sources.push_back({std::move(source), line++, 1});
  return a;
}

}  // namespace mwp::testing_support
