#include "cite/apa_formatter.h"

#include <cstddef>
#include <string_view>
#include <vector>

#include "cite/apa_dates.h"
#include "cite/apa_entry.h"
#include "cite/apa_fields.h"
#include "cite/apa_legal_text.h"
#include "cite/pasted_text.h"
#include "model/date.h"
#include "text/code_point.h"

namespace mwp {
namespace {

std::string volume_text(const std::string& volume) {
  const bool several = volume.find('-') != std::string::npos;
  return (several ? "Vols. " : "Vol. ") + apa_page_range(volume);
}

std::string pages_text(const std::string& page) {
  const std::string pages = apa_page_range(page);
  const bool several = pages.find_first_of(",&") != std::string::npos ||
                       pages.find("\xE2\x80\x93") != std::string::npos;
  return (several ? "pp. " : "p. ") + pages;
}

bool is_entry(ReferenceType type) {
  return type == ReferenceType::entry_dictionary || type == ReferenceType::entry_encyclopedia;
}

// Whether the details "(2nd ed.)", "(No. 443)", a translated article's
// "(L. Sommer, Trans.)" follow the work's own title rather than its container's.
bool details_after_title(const Reference& r) {
  return title_is_italic(r) || r.type == ReferenceType::broadcast ||
         (is_periodical_article(r.type) && !r.translators.empty());
}

// "2003a", "2019, March 4", "2018, September 27–30", "n.d.", "in press".
std::string date_text(const Reference& r) {
  if (r.in_press) return "in press" + (r.year_suffix.empty() ? "" : "-" + r.year_suffix);
  if (r.year == 0) return "n.d." + (r.year_suffix.empty() ? "" : "-" + r.year_suffix);
  std::string out = std::to_string(r.year) + r.year_suffix;
  if (r.ongoing) return out + "\u2013present";
  if (r.year_end != 0) return out + "\u2013" + std::to_string(r.year_end);
  if (r.type == ReferenceType::article_journal) return out;  // APA: a journal issue's year only
  if (r.month > 0) out += ", " + std::string(month_name(r.month));
  if (r.month > 0 && !r.day.empty() && r.end_month > 0) {
    const size_t dash = r.day.find('-');  // "March 30–April 2"
    return out + " " + r.day.substr(0, dash) + "\u2013" + std::string(month_name(r.end_month)) +
           " " + r.day.substr(dash == std::string::npos ? r.day.size() : dash + 1);
  }
  if (r.month > 0 && !r.day.empty()) out += " " + apa_page_range(r.day);
  return out;
}

void add_title(ApaEntry& entry, const Reference& r) {
  if (title_is_italic(r)) {
    entry.italic(r.title);
  } else {
    entry.plain(r.title);
  }
}

// "(J. Strachey, Trans.; 2nd ed., Vol. 2)", "(Report No. 7)" after a title.
void add_details(ApaEntry& entry, const Reference& r, bool own_editors) {
  std::vector<std::string> groups;
  const bool same =
      !r.editors.empty() && r.editors.size() == r.translators.size() &&
      apa_name_list_given_first(r.editors) == apa_name_list_given_first(r.translators);
  own_editors = own_editors && r.type != ReferenceType::broadcast;  // a series' producers
  if (own_editors && !r.editors.empty()) {
    groups.push_back(apa_name_list_given_first(r.editors) +
                     (r.editors.size() == 1 ? ", Ed." : ", Eds.") + (same ? " & Trans." : ""));
  }
  if (!r.translators.empty() && !(same && own_editors)) {
    groups.push_back(apa_name_list_given_first(r.translators) + ", Trans.");
  }
  // A data set's archive number stands first: "(ICPSR 35531; Version V3)".
  if (r.type == ReferenceType::dataset && !r.number.empty()) groups.push_back(r.number);
  std::string rest;
  const auto item = [&rest](const std::string& text) { rest += (rest.empty() ? "" : ", ") + text; };
  if (!r.edition.empty()) item(apa_edition_text(r.edition));
  if (!r.version.empty()) {
    // "4.3.1" -> "Version 4.3.1"; "R package version 2.3.9", "Mar 14 version" as written.
    item(r.version.find(" version") != std::string::npos ? r.version : "Version " + r.version);
  }
  if (r.type == ReferenceType::broadcast && !r.volume.empty()) {
    item("Season " + r.volume + (r.number.empty() ? "" : ", Episode " + r.number));
  } else if (!r.volume.empty() && !is_periodical_article(r.type)) {
    item(volume_text(r.volume));
  }
  if (!r.number.empty() && !(r.type == ReferenceType::broadcast && !r.volume.empty()) &&
      r.type != ReferenceType::dataset) {
    // "(CESifo Working Paper No. 10666)": a report's or a working paper's kind.
    const std::string label = r.type == ReferenceType::thesis ? "Publication"
                              : r.type == ReferenceType::report || r.type == ReferenceType::preprint
                                  ? r.genre
                                  : std::string();
    const bool code = label.empty() && is_code_number(r.number);
    item(code ? r.number : (label.empty() ? "" : label + " ") + "No. " + r.number);
  }
  // A report's or book's pages, as written: "(p. 162)".
  if (!r.page.empty() && (r.type == ReferenceType::report || r.type == ReferenceType::book)) {
    item(pages_text(r.page));
  }
  if (!rest.empty()) groups.push_back(rest);
  if (groups.empty()) return;
  std::string out;
  for (const std::string& group : groups) out += (out.empty() ? "" : "; ") + group;
  entry.plain(" (" + out + ")");
}

// "[Doctoral dissertation, University]", "[Paper presentation]", "[Tweet]":
// the kind of work, after the details. A post's attachment stands before
// it: "[Image attached] [Tweet]".
void add_description(ApaEntry& entry, const Reference& r) {
  if (!r.description.empty() && r.type == ReferenceType::post) {
    entry.plain(" [" + r.description + "]");
  }
  if (r.type == ReferenceType::thesis && r.unpublished) {
    std::string genre = r.genre.empty() ? std::string("doctoral dissertation") : r.genre;
    if (!genre.empty() && genre[0] >= 'A' && genre[0] <= 'Z')
      genre[0] = static_cast<char>(genre[0] - 'A' + 'a');
    entry.plain(" [Unpublished " + genre + "]");
  } else if (r.type == ReferenceType::thesis) {
    entry.plain(" [" + (r.genre.empty() ? std::string("Doctoral dissertation") : r.genre) +
                (r.publisher.empty() ? "" : ", " + r.publisher) + "]");
  } else if (((r.type == ReferenceType::speech && r.container_title.empty()) || is_media(r.type) ||
              (r.type == ReferenceType::preprint && r.number.empty()) ||
              (is_periodical_article(r.type) && r.number.empty()) ||
              (r.number.empty() &&
               (r.type == ReferenceType::report || r.type == ReferenceType::webpage))) &&
             !r.genre.empty()) {
    entry.plain(" [" + r.genre + "]");
  }
  if (r.type == ReferenceType::preprint && r.preprint_label) entry.plain(" [Preprint]");
}

// The title, then what is said of it in brackets (a translation, "[Editorial]"),
// its details and its kind: "*Die Afrikaners* [The Afrikaners] (2nd ed.).",
// "*Title* [Translated title] [Doctoral dissertation, …]".
void add_title_and_details(ApaEntry& entry, const Reference& r, bool own_editors) {
  add_title(entry, r);
  if (!r.description.empty() && r.type != ReferenceType::post) {
    entry.plain(" [" + r.description + "]");
  }
  if (details_after_title(r)) add_details(entry, r, own_editors);
  add_description(entry, r);
}

void add_link(ApaEntry& entry, const Reference& r) {
  if (!r.doi.empty()) {
    entry.plain(" ");
    entry.link(apa_doi_url(r.doi));
  } else if (!r.url.empty()) {
    entry.plain(r.accessed.empty() ? " " : " Retrieved " + written_date(r.accessed) + ", from ");
    entry.link(r.url);
  }
}

// " (Retraction published 2012, *Journal*, *38*[10], 1378)": APA 7 brackets
// the issue inside the parentheses.
void add_retraction(ApaEntry& entry, const Retraction& notice) {
  if (notice.year == 0) return;
  entry.plain(" (Retraction published " + std::to_string(notice.year) + ", ");
  entry.italic(notice.container_title);
  if (!notice.volume.empty()) {
    entry.plain(", ");
    entry.italic(notice.volume);
  }
  if (!notice.issue.empty()) entry.plain("[" + notice.issue + "]");
  if (!notice.page.empty()) entry.plain(", " + apa_page_range(notice.page));
  entry.plain(")");
}

void add_sentence(ApaEntry& entry, const std::string& text) {
  if (text.empty()) return;
  entry.plain(" " + text);
  entry.period();
}

// "*Journal*, *10*(3), 190–203." and magazines and newspapers.
void add_periodical(ApaEntry& entry, const Reference& r) {
  if (r.container_title.empty()) return;
  entry.plain(" ");
  entry.italic(r.container_title);
  // An issue without a volume stands in its place, as citeproc-js prints it.
  const std::string& volume = r.volume.empty() ? r.issue : r.volume;
  if (!volume.empty()) {
    entry.plain(", ");
    entry.italic(volume);
  }
  if (!r.volume.empty() && !r.issue.empty()) entry.plain("(" + apa_page_range(r.issue) + ")");
  if (!r.article_number.empty()) {
    entry.plain(", Article " + r.article_number);
  } else if (!r.page.empty()) {
    entry.plain(", " +
                (r.type == ReferenceType::article_newspaper ? r.page : apa_page_range(r.page)));
  }
  entry.period();
  if (r.advance_online) entry.plain(" Advance online publication.");
}

// " In E. Ed (Ed.), *Book* (2nd ed., Vol. 2, pp. 1–20)."
void add_container_book(ApaEntry& entry, const Reference& r) {
  if (r.container_title.empty() && r.editors.empty()) return;
  entry.plain(" In ");
  const bool same = !r.translators.empty() && apa_name_list_given_first(r.editors) ==
                                                  apa_name_list_given_first(r.translators);
  if (!r.editors.empty()) {
    entry.plain(apa_name_list_given_first(r.editors) +
                (r.editors.size() == 1 ? " (Ed." : " (Eds.") + (same ? " & Trans.), " : "), "));
  } else if (!r.translators.empty()) {
    // "In J. Cottingham, R. Stoothoff, & D. Murdoch (Trans.), *Book*": a
    // translated book's translators where its editors would stand.
    entry.plain(apa_name_list_given_first(r.translators) + " (Trans.), ");
  }
  entry.italic(r.container_title);
  std::string parts;
  const auto item = [&parts](const std::string& text) {
    parts += (parts.empty() ? "" : ", ") + text;
  };
  if (!r.edition.empty()) item(apa_edition_text(r.edition));
  if (!r.volume.empty()) item(volume_text(r.volume));
  if (!r.page.empty()) item(pages_text(r.page));
  if (!r.article_number.empty()) item("Article " + r.article_number);  // a paper in proceedings
  // "(N. Minick, Trans.; pp. 39–285)": the translator first, as for a book.
  if (!r.translators.empty() && !same && !r.editors.empty()) {
    parts =
        apa_name_list_given_first(r.translators) + ", Trans." + (parts.empty() ? "" : "; " + parts);
  }
  if (!parts.empty()) entry.plain(" (" + parts + ")");
  entry.period();
}

// Legal references, in the legal style APA 7 keeps (chapter 11), all roman.
ApaEntry legal_entry(const Reference& r) {
  ApaEntry entry;
  entry.plain(apa_legal_text(r));
  entry.period();
  add_link(entry, r);
  return entry;
}

ApaEntry build_entry(const Reference& r) {
  if (r.type == ReferenceType::legislation || r.type == ReferenceType::legal_case) {
    return legal_entry(r);
  }
  ApaEntry entry;
  bool title_done = false;
  // A book, a report, a data set or a periodical's special issue, by its
  // editors: the editors of a chapter, an entry or an episode are its
  // container's.
  const bool edited_book = r.authors.empty() && !r.editors.empty() &&
                           r.type != ReferenceType::chapter &&
                           r.type != ReferenceType::paper_conference && !is_entry(r.type) &&
                           r.type != ReferenceType::broadcast;
  if (!r.authors.empty()) {
    entry.plain(apa_name_list(r.authors, r.authors_truncated));
    if (!r.author_handle.empty()) entry.plain(" [" + r.author_handle + "]");
    if (!r.author_role.empty()) entry.plain(" (" + r.author_role + ")");
  } else if (edited_book) {
    entry.plain(apa_name_list(r.editors, false));
    entry.plain(r.editors.size() == 1 ? " (Ed.)" : " (Eds.)");
  } else if (!r.title.empty()) {
    add_title_and_details(entry, r, !edited_book);
    title_done = true;
  }
  if (!entry.empty()) entry.period();
  entry.plain(" (" + date_text(r) + ").");
  if (!title_done && !r.title.empty()) {
    entry.plain(" ");
    add_title_and_details(entry, r, !edited_book);
    entry.period();
  } else if (!title_done && is_media(r.type) && !r.genre.empty()) {
    entry.plain(" [" + r.genre + "]");  // an untitled work: "[Instagram profile]."
    entry.period();
  }
  switch (r.type) {
    case ReferenceType::article_journal:
    case ReferenceType::article_magazine:
    case ReferenceType::article_newspaper:
      add_periodical(entry, r);
      break;
    case ReferenceType::chapter:
    case ReferenceType::paper_conference:
      add_container_book(entry, r);
      add_sentence(entry, r.publisher);
      break;
    case ReferenceType::thesis:
      add_sentence(entry, r.unpublished ? r.publisher : r.archive);
      break;
    case ReferenceType::speech:
      if (!r.container_title.empty()) {  // "In N. Chair (Chair), *Symposium* [Symposium]."
        entry.plain(" In ");
        if (!r.editors.empty()) {
          entry.plain(apa_name_list_given_first(r.editors) + " (" +
                      (r.editors.size() == 1 ? "Chair" : "Chairs") + "), ");
        }
        entry.italic(r.container_title);
        if (!r.genre.empty()) entry.plain(" [" + r.genre + "]");
        entry.period();
      }
      if (r.event.empty()) {
        add_sentence(entry, r.publisher);  // slides: "School of Health, University of X."
      } else {
        add_sentence(entry, r.event_place.empty() ? r.event : r.event + ", " + r.event_place);
      }
      break;
    case ReferenceType::webpage:
      add_sentence(entry, r.container_title.empty() ? r.publisher : r.container_title);
      break;
    case ReferenceType::entry_dictionary:
    case ReferenceType::entry_encyclopedia:
      add_container_book(entry, r);
      add_sentence(entry, r.publisher);
      break;
    case ReferenceType::broadcast:
      if (!r.container_title.empty()) {
        entry.plain(" In ");
        if (!r.editors.empty()) {
          entry.plain(apa_name_list_given_first(r.editors) + " (" + r.editor_role + "), ");
        }
        entry.italic(r.container_title);
        entry.period();
      }
      add_sentence(entry, r.publisher);
      break;
    case ReferenceType::post:
      add_sentence(entry, r.container_title.empty() ? r.publisher : r.container_title);
      break;
    case ReferenceType::legislation:
    case ReferenceType::legal_case:
      break;  // legal_entry()
    case ReferenceType::motion_picture:
    case ReferenceType::dataset:
    case ReferenceType::software:
    case ReferenceType::book:
    case ReferenceType::report:
    case ReferenceType::preprint:
      add_sentence(entry, r.publisher);
      break;
  }
  add_link(entry, r);
  add_retraction(entry, r.retraction);
  if (r.original_year != 0) {
    entry.plain(" (Original work published " + std::to_string(r.original_year) + ")");
  }
  return entry;
}

// An entry read without confidence, as written: its Markdown's text, with
// emphasis as italics.
ApaEntry verbatim_entry(const Reference& r) {
  ApaEntry entry;
  const PastedText pasted(r.verbatim);
  const std::string& text = pasted.text();
  size_t start = 0;
  for (size_t i = 1; i <= text.size(); ++i) {
    if (i < text.size() && pasted.italic_at(i) == pasted.italic_at(start)) continue;
    entry.as_written(std::string_view(text).substr(start, i - start), pasted.italic_at(start));
    start = i;
  }
  return entry;
}

}  // namespace

bool title_is_italic(const Reference& r) {
  // An episode of a series, a contribution to a symposium: the series' or
  // the symposium's title is the italic one.
  if (r.type == ReferenceType::broadcast || r.type == ReferenceType::speech) {
    return r.container_title.empty();
  }
  return !is_periodical_article(r.type) && !is_entry(r.type) && r.type != ReferenceType::chapter &&
         r.type != ReferenceType::paper_conference;
}

std::string format_apa_html(const Reference& reference) {
  return (reference.verbatim.empty() ? build_entry(reference) : verbatim_entry(reference)).html();
}

std::string format_apa_text(const Reference& reference) {
  return (reference.verbatim.empty() ? build_entry(reference) : verbatim_entry(reference)).text();
}

}  // namespace mwp
