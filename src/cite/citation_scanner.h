// Finding citations in prose: the author-date forms psychology writing uses,
// Pandoc [@key] citations, and names of cited researchers without a year.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "cite/prose_tokens.h"

namespace mwp {

struct CitedName {
  std::string surname;  // "Levant", "de Waal", "Nolen-Hoeksema", "Association"
  std::string
      written;  // the whole name as written: "Ronald Levant", "American Psychological Association"
};

// One citation as written, before it is matched to a reference.
struct CitationMention {
  size_t begin = 0;              // byte range in the Markdown: "Gross and John (2003)",
  size_t end = 0;                // "Gross & John, 2003" inside parentheses, "Levant's"
  std::vector<CitedName> names;  // in written order; empty for a key citation
  bool et_al = false;            // "et al.", "and colleagues"
  bool has_year = false;
  int year = 0;  // 0 with has_year for "n.d."
  std::string year_suffix;
  bool parenthetical = false;  // "(Gross & John, 2003)"
  // Unmistakably a citation: parenthetical, "et al."/"and colleagues", two or
  // more names, or a possessive ("Hyde's ... (2005)"). A lone capitalised
  // word before a year ("Gross (1998)", and also "Great Recession (2008)") is
  // not strong.
  bool strong = false;
  std::string key;  // Pandoc citation key ("gross2003"); names empty then
};

// Finds the dated citations and Pandoc key citations in `markdown`, in text
// order:
//   narrative  Gross (1998) · Gross and John (2003) · Gross and John's research (2003)
//              Levant et al. (2009) · Ronald Levant and colleagues (2009)
//              Zell, Krizan, and Teeter (2015) · Janet Hyde's gender similarities
//              hypothesis (2005) · Gross (1998, 2003) · Hyde (2005, p. 3) · (n.d.)
//   parenthetical  (Gross & John, 2003) · (Hyde, 2005; Levant et al., 2009) ·
//              (e.g., Hyde, 2005) · (see Gross, 1998, 2003)
//   keys       [@gross2003] · [@gross2003; @hyde2005, p. 3] · @gross2003
// A narrative mention's name group must end right before the year, or end in
// a possessive at most six words before it. Capitalised function words
// ("The", "In", months ...) never count as names.
std::vector<CitationMention> find_dated_citations(std::string_view markdown);

// The same over tokens == tokenize_prose(markdown), for callers that scan
// one text several ways.
std::vector<CitationMention> find_dated_citations(std::string_view markdown,
                                                  const std::vector<ProseToken>& tokens);

// Finds mentions of researchers without a year ("Pennebaker's research",
// "Levant's work", "Gross and John's research suggests", "Work by Ronald
// Levant and colleagues") whose first name in the group is one of `surnames`
// (compared case- and accent-insensitively), outside the ranges of `taken`.
// A lone surname that is not possessive and is followed by another
// capitalised word ("Hall Street") is skipped.
std::vector<CitationMention> find_name_citations(std::string_view markdown,
                                                 const std::vector<std::string>& surnames,
                                                 const std::vector<CitationMention>& taken);

// The same over tokens == tokenize_prose(markdown).
std::vector<CitationMention> find_name_citations(std::string_view markdown,
                                                 const std::vector<ProseToken>& tokens,
                                                 const std::vector<std::string>& surnames,
                                                 const std::vector<CitationMention>& taken);

}  // namespace mwp
