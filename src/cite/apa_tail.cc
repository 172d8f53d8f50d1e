// ApaReader: what follows the source at the end of an entry: labels that
// databases paste, a reprint's original date, the DOI or URL and its
// retrieval date (apa_reader.h).
#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "cite/apa_dates.h"
#include "cite/apa_reader.h"
#include "cite/apa_source_words.h"
#include "text/code_point.h"
#include "text/escape.h"
#include "text/trim.h"
#include "text/utf8.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

// Labels that databases, search engines and publishers' pages paste after a
// reference.
constexpr std::array<std::string_view, 20> kJunk = {
    "PDF",
    "[DOI]",
    "[PMC free article]",
    "PMC free article",
    "free full text",
    "Free full text",
    "Full text",
    "[Google Scholar]",
    "[Crossref]",
    "[CrossRef]",
    "[PubMed]",
    "[PDF]",
    "Google Scholar",
    "Crossref",
    "CrossRef",
    "PubMed",
    "(PDF)",
    "Copy citation to your local clipboard",
    "Web of Science\u00ae",  // Wiley's links after an entry: "Web of Science®Google Scholar"
    "Web of Science",
};

// Sites whose links a database pastes in brackets after a reference, as
// "[[Google Scholar](https://scholar.google.com/...)]" reads.
constexpr std::array<std::string_view, 5> kLookupSites = {
    "https://scholar.google.", "https://pubmed.ncbi.nlm.nih.gov/", "https://www.ncbi.nlm.nih.gov/",
    "https://europepmc.org/", "https://www.semanticscholar.org/"};

// Where PubMed's identifiers close `text` ("PMID: 29477251", "PMID:
// 30384775; PMCID: PMC6364135", "[PMCID: PMC324455]"), or npos.
size_t pubmed_ids_start(std::string_view text) {
  size_t start = npos;
  for (std::string_view id : {"PMID", "PMCID"}) {
    const size_t at = text.find(id);
    if (at != npos && at > 0 && (text[at - 1] == ' ' || text[at - 1] == '[')) {
      start = std::min(start, text[at - 1] == '[' ? at - 1 : at);
    }
  }
  if (start == npos) return npos;
  for (size_t at = start; at < text.size();) {
    size_t end = text.find(' ', at);
    if (end == npos) end = text.size();
    std::string_view word = text.substr(at, end - at);
    while (!word.empty() && std::string_view("[").find(word.front()) != npos) word.remove_prefix(1);
    while (!word.empty() && std::string_view(";,.]:").find(word.back()) != npos) {
      word.remove_suffix(1);
    }
    if (word.starts_with("PMC") && word != "PMCID") word.remove_prefix(3);
    if (word != "PMID" && word != "PMCID" && !is_ascii_digits(word)) return npos;
    at = end + 1;
  }
  return start;
}

// The length of what closes `text` and a reference manager or database
// leaves there, or 0: PubMed's identifiers; EndNote's unformatted citation "{Hudson, 2007 #14}",
// a lookup link "[https://scholar.google.com/...]", Google Scholar's counts.
size_t pasted_trailer_length(std::string_view text) {
  if (const size_t ids = pubmed_ids_start(text); ids != npos) return text.size() - ids;
  // Google Scholar's "Cited by 3412 Related articles All 14 versions".
  if (const size_t cited = text.rfind(" Cited by ");
      cited != npos && cited + 10 < text.size() && is_ascii_digit(text[cited + 10])) {
    const std::string_view rest = text.substr(cited + 10);
    const size_t words = rest.find_first_not_of("0123456789");
    const std::string_view after = words == npos ? std::string_view{} : trim(rest.substr(words));
    if (after.empty() || after.starts_with("Related articles")) return text.size() - cited;
  }
  const char close = text.empty() ? '\0' : text.back();
  if (close != '}' && close != ']') return 0;
  const size_t open = text.rfind(close == '}' ? '{' : '[');
  if (open == npos) return 0;
  const std::string_view inside = text.substr(open + 1, text.size() - open - 2);
  if (close == '}') return inside.find(" #") != npos ? text.size() - open : 0;
  for (std::string_view site : kLookupSites) {
    if (inside.starts_with(site) && inside.find(' ') == npos) return text.size() - open;
  }
  return 0;
}

// The last two, Springer's "DOI 10.1007/...", only before "10.".
constexpr std::array<std::string_view, 12> kDoiMarkers = {
    "https://doi.org/",
    "http://doi.org/",
    "https://dx.doi.org/",
    "http://dx.doi.org/",
    "https://www.doi.org/",
    "doi.org/",
    "doi: ",
    "doi:",
    "DOI: ",
    "DOI:",
    "DOI ",
    "doi ",
};

}  // namespace

// Takes off the end what follows the source: pasted database labels, a
// reprint's "(Original work published 1900)", and the DOI or URL with its
// "Retrieved March 4, 2021, from".
void ApaReader::strip_tail(TextRange& rest) {
  for (bool again = true; again;) {
    again = false;
    while (rest.end > rest.begin && s_[rest.end - 1] == ' ') --rest.end;
    for (std::string_view junk : kJunk) {
      if (view(rest).ends_with(junk)) {
        rest.end -= junk.size();
        again = true;
      }
    }
    if (const size_t trailer = pasted_trailer_length(view(rest)); trailer > 0) {
      rest.end -= trailer;
      again = true;
    }
    again = strip_bracketed_doi(rest) || again;
  }
  pasted_after_ = rest.end;
  std::string_view text = view(rest);
  constexpr std::string_view kOriginal = "(Original work published ";
  // "(Original work published 1872).": a period APA 7 does not write.
  if (text.ends_with(").") && text.rfind(kOriginal) != npos) text.remove_suffix(1);
  if (const size_t at = text.rfind(kOriginal); at != npos && text.ends_with(")")) {
    const std::string_view years = text.substr(at + kOriginal.size());
    if (years.size() == 5 && is_ascii_digits(years.substr(0, 4))) {
      reference_.original_year = std::stoi(std::string(years.substr(0, 4)));
      set_aside(kOriginal);
      rest.end = rest.begin + at;
      while (rest.end > rest.begin && s_[rest.end - 1] == ' ') --rest.end;
    }
  }
  strip_pdf_stamp(rest);
  strip_retraction(rest);
  strip_access_date(rest);
  strip_link(rest);
}

// "... 29–41. [https://doi.org/10.1016/...]": the DOI as a database's
// "[[CrossRef](https://doi.org/...)]" pastes it, when no other stands before.
bool ApaReader::strip_bracketed_doi(TextRange& rest) {
  const std::string_view text = view(rest);
  constexpr std::string_view kOpen = "[https://doi.org/";
  const size_t open = text.rfind(kOpen);
  if (open == npos || !text.ends_with(']') || open == 0 || text[open - 1] != ' ') return false;
  const std::string_view doi =
      text.substr(open + kOpen.size(), text.size() - open - kOpen.size() - 1);
  if (doi.find(' ') != npos || !doi.starts_with("10.") || !reference_.doi.empty()) return false;
  if (const size_t earlier = text.substr(0, open).find("doi.org/"); earlier != npos) {
    // "https://doi.org/10.1037/x [[CrossRef](https://doi.org/10.1037/x)]": the same DOI again.
    if (text.substr(earlier + 8, doi.size()) != doi) return false;
    rest.end = rest.begin + open;
    return true;
  }
  reference_.doi = std::string(doi);
  rest.end = rest.begin + open;
  return true;
}

bool ApaReader::strip_link(TextRange& rest) {
  const std::string_view text = view(rest);
  size_t at = npos;
  size_t value = npos;
  for (std::string_view marker : kDoiMarkers) {
    const size_t found = text.rfind(marker);
    if (found == npos || (found > 0 && text[found - 1] != ' ' && text[found - 1] != '/')) continue;
    if (marker.ends_with(' ') && marker.find(':') == npos &&
        text.compare(found + marker.size(), 3, "10.") != 0) {
      continue;
    }
    if (at == npos || found < at || (found == at && marker.size() > value - at)) {
      at = found;
      value = found + marker.size();
    }
  }
  // "https://doi.org/https://doi.org/10...": the resolver doubled, as
  // EndNote writes a DOI stored with its link.
  for (bool doubled = at != npos; doubled;) {
    doubled = false;
    for (std::string_view marker : kDoiMarkers) {
      if (marker.starts_with("http") && text.substr(0, at).ends_with(marker)) {
        at -= marker.size();
        doubled = true;
        break;
      }
    }
  }
  if (at != npos) {
    std::string_view doi = text.substr(value);
    while (!doi.empty() && (doi.back() == '.' || doi.back() == ' ')) doi.remove_suffix(1);
    // "doi:https://doi.org/10...": a label before the link, as a citation tool writes it.
    for (std::string_view marker : kDoiMarkers) {
      if (marker.starts_with("http") && doi.starts_with(marker)) {
        doi.remove_prefix(marker.size());
        break;
      }
    }
    // "?utm_source=...": a tracking query pasted with the link, not the DOI's.
    if (const size_t query = doi.find('?'); query != npos) {
      const std::string_view tracking = doi.substr(query + 1);
      if (tracking.starts_with("utm_") || tracking.starts_with("fbclid=") ||
          tracking.starts_with("gclid=")) {
        doi = doi.substr(0, query);
      }
    }
    if (doi.find(' ') != npos || doi.empty()) {
      doubt("the DOI \"" + std::string(doi) + "\"");
      return false;
    }
    // "10.1016/S0005-7967%2899%2900133-3": a DOI as a link escapes it.
    reference_.doi = percent_decode(doi).value_or(std::string(doi));
  } else {
    for (std::string_view marker : {"https://", "http://", "www."}) {
      const size_t found = text.rfind(marker);
      if (found != npos && (found == 0 || text[found - 1] == ' ') && (at == npos || found > at)) {
        at = found;
      }
    }
    if (at == npos) {
      // "... 410-429. 10.1037/bul0000138": a DOI written bare, as some
      // exports end an entry.
      std::string_view bare = text;
      while (bare.ends_with('.')) bare.remove_suffix(1);
      const size_t space = bare.rfind(' ');
      const std::string_view last = bare.substr(space == npos ? 0 : space + 1);
      if (space == npos || !last.starts_with("10.") || last.find('/') == npos) return false;
      reference_.doi = std::string(last);
      at = space + 1;
    } else {
      std::string_view url = text.substr(at);
      while (!url.empty() && url.back() == '.') url.remove_suffix(1);
      if (url.find(' ') != npos) {
        doubt("the URL \"" + std::string(url) + "\"");
        return false;
      }
      reference_.url = std::string(url);
      // "https://doi-org.ezproxy.lib.monash.edu.au/10.1080/...": doi.org through a library's proxy.
      constexpr std::string_view kProxied = "https://doi-org.";
      if (const size_t path = url.find("/10.", kProxied.size());
          url.starts_with(kProxied) && path != npos && url.substr(0, path).find("proxy") != npos) {
        reference_.doi = std::string(url.substr(path + 1));
        reference_.url.clear();
      }
    }
  }
  set_aside(text.substr(at));  // tracking queries and a library proxy's name with the link
  std::string_view before = text.substr(0, at);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  // "Retrieved March 4, 2021, from", or APA 6's "Retrieved from".
  if (const size_t retrieved = before.rfind("Retrieved "); retrieved != npos) {
    std::string_view when = before.substr(retrieved + 10);
    if (when.ends_with(" from")) when.remove_suffix(5);
    if (when.ends_with(",")) when.remove_suffix(1);
    retrieved_from_ = true;
    // "Retrieved March 4, 2024, from World Health Organization: URL": a
    // date, then the site's name, as a citation tool writes APA 6.
    if (const size_t from = when.find(", from "); from != npos && when.ends_with(":")) {
      retrieved_site_ = std::string(when.substr(from + 7, when.size() - from - 8));
      when = when.substr(0, from);
    }
    if (when.starts_with("from ") && when.ends_with(":") && when.size() > 6) {
      // APA 6's "Retrieved from National Institute of Mental Health: URL".
      // "Retrieved from Pew Research Center website: URL": the site's name.
      std::string_view site = when.substr(5, when.size() - 6);
      if (site.ends_with(" website")) site.remove_suffix(8);
      retrieved_site_ = std::string(site);
      when = "from";
    }
    if (when.size() > 7 && when[2] == ':' && when.substr(5, 2) == ", ") {
      when.remove_prefix(7);  // Wikipedia's "Retrieved 10:15, May 21, 2026, from"
    }
    if (when.starts_with("on ")) when.remove_prefix(3);  // "Retrieved on March 3, 2024, from"
    if (when != "from" && !when.empty()) {
      if (const auto iso = iso_date(when)) {
        reference_.accessed = *iso;
      } else {
        doubt("the retrieval date \"" + std::string(when) + "\"");
      }
    }
    set_aside(before.substr(retrieved));
    before = before.substr(0, retrieved);
  } else if (before.ends_with(" URL")) {
    before.remove_suffix(4);  // R's citation(): "Vienna, Austria. URL https://www.R-project.org/"
  } else if (before.ends_with("Available at:") || before.ends_with("Available from:") ||
             before.ends_with("Available from")) {
    // Harvard's "Available at: URL (Accessed: 12 March 2024)"; APA 6's
    // "Available from URL".
    retrieved_from_ = true;
    available_at_ = true;
    before = before.substr(0, before.rfind("Available "));
  }
  rest.end = rest.begin + before.size();
  return true;
}

// "[The benefits of frequent positive affect](https://doi.org/10.1037/...)":
// a title written as a link, as blogs write it, or a database's label
// ("[PDF](...)"). With no DOI or URL at the end, the destination of the
// title's link, or of a link on the whole entry, else of a label's, is the
// entry's DOI, or its URL. Links on other words (a journal's name, to its
// home page) give none.
void ApaReader::read_linked_title() {
  if (!reference_.doi.empty() || !reference_.url.empty()) return;
  const std::string title = fold_to_letters_and_digits(reference_.title);
  const PastedText::LinkedText* chosen = nullptr;
  for (const PastedText::LinkedText& link : pasted_.linked_texts()) {
    const std::string_view text = s_.substr(link.begin, link.end - link.begin);
    const bool whole_entry = link.begin == 0 && trim(s_.substr(link.end)).empty();
    if (whole_entry || (!title.empty() && fold_to_letters_and_digits(text) == title)) {
      chosen = &link;
      break;
    }
    const bool label =
        std::find(kJunk.begin(), kJunk.end(), text) != kJunk.end() ||
        std::find(kJunk.begin(), kJunk.end(), "[" + std::string(text) + "]") != kJunk.end();
    // A search engine's or database's lookup link is not the work's address.
    const bool lookup =
        std::any_of(kLookupSites.begin(), kLookupSites.end(),
                    [&link](std::string_view site) { return link.url.starts_with(site); });
    if (label && !lookup && chosen == nullptr) chosen = &link;
  }
  if (chosen == nullptr) return;
  const std::string_view url = chosen->url;
  for (std::string_view marker : kDoiMarkers) {
    if (url.starts_with(marker)) {
      reference_.doi = std::string(url.substr(marker.size()));
      return;
    }
  }
  reference_.url = chosen->url;
}

}  // namespace mwp
