// ApaReader: what a work is part of (apa_reader.h): a chapter's book, a
// paper's proceedings, a symposium, an entry's reference work, a broadcast's
// series, and the event a presentation was given at.
#include <string>
#include <string_view>

#include "cite/apa_author_list.h"
#include "cite/apa_reader.h"
#include "cite/apa_source_names.h"
#include "cite/apa_source_words.h"
#include "cite/name_text.h"
#include "text/code_point.h"

namespace mwp {

// "Title. In E. Ed & F. Ed (Eds.), *Book* (2nd ed., Vol. 2, pp. 1–20). Publisher."
bool ApaReader::read_chapter(const std::vector<TextRange>& sentences, size_t in, size_t skip) {
  if (in == 0 && !title_read_) return false;
  if (in > 0) settle_title_read_first({sentences[0].begin, sentences[in - 1].end});
  if (!title_read_) {
    reference_.title =
        title_text(without_title_groups({sentences[0].begin, sentences[in - 1].end}));
  }
  TextRange after{sentences[in].begin + skip, sentences[in].end};
  if (reference_.type == ReferenceType::broadcast) {
    // "Title (No. 443) [Audio podcast episode]. In *This American life*. WBEZ Chicago."
    read_series(view(after));
  } else {
    read_chapter_container(after);
  }
  if (in + 1 < sentences.size()) {
    if (reference_.type == ReferenceType::speech) {
      read_event(std::string(view(sentences[in + 1])));
    } else {
      reference_.publisher = publisher(view(sentences[in + 1]));
    }
  }
  if (in + 2 < sentences.size()) {
    doubt("\"" + std::string(view(sentences[in + 2])) + "\" after the publisher");
  }
  return true;
}

// "K. Barris (Executive Producer), *Black-ish*" or "*This American life*"
// after "In ": the series a broadcast's episode is in, and its producers.
void ApaReader::read_series(std::string_view series) {
  // "In \"This American Life.\"": a series' name in quotation marks, as
  // styles that italicise nothing write it.
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"\"", ".\""},
                                    {"\xE2\x80\x9C", ".\xE2\x80\x9D"}}) {
    if (series.size() > open.size() + close.size() && series.starts_with(open) &&
        series.ends_with(close)) {
      series = series.substr(open.size(), series.size() - open.size() - close.size());
    }
  }
  for (std::string_view role :
       {"Executive Producers", "Executive Producer", "Producers", "Producer", "Hosts", "Host"}) {
    const std::string marker = " (" + std::string(role) + "), ";
    const size_t at = series.find(marker);
    if (at == npos) continue;
    const NameListParse names = parse_apa_editor_list(series.substr(0, at));
    if (!names.ok) doubt("the producers \"" + names.bad_part + "\"");
    reference_.editors = names.names;
    reference_.editor_role = std::string(role);
    series.remove_prefix(at + marker.size());
    break;
  }
  if (series.find(" (") != npos)
    doubt("\"" + std::string(series) + "\", the series an episode is in");
  reference_.container_title = element_text(series);
}

// "E. Ed & F. Ed (Eds.), *Book* (2nd ed., Vol. 2, pp. 1–20)" after "In ": a
// chapter's book, a paper's proceedings, or the reference work an entry is in.
void ApaReader::read_chapter_container(TextRange after) {
  std::string_view rest = view(after);
  // "In W. Damon (Series Ed.) & N. Eisenberg (Vol. Ed.), *Handbook*": a
  // multivolume work's editors by their roles, which mwp does not format.
  for (std::string_view marker : {" (Vol. Ed.), ", " (Vol. Eds.), ", " (Volume Ed.), "}) {
    const size_t at = rest.find(marker);
    if (at == npos) continue;
    doubt("the editors' roles in \"" + std::string(rest.substr(0, at + marker.size() - 2)) +
          "\", which mwp does not format");
    after.begin += at + marker.size();
    read_container_details(view(after));
    reference_.type = ReferenceType::chapter;
    return;
  }
  // "(Ed. and Trans.)": APA 6 and hand-typed lists join the roles with "and".
  for (std::string_view marker :
       {" (Eds. & Trans.), ", " (Ed. & Trans.), ", " (Eds. and Trans.), ", " (Ed. and Trans.), ",
        " (Eds.), ", " (Ed.), ", " (Trans.), ", " (Chairs), ", " (Chair), "}) {
    const size_t at = rest.find(marker);
    if (at == npos) continue;
    const NameListParse names = parse_apa_editor_list(rest.substr(0, at));
    if (!names.ok) doubt("the editors \"" + names.bad_part + "\"");
    if (marker.find("Ed") != npos || marker.find("Chair") != npos) reference_.editors = names.names;
    if (marker.find("Trans") != npos) reference_.translators = names.names;
    after.begin += at + marker.size();
    break;
  }
  // "In N. A. Bowling & K. Dye (Chairs), *Measurement ...* [Symposium].": a
  // contribution to a symposium, presented at the event that follows.
  std::string_view session = view(after);
  while (session.ends_with(' ')) session.remove_suffix(1);
  if (const size_t open = session.rfind(" ["); open != npos && session.ends_with(']')) {
    const std::string_view kind = session.substr(open + 2, session.size() - open - 3);
    if (const Description read = read_description_text(kind); read.type == ReferenceType::speech) {
      reference_.type = ReferenceType::speech;
      reference_.genre = read.genre;
      reference_.container_title = element_text(session.substr(0, open));
      // "In Kim, J. J. (Co-Chair), Dalal, R. S. (Co-Chair), ...": roles not read.
      if (reference_.container_title.find(" (") != npos) {
        doubt("the symposium \"" + reference_.container_title + "\"");
      }
      return;
    }
  }
  read_container_details(view(after));
  reference_.type = ReferenceType::chapter;
  // Mendeley's "In *Nature Reviews Neuroscience* (Vol. 14, Issue 5, pp.
  // 365–376).": a journal's article, written as a book's chapter.
  if (!reference_.issue.empty() && reference_.editors.empty()) {
    reference_.type = ReferenceType::article_journal;
    return;
  }
  const std::string& container = reference_.container_title;
  const bool proceedings =
      container.find("Proceedings") != npos || container.find("proceedings") != npos ||
      container.find("Conference") != npos || container.find("Symposium") != npos ||
      container.find("Congress") != npos;
  // "Executive functions. In *Neuropsychological assessment* (5th ed.).": a
  // part of a book with neither editors nor pages, which APA 7 cites as the
  // whole book. A paper in proceedings is cited alone all the same.
  if (reference_.editors.empty() && reference_.page.empty() && reference_.translators.empty() &&
      reference_.url.empty() && reference_.doi.empty() && !proceedings &&
      !is_reference_work_name(reference_.container_title)) {
    doubt("the chapter, whose book names neither editors nor pages");
  }
  // natbib's "In Gross, J. J., editor, Handbook of Emotion Regulation, pages 3–24.";
  // Chicago's "In Book, eds. W. G. Austin and S. Worchel, pp. 33-47.".
  if (const std::string& book = reference_.container_title;
      book.find(", editor") != npos || book.find(", pages ") != npos ||
      book.find(", eds. ") != npos || book.find(", ed. ") != npos || book.find(", pp. ") != npos) {
    doubt("the book \"" + book + "\", with its editors and pages in another style's form");
  }
  if (proceedings) {
    reference_.type = ReferenceType::paper_conference;
    // EndNote's "Proceedings of the 2019 CHI Conference ..., Glasgow, Scotland Uk.":
    // the event's place, which APA 7 leaves out of the proceedings' name.
    if (const size_t comma = container.find(", ");
        comma != npos && is_place(std::string_view(container).substr(comma + 2))) {
      doubt("the proceedings \"" + container + "\", whose name ends with a place");
    }
  } else if (container.find("ictionary") != npos) {
    reference_.type = ReferenceType::entry_dictionary;
  } else if (is_reference_work_name(container) ||
             (reference_.editors.empty() &&
              (!reference_.url.empty() || !reference_.accessed.empty()))) {
    reference_.type = ReferenceType::entry_encyclopedia;  // "In *Wikipedia*", online
  }
  // "In Proceedings of the annual meeting ... (Vol. 33, No. 33).": an
  // issue's number, as Google Scholar writes a proceedings volume.
  if (!reference_.number.empty()) doubt("the number \"" + reference_.number + "\" of a book");
}

// "*Book* (2nd ed., pp. 1–20)": the container of a chapter and its details.
void ApaReader::read_container_details(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  const size_t open = matching_open(text);
  if (open != npos && open > 0) {
    read_details(text.substr(open + 1, text.size() - open - 2), true);
    text = text.substr(0, open);
    // Word's "Proceedings of ..., (pp. 107-110)": a comma before the details.
    while (!text.empty() && (text.back() == ' ' || text.back() == ',')) text.remove_suffix(1);
  }
  reference_.container_title = element_text(text);
}

// "Society for Research in Child Development Biennial Meeting, Austin, TX,
// United States": the event, then where it was.
void ApaReader::read_event(const std::string& where) {
  // The place is its last two parts, "Stockholm, Sweden", or three with a
  // state, "Washington, DC, United States", "Sydney, NSW, Australia";
  // "Philadelphia, PA" when
  // that is all. The event is what stands before: "Aula Magna, Stockholm
  // University".
  std::vector<size_t> commas;
  for (size_t at = where.find(", "); at != npos; at = where.find(", ", at + 2))
    commas.push_back(at);
  size_t cut = commas.empty() ? npos : commas.front();
  if (commas.size() >= 3) {
    const size_t state = commas[commas.size() - 2];
    const std::string_view before_last =
        std::string_view(where).substr(state + 2, commas.back() - state - 2);
    const bool us_state = (before_last.size() >= 2 && before_last.size() <= 3 &&
                           is_ascii_capitals(before_last)) ||  // "DC", "NSW"
                          is_region_name(before_last);         // "Quebec"
    cut = commas[commas.size() - (us_state ? 3 : 2)];
  }
  reference_.event = cut == npos ? where : where.substr(0, cut);
  if (cut != npos) reference_.event_place = where.substr(cut + 2);
  // "... 2021 Convention (virtual).": a note APA 7 does not write.
  if (std::string& event = reference_.event; event.ends_with(')') && cut == npos) {
    if (const size_t open = event.rfind(" ("); open != npos) {
      doubt("\"" + event.substr(open + 1) + "\" after the event");
    }
  }
}

}  // namespace mwp
