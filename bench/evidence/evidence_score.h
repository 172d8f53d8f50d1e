// Scoring mwp's evidence check against the gold set: what it reads from
// each reference string, and what it links and reports in each article.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "gold_set.h"
#include "model/site.h"

namespace mwp::evidence {

struct ReferenceScore {
  size_t entries = 0;
  size_t confident = 0;     // read with no warning or error
  size_t fields_right = 0;  // over entries mwp and the gold both read with confidence
  size_t fields_total = 0;
  size_t wrong_without_warning =
      0;  // read with confidence, but a field is wrong or the gold wants a warning
  size_t gold_confident = 0;         // entries in APA form the gold reads with confidence
  size_t false_warnings = 0;         // a warning or error on one of those
  size_t other_style_confident = 0;  // entries in another style the gold reads with confidence
  size_t other_style_warned = 0;     // ... that mwp warns about: it reads them for authors and year
  size_t roundtrip_right = 0;        // well-formed entries that format back to what was written
  size_t roundtrip_total = 0;
  std::vector<std::string> failures;  // one paragraph per entry that lost a point
};

struct ArticleScore {
  size_t articles = 0;
  size_t citations = 0;          // gold citations that must link
  size_t linked = 0;             // ... linked to the right reference
  size_t missed_silently = 0;    // ... neither linked nor reported
  size_t wrong_links = 0;        // dated links the gold does not have
  size_t undated_links = 0;      // links of names without a date, which the gold does not list
  size_t planted = 0;            // planted mistakes and listed diagnostics
  size_t planted_reported = 0;   // ... reported at the right line, naming the right reference
  size_t false_diagnostics = 0;  // errors and warnings the gold does not list
  size_t false_errors = 0;
  size_t fixes = 0;           // diagnostics that came with a fix
  size_t fixes_verified = 0;  // ... whose fix, applied, clears it and adds no error
  std::vector<std::string> failures;
  std::vector<std::string> notes;  // the undated links, for a reader to check
};

// Reads every gold reference string with mwp's APA reader.
ReferenceScore score_references(const std::vector<GoldReference>& gold);

// Parses and checks every gold article with the site configuration `config`
// (its article template), as `mwp check` would; with `verify_fixes`, also
// applies each diagnostic's fix and checks the article again.
ArticleScore score_articles(const std::vector<GoldArticle>& gold, const SiteConfig& config,
                            bool verify_fixes = true);

// Every gold reference mwp reads with confidence, formatted:
// [{"source", "csl", "html", "text"}], as tests/citeproc/compare.mjs reads.
nlohmann::json formatted_references(const std::vector<GoldReference>& gold);

// The fields of `reference` under the gold set's keys.
Fields reference_fields(const Reference& reference);

}  // namespace mwp::evidence
