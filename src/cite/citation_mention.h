// A citation as written in prose, before it is matched to a reference.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace mwp {

struct CitedName {
  std::string
      surname;  // "Levant", "de Waal", "Van Dongen", "American Psychological Association", "APA"
  std::string written;   // the whole name as written: "Ronald F. Levant", "R. F. Levant"
  std::string initials;  // of the given names as written: "R. F."; empty when none were
  bool acronym = false;  // an abbreviation standing for a group author: "APA", "WHO"
  size_t begin = 0;      // byte offset of the name in the scanned text
  // Written in lower case, as a group may write its own name: "headspace".
  // It names only a work whose list writes it so, to the letter.
  bool lower_case = false;
};

// One citation of one work. Byte offsets are into the text that was scanned.
struct CitationMention {
  size_t begin = 0;  // "Gross and John (2003)", "Gross & John, 2003" inside parentheses,
  size_t end = 0;    // "Levant's"
  std::vector<CitedName> names;  // in written order; empty for a key or title citation
  // The title standing for a work with no author, shortened as APA writes
  // it in quotation marks: "Women's Sleep Has Been More Affected" of
  // ("Women's Sleep Has Been More Affected," 2020). Empty otherwise.
  std::string title;
  // The abbreviation and edition standing for a work's title: "DSM-5" of
  // "DSM-5 (2013)" (cite/title_abbreviation.h). Empty otherwise.
  std::string abbreviated_title;
  bool et_al = false;     // "et al.", "and colleagues"
  bool has_year = false;  // a date was written: a year, "n.d." or "in press"
  int year = 0;           // 0 for "n.d." and "in press"
  bool in_press = false;
  std::string year_suffix;  // "a" of "2003a", "n.d.-a", "in press-a"
  int original_year = 0;    // 1969 of "1969/1982": a reprint's original date
  // 1980 of "(1969–1980)": a multivolume work's last year. Life dates are
  // written so too, so such a mention is a citation only if it matches.
  int year_end = 0;
  // A year written after a possessive, without parentheses: 1992 of "Buss's
  // 1992 study". It picks among the works of the researcher named first; it
  // is not a citation's date, so has_year stays false.
  int named_year = 0;
  // The named year stands right after the possessive ("Buss's 1992 study",
  // "the ONS's 2018 report"): the work's own year, so a list without a work
  // of that year is a year mismatch, not another of the researcher's works.
  bool named_year_follows = false;
  bool parenthetical = false;  // "(Gross & John, 2003)"
  // Unmistakably a citation: parenthetical, "et al."/"and colleagues", two or
  // more names, a possessive ("Hyde's ... (2005)"), or followed by a
  // reporting verb ("Gross (1998) found"). A lone capitalised word before a
  // year ("Gross (1998)", and also "Brexit (2016)") is not strong.
  bool strong = false;
  // A citation only if it matches a reference: a person named by office,
  // "President Richard Nixon (1972)", who acted in that year; an
  // abbreviation such as "COVID-19 (2020)" that may stand for no title; a
  // title in emphasis, "*Loss* (1980)", that may name no listed work.
  bool office = false;
  // "Ilan Meyer first set out the idea for gay men (1995)": a year after the
  // words of the names' clause, which may be an event's. A citation only if
  // it matches one reference, with nothing said otherwise.
  bool if_it_matches = false;
  // "(Freud, 1923, as cited in Gross, 1998)": Freud's work, known only
  // through the secondary source, which APA leaves out of the reference list.
  bool secondary = false;
  // "The same team's follow-up (2019)": the authors are those of the work
  // cited before it (cite/same_authors.h); `names` is empty until they are
  // filled in.
  bool same_authors = false;
  std::string abbreviation;  // "APA" defined with the name: "(American Psychological Association
                             // [APA], 2020)"
  // Which of `names` the abbreviation follows: "(International Institute for
  // Population Sciences [IIPS] & ICF, 2021)" defines it for the first. The
  // last name when it is npos.
  size_t abbreviated_name = static_cast<size_t>(-1);
  // Abbreviations defined for earlier names of the same citation, with the
  // index of the name each follows: "VA" of "(U.S. Department of Veterans
  // Affairs [VA] & U.S. Department of Defense [DoD], 2023)".
  std::vector<std::pair<std::string, size_t>> earlier_abbreviations;
  std::string key;  // Pandoc citation key ("gross2003"); names empty then
};

// Whether [begin, end) overlaps a mention of `taken`, which is sorted by
// begin and holds no overlapping mentions. O(log taken.size()).
bool overlaps(const std::vector<CitationMention>& taken, size_t begin, size_t end);

// `a` and `b`, each sorted by begin, as one list sorted by begin.
std::vector<CitationMention> merged_by_begin(const std::vector<CitationMention>& a,
                                             const std::vector<CitationMention>& b);

}  // namespace mwp
