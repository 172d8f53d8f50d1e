// ApaReader: doubts about what databases, cite boxes and TeX leave in the
// fields of a reference read otherwise whole (apa_reader.h).
#include <algorithm>
#include <string>

#include "cite/apa_reader.h"
#include "text/code_point.h"
#include "text/trim.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

// "The Lancet": one to three capitalised words, as a periodical's name ends
// the title it was split from.
bool reads_as_periodical_start(std::string_view words) {
  if (words.empty() || std::count(words.begin(), words.end(), ' ') > 2) return false;
  for (size_t at = 0; at < words.size(); at = words.find(' ', at) + 1) {
    if (words[at] < 'A' || words[at] > 'Z') return false;
    if (words.find(' ', at) == npos) break;
  }
  return true;
}

}  // namespace

void ApaReader::doubt_pasted_fields(size_t lead_end) {
  const std::string& title = reference_.title;
  // "($N$ = 320,128)": TeX's mathematics, which a web page does not set.
  if (const size_t dollar = title.find('$');
      dollar != npos && title.find('$', dollar + 1) != npos) {
    doubt("the title \"" + title + "\", which holds TeX's mathematics");
    return;
  }
  // "Full catastrophe living (revised edition) : Using ...": an edition
  // written into the title, which APA 7 gives after it.
  const std::string lower = ascii_lower(title);
  if (lower.find(" edition)") != npos || lower.find(" ed.)") != npos) {
    doubt("the title \"" + title + "\", which holds its edition");
    return;
  }
  // "New York Times (1923-Current File), pp. 1": a database's name for its
  // collection, and the page, read into the periodical's name.
  const std::string& periodical = reference_.container_title;
  if (periodical.find("Current File") != npos || periodical.find(", pp.") != npos ||
      periodical.find(", p. ") != npos) {
    doubt("the periodical \"" + periodical + "\", which holds a database's note");
    return;
  }
  // "(MENOS 1): A randomised controlled trial. The Lancet. Oncology":
  // PubMed's name of a journal, split at its period into the title.
  if (is_periodical_article(reference_.type) && !periodical.empty() &&
      periodical.find(' ') == npos) {
    const size_t stop = title.rfind(". ");
    if (stop != npos && reads_as_periodical_start(std::string_view(title).substr(stop + 2))) {
      doubt("the periodical \"" + periodical + "\", whose name may begin in the title (\"" +
            title.substr(stop + 2) + ". " + periodical + "\")");
      return;
    }
  }
  // ", . . . Anderson, C. S., for the SAVE Investigators.": the group the
  // authors wrote for, which APA 7 leaves out or names as an author.
  for (const PersonName& author : reference_.authors) {
    if (author.literal.starts_with("for the ") || author.literal.starts_with("For the ")) {
      doubt("\"" + author.literal + "\", the group the authors wrote for");
      return;
    }
  }
  // "Naikakufu [Cabinet Office]. (2010).": a translation of the author's
  // name in brackets, which APA 7 writes in no author element.
  const std::string_view lead = s_.substr(0, lead_end);
  const size_t open = lead.rfind('[');
  const size_t close = lead.rfind(']');
  if (reference_.authors.empty() || open == npos || close == npos || open > close) return;
  const std::string_view before = trim(lead.substr(0, open));
  const std::string& last = reference_.authors.back().literal;
  if (!last.empty() && before.ends_with(last) && lead.find(' ', open) < close &&
      lead[open + 1] != '@' && lead.substr(close + 1).find_first_not_of(". ") == npos) {
    doubt("\"" + std::string(lead.substr(open, close + 1 - open)) +
          "\", a translation of the author's name");
  }
}

}  // namespace mwp
