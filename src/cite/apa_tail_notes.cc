// ApaReader (apa_reader.h): notes that may close an entry after its source,
// taken off before the source is read: a publisher's PDF stamp, APA 7's
// retraction notice, and a retrieval or access date after the link.
#include <string>
#include <string_view>

#include "cite/apa_dates.h"
#include "cite/apa_reader.h"
#include "cite/apa_source_words.h"
#include "text/code_point.h"
#include "text/trim.h"

namespace mwp {

// What a publisher's PDF stamps on each page, copied with the reference:
// "Downloaded by UNIVERSITY OF MICHIGAN from www.liebertpub.com at 03/12/19.",
// "This document is copyrighted by the American Psychological Association
// ...".
void ApaReader::strip_pdf_stamp(TextRange& rest) {
  const std::string_view text = view(rest);
  for (std::string_view stamp :
       {" Downloaded by ", " Downloaded from ", " This document is copyrighted by ",
        " This article is intended solely for "}) {
    const size_t at = text.find(stamp);
    if (at == npos || at < 20) continue;
    set_aside(text.substr(at));
    rest.end = rest.begin + at;
    return;
  }
}

// "(Retraction published 2012, *Journal*, *38*[10], 1378)" after the DOI.
void ApaReader::strip_retraction(TextRange& rest) {
  const std::string_view text = view(rest);
  constexpr std::string_view kNotice = "(Retraction published ";
  const size_t at = text.rfind(kNotice);
  if (at == npos || !text.ends_with(")")) return;
  const std::string_view notice =
      text.substr(at + kNotice.size(), text.size() - at - kNotice.size() - 1);
  const std::string_view year = notice.substr(0, 4);
  const size_t comma = notice.find(", ", 4);
  std::optional<PeriodicalTail> tail;
  size_t split = npos;
  if (comma == 4) {
    for (split = notice.find(", ", comma + 2); split != npos;
         split = notice.find(", ", split + 2)) {
      if ((tail = read_periodical_tail(notice.substr(split + 2)))) break;
    }
  }
  if (year.size() != 4 || !is_ascii_digits(year) || !tail) {
    doubt("the retraction notice \"" + std::string(text.substr(at)) + "\"");
    rest.end = rest.begin + at;
    return;
  }
  Retraction& retraction = reference_.retraction;
  retraction.year = std::stoi(std::string(year));
  retraction.container_title = std::string(notice.substr(comma + 2, split - comma - 2));
  retraction.volume = tail->volume;
  retraction.issue = tail->issue;
  retraction.page = tail->page;
  rest.end = rest.begin + at;
  while (rest.end > rest.begin && s_[rest.end - 1] == ' ') --rest.end;
}

// "(Accessed: 12 March 2024)" after a link, or "on June 3, 2024" after an
// APA 6 "Retrieved from URL": the retrieval date, taken off the end.
void ApaReader::strip_access_date(TextRange& rest) {
  std::string_view text = view(rest);
  while (text.ends_with('.') || text.ends_with(' ')) text.remove_suffix(1);
  std::string_view when;
  size_t cut = npos;
  if (text.ends_with(')') || text.ends_with(']')) {
    // "(Accessed: 3 March 2024)", and Harvard's "[Accessed 14 February 2024]".
    const size_t open = text.rfind(text.back() == ')' ? '(' : '[');
    if (open == npos) return;
    std::string_view inside = text.substr(open + 1, text.size() - open - 2);
    for (std::string_view label : {"Accessed: ", "Accessed ", "accessed "}) {
      if (!inside.starts_with(label)) continue;
      when = inside.substr(label.size());
      cut = open;
    }
  } else if (const size_t accessed = text.rfind(". Accessed ");
             accessed != npos && text.find(' ', text.find("http") + 1) > accessed) {
    when = text.substr(accessed + 11);  // "https://doi.org/10.2190/x. Accessed 2 May 2026."
    cut = accessed;
  } else if (const size_t link = text.rfind("http"); link != npos) {
    const size_t on = text.find(" on ", link);
    if (on != npos && text.substr(link, on - link).find(' ') == npos) {
      when = text.substr(on + 4);
      cut = on;
    }
  }
  if (cut == npos) return;
  const std::optional<std::string> iso = iso_date(when);
  if (!iso) {
    doubt("the retrieval date \"" + std::string(when) + "\"");
    return;
  }
  reference_.accessed = *iso;
  set_aside(text.substr(cut));
  rest.end = rest.begin + cut;
  while (rest.end > rest.begin && s_[rest.end - 1] == ' ') --rest.end;
}

}  // namespace mwp
