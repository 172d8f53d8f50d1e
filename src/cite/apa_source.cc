// ApaReader: the title and source of each reference type (apa_reader.h).
#include <algorithm>
#include <array>

#include "cite/apa_author_list.h"
#include "cite/apa_formatter.h"
#include "cite/apa_reader.h"
#include "cite/apa_source_names.h"
#include "cite/apa_source_words.h"
#include "text/code_point.h"
#include "text/trim.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

// Whether `a` and `b` share a capitalised word of five or more letters.
bool shares_a_name(std::string_view a, std::string_view b) {
  for (size_t at = 0; at < a.size();) {
    size_t end = a.find(' ', at);
    if (end == npos) end = a.size();
    const std::string_view word = a.substr(at, end - at);
    if (word.size() >= 5 && word[0] >= 'A' && word[0] <= 'Z' && b.find(word) != npos) return true;
    at = end + 1;
  }
  return false;
}

}  // namespace

std::string element_text(std::string_view text) {
  text = trim(text);
  while (text.ends_with('.')) text = trim(text.substr(0, text.size() - 1));
  return std::string(text);
}

void ApaReader::read_body(TextRange body) {
  body = trimmed(body);
  if (!title_read_) read_quoted_title(body);
  const std::vector<TextRange> sentences =
      apa_sentences(s_, body, [this](size_t at) { return pasted_.italic_at(at); });
  if (sentences.empty()) {
    if (title_read_) read_publisher_or_site("");  // "Title. (n.d.). https://..."
    return;
  }
  if (lead_as_title_ && italic_title_with_details(sentences[0])) {
    // "The jamovi project. (2022). *jamovi* (Version 2.3) [Computer
    // software].": the title follows the date, so a group's name in
    // sentence case stood first.
    settle_title_read_first(sentences[0]);
  }
  for (size_t i = 0; i < sentences.size(); ++i) {
    // "*In a growing share of U.S. marriages, ...*": a title in italics that begins with "In".
    if (!view(sentences[i]).starts_with("In ") || pasted_.italic_at(sentences[i].begin)) continue;
    // "Alexithymia. (n.d.). In *Wikipedia*.": the title stood before the date.
    if (i == 0 && !title_read_ && reference_.authors.size() == 1 &&
        !reference_.authors[0].literal.empty()) {
      reference_.title = reference_.authors[0].literal;
      reference_.authors.clear();
      title_read_ = true;
    }
    if (read_chapter(sentences, i)) return;
    break;
  }
  if (read_periodical(sentences)) return;
  read_book_like(sentences);
}

// "Title. In E. Ed & F. Ed (Eds.), *Book* (2nd ed., Vol. 2, pp. 1–20). Publisher."
bool ApaReader::read_chapter(const std::vector<TextRange>& sentences, size_t in) {
  if (in == 0 && !title_read_) return false;
  if (in > 0) settle_title_read_first({sentences[0].begin, sentences[in - 1].end});
  if (!title_read_) {
    reference_.title =
        title_text(without_title_groups({sentences[0].begin, sentences[in - 1].end}));
  }
  TextRange after{sentences[in].begin + 3, sentences[in].end};
  if (reference_.type == ReferenceType::broadcast) {
    // "Title (No. 443) [Audio podcast episode]. In *This American life*. WBEZ Chicago."
    read_series(view(after));
  } else {
    read_chapter_container(after);
  }
  if (in + 1 < sentences.size()) reference_.publisher = publisher(view(sentences[in + 1]));
  if (in + 2 < sentences.size()) {
    doubt("\"" + std::string(view(sentences[in + 2])) + "\" after the publisher");
  }
  return true;
}

// Whether `sentence` opens with italics closed by details or a description
// in brackets, as a title is: "*jamovi* (Version 2.3) [Computer software]".
// A periodical's or site's name in italics is followed by neither.
bool ApaReader::italic_title_with_details(TextRange sentence) const {
  size_t at = sentence.begin;
  while (at < sentence.end && pasted_.italic_at(at)) ++at;
  if (at == sentence.begin) return false;
  while (at < sentence.end && s_[at] == ' ') ++at;
  return at < sentence.end && (s_[at] == '(' || s_[at] == '[');
}

// A title read before the date, and words between the date and the source:
// "Wikipedia contributors. (2026). Loneliness. In *Wikipedia*." The group's
// name in sentence case stood first, and the title follows the date;
// anything else there is not read.
void ApaReader::settle_title_read_first(TextRange between) {
  if (!title_read_) return;
  if (lead_as_title_) {
    reference_.authors = {group_name(reference_.title)};
    title_read_ = false;
    lead_as_title_ = false;
    return;
  }
  doubt("\"" + std::string(view(between)) + "\" between the title and the source");
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
  for (std::string_view marker :
       {" (Eds. & Trans.), ", " (Ed. & Trans.), ", " (Eds.), ", " (Ed.), ", " (Trans.), "}) {
    const size_t at = rest.find(marker);
    if (at == npos) continue;
    const NameListParse names = parse_apa_editor_list(rest.substr(0, at));
    if (!names.ok) doubt("the editors \"" + names.bad_part + "\"");
    if (marker.find("Ed") != npos) reference_.editors = names.names;
    if (marker.find("Trans") != npos) reference_.translators = names.names;
    after.begin += at + marker.size();
    break;
  }
  read_container_details(view(after));
  reference_.type = ReferenceType::chapter;
  const std::string& container = reference_.container_title;
  if (container.find("Proceedings") != npos || container.find("proceedings") != npos ||
      container.find("Conference") != npos || container.find("Symposium") != npos ||
      container.find("Congress") != npos) {
    reference_.type = ReferenceType::paper_conference;
  } else if (container.find("ictionary") != npos) {
    reference_.type = ReferenceType::entry_dictionary;
  } else if (is_reference_work_name(container) ||
             (reference_.editors.empty() &&
              (!reference_.url.empty() || !reference_.accessed.empty()))) {
    reference_.type = ReferenceType::entry_encyclopedia;  // "In *Wikipedia*", online
  }
}

// "*Book* (2nd ed., pp. 1–20)": the container of a chapter and its details.
void ApaReader::read_container_details(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  const size_t open = matching_open(text);
  if (open != npos && open > 0) {
    read_details(text.substr(open + 1, text.size() - open - 2), true);
    text = text.substr(0, open);
  }
  reference_.container_title = element_text(text);
}

void ApaReader::read_book_like(const std::vector<TextRange>& all) {
  // "*Journal*. Advance online publication. https://doi.org/...".
  std::vector<TextRange> sentences = all;
  bool advance_online = false;
  if (sentences.size() > 1 && view(sentences.back()) == "Advance online publication") {
    sentences.pop_back();
    advance_online = true;
  }
  if (read_directed_by(sentences)) return;
  size_t next = 0;
  const Reference before_title = reference_;
  if (!title_read_) reference_.title = title_text(title_with_details(sentences, next));
  std::vector<TextRange> source(
      sentences.begin() + static_cast<long>(std::min(next, sentences.size())), sentences.end());
  if (reference_.type == ReferenceType::thesis) read_thesis_number(source);
  if (source.size() > 1) {
    doubt("\"" + std::string(view(source[1])) + "\" after \"" + std::string(view(source[0])) +
          "\"");
  }
  const std::string where = source.empty() ? retrieved_site_ : element_text(view(source[0]));
  if (read_presented_at(where) || read_unbracketed_description(where)) return;
  if (!read_edition_in_title()) {
    doubt("the edition in the title (APA 7 writes \"Title (3rd ed.).\")");
  }
  const bool described = reference_.type == ReferenceType::thesis ||
                         reference_.type == ReferenceType::speech ||
                         reference_.type == ReferenceType::preprint || is_media(reference_.type);
  if (!described && !source.empty() && read_named_periodical(source[0], advance_online)) {
    // A periodical's article has no book details: what looked like them is its title's.
    if (!title_read_ && next >= 1) {
      const ReferenceType type = reference_.type;
      const std::string container = reference_.container_title;
      const bool online = reference_.advance_online;
      reference_ = before_title;
      reference_.type = type;
      reference_.container_title = container;
      reference_.advance_online = online;
      reference_.title =
          title_text(without_description({sentences[0].begin, sentences[next - 1].end}));
    }
    return;
  }
  switch (reference_.type) {
    case ReferenceType::thesis:
      if (where.starts_with("Retrieved from ") || where.starts_with("Available from ")) {
        // APA 6: "Retrieved from ProQuest ...", "Available from ProQuest ...".
        reference_.archive = where.substr(15);
      } else {
        (reference_.publisher.empty() ? reference_.publisher : reference_.archive) =
            publisher(where);
      }
      return;
    case ReferenceType::speech:
      read_event(where);
      return;
    case ReferenceType::preprint:
      reference_.publisher = where;
      return;
    case ReferenceType::report:
      reference_.publisher = publisher(where);
      return;
    case ReferenceType::motion_picture:
    case ReferenceType::broadcast:
    case ReferenceType::post:
    case ReferenceType::dataset:
    case ReferenceType::software:
      read_media_source(where);
      return;
    default:
      break;
  }
  if (is_preprint_server(where) || (where.empty() && is_preprint_doi(reference_.doi))) {
    reference_.type = ReferenceType::preprint;
    reference_.publisher = where;
    return;
  }
  read_publisher_or_site(where);
}

// What follows the description of a film, podcast, post, data set or
// software: the studio, site or platform that publishes it.
void ApaReader::read_media_source(const std::string& where) {
  const bool platform = is_social_platform(where);
  const std::string& genre = reference_.genre;
  if (reference_.type == ReferenceType::motion_picture && platform) {
    reference_.type = ReferenceType::post;  // "[Video]. TikTok."
  } else if (reference_.type == ReferenceType::post && !platform && genre != "Tweet" &&
             genre != "Status update" && genre != "Thread") {
    // "[Photograph]. Museum of Modern Art.": a work of art, not a post.
    doubt("\"[" + genre + "]\" outside social media, a kind of work mwp does not format");
  }
  if (reference_.type == ReferenceType::post) {
    reference_.container_title = where;
    if (where.empty()) doubt("the source: nothing names the platform of the post");
    return;
  }
  reference_.publisher = publisher(where);
  // "IBM Corp. (2021). *IBM SPSS Statistics* ... [Computer software].": a
  // group that publishes its own work is not named again.
  const bool group_author =
      reference_.authors.size() == 1 && !reference_.authors[0].literal.empty();
  if (where.empty() && reference_.url.empty() && reference_.doi.empty() && !group_author) {
    doubt("the source: nothing names who publishes the work");
  }
}

// What follows a book, report or web page's title: its publisher, or the
// site it is on.
namespace {

// "https://www.hhs.gov/.../advisory.pdf", "…/report.PDF?sequence=1".
bool links_a_pdf(std::string_view url) {
  const size_t end = url.find_first_of("?#");
  std::string_view path = url.substr(0, end);
  if (path.size() < 4) return false;
  path = path.substr(path.size() - 4);
  return path == ".pdf" || path == ".PDF";
}

}  // namespace

std::string ApaReader::publisher(std::string_view written) {
  set_aside(written);
  return publisher_name(written);
}

void ApaReader::read_publisher_or_site(const std::string& where) {
  const std::vector<PersonName>& authors = reference_.authors;
  const bool group_author = !authors.empty() && authors.size() <= 2 &&
                            std::all_of(authors.begin(), authors.end(), [](const PersonName& name) {
                              return !name.literal.empty();
                            });
  // "AARP & National Alliance for Caregiving. ... AARP.": one of the groups publishes it.
  const bool own_group =
      group_author && std::any_of(authors.begin(), authors.end(), [&where](const PersonName& name) {
        return name.literal == where || shares_a_name(name.literal, where);
      });
  const bool book_details = !reference_.edition.empty() || !reference_.volume.empty() ||
                            !reference_.translators.empty() || !reference_.editors.empty();
  const bool organization = is_organization_name(where);
  // "National Academies of Sciences, ... The National Academies Press.": a
  // group published by its own press issues reports.
  // A link to a PDF, or a document's kind ("[Statistical bulletin]"), is to a
  // document, not a page, whatever date or retrieval statement stands before it.
  // APA 6's "Retrieved from" went before every link: a page's sign only when
  // nothing names a publisher.
  const bool web =
      (!reference_.accessed.empty() || reference_.month > 0 || (retrieved_from_ && where.empty()) ||
       (reference_.year == 0 && !reference_.in_press)) &&
      !is_report_title(reference_.title) && !links_a_pdf(reference_.url) &&
      !is_document_kind(reference_.genre) &&
      !(available_at_ && (own_group || !where.empty()));  // Harvard links every document
  if (!web && own_group && reference_.edition.empty()) {  // an edition: the DSM's a book
    reference_.type = ReferenceType::report;
    reference_.publisher = publisher(where);
    return;
  }
  if (is_report_kind(reference_.genre) && !web) {  // "[Briefing]. The King's Fund."
    reference_.type = ReferenceType::report;
    reference_.publisher = publisher(where);
    return;
  }
  if (book_details || is_publisher_name(where)) {
    reference_.type = ReferenceType::book;
    reference_.publisher = publisher(where);
    if (where.empty() && !group_author && reference_.url.empty() && reference_.doi.empty()) {
      doubt("no publisher after the title");
    }
    return;
  }
  if (!reference_.url.empty() && reference_.doi.empty() &&
      (web || (!organization && !group_author))) {
    // A page by persons names its site, unless the site is its authors'
    // group or its one author's own ("www.paulgraham.com"): nothing here
    // tells a web page from a preprint or a report.
    const bool persons = !reference_.authors.empty() && reference_.authors[0].literal.empty();
    const bool own_site =
        reference_.authors.size() == 1 && is_own_site(reference_.url, reference_.authors[0].family);
    if (where.empty() && persons && !own_site) {
      doubt("the source: nothing names the site before the URL");
    }
    reference_.type = ReferenceType::webpage;
    const std::vector<PersonName>& group = reference_.authors;
    if (where.empty() && group.size() == 1 && is_ascii_capitals(reference_.title) &&
        !group[0].literal.empty() && group[0].literal.find(' ') == std::string::npos) {
      // "Insomnia. (n.d.). NHS. Retrieved ...": a page's one-word title
      // stood first, and its site's acronym follows the date.
      reference_.container_title = std::move(reference_.title);
      reference_.title = group[0].literal;
      reference_.authors.clear();
      return;
    }
    // A group's page on a parent body's site names a publisher; any other
    // page names the site it is on.
    if (organization && group_author) {
      reference_.publisher =
          publisher(where);  // "Geneva: World Health Organization", APA 6's place
    } else {
      reference_.container_title = where;
    }
    return;
  }
  if (organization || group_author) {
    reference_.type = ReferenceType::report;
    reference_.publisher = publisher(where);
    return;
  }
  reference_.type = ReferenceType::book;
  reference_.publisher = publisher(where);
  if (where.empty()) doubt("no publisher after the title");
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
    const bool us_state = before_last.size() >= 2 && before_last.size() <= 3 &&
                          is_ascii_capitals(before_last);  // "DC", "NSW"
    cut = commas[commas.size() - (us_state ? 3 : 2)];
  }
  reference_.event = cut == npos ? where : where.substr(0, cut);
  if (cut != npos) reference_.event_place = where.substr(cut + 2);
}

}  // namespace mwp
