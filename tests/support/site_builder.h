// Building blocks of the sites that module tests build in memory (header-only,
// for *_test.cc files; tests/support is on every module test's include path).
// Each test's own site (render/fixture_site.h, search/test_site.h) is made of
// these, so that a change to the model changes one place.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/site.h"

namespace mwp::testing {

// A category at `path` ("men-women/emotions"), its URL "/path/" and its last
// segment as its slug.
inline Category make_category(std::string path, std::string name,
                              std::optional<size_t> parent = std::nullopt) {
  Category category;
  category.slug = path.substr(path.rfind('/') + 1);
  category.url = "/" + path + "/";
  category.path = std::move(path);
  category.name = std::move(name);
  category.parent = parent;
  return category;
}

// A journal article by one author, in volume 60(6), pages 581-592.
inline Reference journal_reference(std::string id, std::string family, std::string given, int year,
                                   std::string title, std::string journal, std::string doi) {
  Reference reference;
  reference.id = std::move(id);
  reference.authors.push_back({std::move(family), std::move(given), "", "", "", ""});
  reference.year = year;
  reference.title = std::move(title);
  reference.container_title = std::move(journal);
  reference.volume = "60";
  reference.issue = "6";
  reference.page = "581-592";
  reference.doi = std::move(doi);
  return reference;
}

// Records a citation of the first `text` in a section's body or an FAQ
// answer's Markdown, which must hold it.
inline void cite(Article& article, TextPart part, size_t index, std::string_view text,
                 size_t reference) {
  const std::string& markdown = part == TextPart::section ? article.sections[index].body.markdown
                                                          : article.faq[index].answer.markdown;
  const size_t begin = markdown.find(text);
  article.citations.push_back({part, index, begin, begin + text.size(), reference});
}

}  // namespace mwp::testing
