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
    // "Title. (n.d.). https://...", "Retrieved ..., from Site: https://..."
    if (title_read_) read_publisher_or_site(retrieved_site_);
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
  // APA 6's proceedings without "In": "Title. Proceedings of the 9th Annual
  // Conference ... (pp. 177-186). Publisher." (A journal such as PNAS is read above.)
  for (size_t i = 1; i < sentences.size(); ++i) {
    if (view(sentences[i]).starts_with("Proceedings of ") &&
        !pasted_.italic_at(sentences[i].begin) && read_chapter(sentences, i, 0)) {
      return;
    }
  }
  read_book_like(sentences);
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
  std::string where = source.empty() ? retrieved_site_ : element_text(view(source[0]));
  // Word's "Title. (J. Strachey, Trans.) New York: Norton.": the title's
  // details after its period.
  if (where.starts_with('(')) {
    const size_t close = where.find(") ");
    if (close != std::string::npos && all_details(std::string_view(where).substr(1, close - 1))) {
      read_details(std::string_view(where).substr(1, close - 1), false);
      where.erase(0, close + 2);
    }
  }
  if (where.starts_with("[online] ")) {  // Harvard's "[online] Mayo Clinic."
    online_ = true;
    set_aside("[online]");
    where.erase(0, 9);
    if (names_a_day(where)) doubt("the date \"" + where + "\" in the site's place");
  }
  if (read_presented_at(where) || read_unbracketed_description(where) ||
      read_numbered_report(where))
    return;
  read_volume_in_title();
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
    read_preprint_in_journal_place();
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
      // Slides and lecture notes are published by a department or a site,
      // not given at an event.
      if (reference_.genre.ends_with("lides") || reference_.genre == "Lecture notes") {
        reference_.publisher = publisher(where);
      } else {
        read_event(where);
      }
      return;
    case ReferenceType::preprint:
      read_preprint_server(where);
      return;
    case ReferenceType::report:
      if (is_preprint_server(where)) {  // "*Title* (arXiv:2302.02083). arXiv."
        reference_.type = ReferenceType::preprint;
        read_preprint_server(where);
        return;
      }
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
    read_preprint_server(where);
    return;
  }
  read_publisher_or_site(where);
}

// A preprint's repository, and Google Scholar's form of an arXiv
// preprint's number: "arXiv preprint arXiv:1810.04805".
void ApaReader::read_preprint_server(const std::string& where) {
  constexpr std::string_view kScholar = "arXiv preprint arXiv:";
  if (where.starts_with(kScholar) && where.find(' ', kScholar.size()) == npos) {
    reference_.publisher = "arXiv";
    reference_.number = where.substr(kScholar.size() - 6);
    set_aside("preprint");
    return;
  }
  // "Title. *PsyArXiv*.": the server, read in the journal's place, stays.
  if (!where.empty()) reference_.publisher = where;
}

// What follows the description of a film, podcast, post, data set or
// software: the studio, site or platform that publishes it.
void ApaReader::read_media_source(const std::string& where) {
  const std::string& genre = reference_.genre;
  // A video on YouTube is a film ("[Video]. YouTube."); its channel is a
  // profile, as on social media.
  const bool platform =
      is_social_platform(where) || (where == "YouTube" && genre.ends_with(" channel"));
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
  // "... University of Hertfordshire. 9 October.": a date where the publisher stands.
  if (names_a_day(trim(written)))
    doubt("the date \"" + std::string(written) + "\" as the publisher");
  return publisher_name(written);
}

void ApaReader::read_publisher_or_site(const std::string& where) {
  const std::vector<PersonName>& authors = reference_.authors;
  // Bodies, one or several, that publish their own work and name no
  // publisher: "Indian Council of Medical Research, Public Health Foundation
  // of India, & Institute for Health Metrics and Evaluation. (2017). *Title*."
  const bool group_author =
      !authors.empty() && std::all_of(authors.begin(), authors.end(),
                                      [](const PersonName& name) { return !name.literal.empty(); });
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
      // Harvard writes "Available at:" after any document, "[online]" before a
      // page's site; a site named by its address is a page's.
      (online_ || is_site_address(where) || !(available_at_ && (own_group || !where.empty())));
  if (is_newspaper_name(where) && reference_.month > 0 && !book_details &&
      reference_.authors.empty() && title_read_ && !title_italic_) {
    // "Title. (2024, June 17). *Associated Press*.": a news article, unsigned,
    // its title in roman.
    reference_.type = ReferenceType::article_newspaper;
    reference_.container_title = where;
    return;
  }
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
  if (!web && links_a_pdf(reference_.url) && reference_.doi.empty()) {
    // "*LGBT in Britain: Health report*. Stonewall. https://…/health.pdf": a
    // document its publisher put online, whoever wrote it.
    reference_.type = ReferenceType::report;
    reference_.publisher = publisher(where);
    return;
  }
  if (!reference_.url.empty() && reference_.doi.empty() &&
      (web || (!organization && !group_author && !is_report_title(reference_.title)))) {
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
      // "DEPRESSION. (n.d.). NHS.": a word in capitals longer than an acronym.
      if (reference_.title.size() >= 6 && is_ascii_capitals(reference_.title)) {
        doubt("the title \"" + reference_.title + "\" in capitals");
      }
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

}  // namespace mwp
