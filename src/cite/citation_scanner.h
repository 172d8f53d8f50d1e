// Finding dated citations in one block of prose text (a paragraph, a list
// item, a block quote or a table cell, as text/markdown_text.h gives them):
// the author-date forms of APA 7 and Pandoc [@key] citations.
#pragma once

#include <string_view>
#include <vector>

#include "cite/citation_mention.h"
#include "cite/prose_tokens.h"

namespace mwp {

// Finds the dated citations and Pandoc key citations in `text`, in text
// order, over tokens == tokenize_prose(text):
//   narrative  Gross (1998) · Gross and John (2003) · Gross and John's research (2003)
//              Levant et al. (2009) · Ronald Levant and colleagues (2009)
//              Zell, Krizan, and Teeter (2015) · Janet Hyde's gender similarities
//              hypothesis (2005) · Gross (1998, 2003) · Hyde (2005, p. 3) · Hyde (n.d.)
//              Smith (in press) · Bowlby (1969/1982) · APA (2020)
//              World Health Organization (WHO, 2019)
//   parenthetical  (Gross & John, 2003) · (Hyde, 2005; Levant et al., 2009) ·
//              (e.g., Hyde, 2005) · (see Gross, 1998, 2003) · (Hyde, 2005, para. 3)
//              (American Psychological Association [APA], 2020) · (APA, 2020)
//              (Freud, 1923, as cited in Gross, 1998)
//   keys       [@gross2003] · [@gross2003; @hyde2005, p. 3] · @gross2003
// A narrative mention's name group must end right before the parenthesis, or
// end in a possessive at most six words before it. Not citations: life dates
// and ranges ("Freud (1856–1939)", "(2001–2005)"), numbers followed by words
// ("(2010 participants)"), capitalised function words, months and weekdays.
std::vector<CitationMention> find_dated_citations(std::string_view text,
                                                  const std::vector<ProseToken>& tokens);

// find_dated_citations(text, tokenize_prose(text)).
std::vector<CitationMention> find_dated_citations(std::string_view text);

}  // namespace mwp
