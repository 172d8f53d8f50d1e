// Rewrites of the gold set's reference strings that keep their meaning, as
// pasting and typing make them: italics lost, "doi:" for a DOI link, a
// hyphen for a dash, no-break spaces, a list number. mwp must read each
// rewritten string as it reads the gold one, or warn: a rewrite read
// wrongly without a warning is a way of writing the gold set does not hold
// yet, found before a writer finds it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gold_set.h"

namespace mwp::evidence {

struct ReferenceVariant {
  const char* name;
  // The rewritten string, or nullopt when the rewrite does not apply.
  std::optional<std::string> (*rewrite)(std::string_view text);
  // The rewrite changes what the string says, so the gold's fields are
  // rewritten too: a title's "1999–2014" is "1999-2014" once retyped.
  bool fields_too;
  // --check holds the rewrite to no string read wrongly without a warning.
  // Not so for lost italics: they alone tell a magazine's article from a
  // web page, or a journal in press from a book's publisher, and such a
  // string is read as one of them.
  bool held;
};

// Every rewrite, in report order.
const std::vector<ReferenceVariant>& reference_variants();

// The gold entries in APA form that the gold reads with confidence, each
// rewritten by `variant` where it applies, with the gold's fields.
std::vector<GoldReference> rewritten(const std::vector<GoldReference>& gold,
                                     const ReferenceVariant& variant);

}  // namespace mwp::evidence
