// ApaReader: the title and source of each reference type (apa_reader.h).
#include <algorithm>
#include <array>

#include "cite/apa_author_list.h"
#include "cite/apa_formatter.h"
#include "cite/apa_reader.h"
#include "cite/apa_source_names.h"
#include "cite/apa_source_words.h"
#include "text/trim.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

// Where the group that closes `text` (")" or "]") opens, or npos.
size_t matching_open(std::string_view text) {
  if (text.empty()) return npos;
  const char close = text.back();
  const char open = close == ')' ? '(' : close == ']' ? '[' : '\0';
  if (open == '\0') return npos;
  int depth = 0;
  for (size_t i = text.size(); i-- > 0;) {
    if (text[i] == close) ++depth;
    if (text[i] == open && --depth == 0) return i;
  }
  return npos;
}

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
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (!view(sentences[i]).starts_with("In ")) continue;
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
  if (!title_read_) reference_.title = title_text({sentences[0].begin, sentences[in - 1].end});
  TextRange after{sentences[in].begin + 3, sentences[in].end};
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
  } else if (reference_.editors.empty() &&
             (!reference_.url.empty() || !reference_.accessed.empty())) {
    reference_.type = ReferenceType::webpage;  // "In *Wikipedia*", a dictionary online
    reference_.entry_in_work = true;
  }
  if (in + 1 < sentences.size()) reference_.publisher = publisher_name(view(sentences[in + 1]));
  if (in + 2 < sentences.size()) {
    doubt("\"" + std::string(view(sentences[in + 2])) + "\" after the publisher");
  }
  return true;
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

// The title, with the details "(2nd ed.)" and description "[Doctoral
// dissertation, ...]" that may close it; `next` receives the first source
// sentence.
TextRange ApaReader::title_with_details(const std::vector<TextRange>& sentences, size_t& next) {
  size_t last = sentences.size() >= 2 ? sentences.size() - 2 : 0;
  if (italic({sentences[0].begin, sentences[0].begin + 1})) {
    for (last = 0; last + 1 < sentences.size() && pasted_.italic_at(sentences[last].end - 1) &&
                   pasted_.italic_at(sentences[last + 1].begin);
         ++last) {
    }
  } else {
    for (size_t i = 0; i < sentences.size(); ++i) {
      const std::string_view text = view(sentences[i]);
      if (text.ends_with(")") || text.ends_with("]")) {
        last = i;
        break;
      }
    }
  }
  next = last + 1;
  TextRange title{sentences[0].begin, sentences[last].end};
  title_begin_ = title.begin;
  for (int groups = 0; groups < 3; ++groups) {
    const std::string_view text = view(title);
    const size_t open = matching_open(text);
    if (open == npos || open == 0) break;
    const std::string_view inside = text.substr(open + 1, text.size() - open - 2);
    if (text.back() == ']') {
      if (!read_description(inside)) break;
    } else if (all_details(inside)) {
      read_details(inside, false);
    } else if (read_description_text(inside).type == ReferenceType::thesis) {
      read_description(inside);  // APA 6's "(Unpublished doctoral dissertation)"
    } else if (inside.starts_with("p. ") || inside.starts_with("pp. ")) {
      doubt("\"(" + std::string(inside) + ")\" after the title");
    } else {
      // "(HHS Publication No. 1, NSDUH Series H-55)": a number among details
      // mwp does not know. ("(5th ed., text rev.)" stays in the title whole.)
      const std::vector<DetailItem> items = split_details(inside);
      if (std::any_of(items.begin(), items.end(),
                      [](const DetailItem& item) { return item.kind == DetailKind::number; })) {
        doubt("\"(" + std::string(inside) + ")\" after the title, not all of it details mwp knows");
      }
      break;  // "(CMNI-30)": part of the title
    }
    title.end = title.begin + open;
    while (title.end > title.begin && s_[title.end - 1] == ' ') --title.end;
  }
  return title;
}

// `title` without a description that closes it: "Study abroad programs [Editorial]".
TextRange ApaReader::without_description(TextRange title) {
  const std::string_view written = view(title);
  const size_t open = matching_open(written);
  if (open != npos && open > 0 && written.back() == ']' &&
      read_description(written.substr(open + 1, written.size() - open - 2))) {
    title.end = title.begin + open;
  }
  return title;
}

// "[Doctoral dissertation, University of X]", "[Paper presentation]", "[Preprint]".
bool ApaReader::read_description(std::string_view description) {
  const Description read = read_description_text(description);
  if (read.type == std::nullopt) {
    // "[Editorial]", "[Review of the book ...]": said of the work, not part of its title.
    if (description.empty() || description.front() < 'A' || description.front() > 'Z') return false;
    if (names_unmodelled_type(description)) {
      doubt("\"[" + std::string(description) + "]\", a kind of work mwp does not format");
    }
    reference_.description = std::string(description);
    return true;
  }
  reference_.type = *read.type;
  reference_.genre = read.genre;
  reference_.unpublished = read.unpublished;
  if (!read.institution.empty()) reference_.publisher = read.institution;
  return true;
}

// "2nd ed., Vol. 2, pp. 1–20", "J. Strachey, Trans.", "Report No. 7".
void ApaReader::read_details(std::string_view details, bool in_container) {
  for (const DetailItem& item : split_details(details)) {
    switch (item.kind) {
      case DetailKind::edition:
        // "5th ed., text rev.": a revision of an edition, kept as written.
        reference_.edition = reference_.edition.empty()
                                 ? item.value
                                 : apa_edition_text(reference_.edition) + ", " + item.value;
        break;
      case DetailKind::volume:
        reference_.volume = item.value;
        break;
      case DetailKind::pages:
        reference_.page = item.value;
        break;
      case DetailKind::number:
        reference_.number = item.value;
        if (reference_.type != ReferenceType::thesis) {
          reference_.genre = item.genre;
          reference_.type = ReferenceType::report;
        }
        break;
      case DetailKind::editors:
      case DetailKind::translators:
      case DetailKind::editors_translators: {
        const NameListParse names = parse_apa_editor_list(item.value);
        if (!names.ok) doubt("the names \"" + names.bad_part + "\"");
        if (item.kind != DetailKind::translators) reference_.editors = names.names;
        if (item.kind != DetailKind::editors) reference_.translators = names.names;
        break;
      }
      case DetailKind::unknown:
        doubt("\"" + item.value + "\" in the parentheses after the " +
              (in_container ? "book title" : "title"));
        break;
    }
  }
}

void ApaReader::read_book_like(const std::vector<TextRange>& all) {
  // "*Journal*. Advance online publication. https://doi.org/...".
  std::vector<TextRange> sentences = all;
  bool advance_online = false;
  if (sentences.size() > 1 && view(sentences.back()) == "Advance online publication") {
    sentences.pop_back();
    advance_online = true;
  }
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
  const std::string where = source.empty() ? std::string() : element_text(view(source[0]));
  if (read_presented_at(where)) return;
  if (!read_edition_in_title()) {
    doubt("the edition in the title (APA 7 writes \"Title (3rd ed.).\")");
  }
  const bool described = reference_.type == ReferenceType::thesis ||
                         reference_.type == ReferenceType::speech ||
                         reference_.type == ReferenceType::preprint;
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
            publisher_name(where);
      }
      return;
    case ReferenceType::speech:
      read_event(where);
      return;
    case ReferenceType::preprint:
      reference_.publisher = where;
      return;
    case ReferenceType::report:
      reference_.publisher = publisher_name(where);
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

// What follows a book, report or web page's title: its publisher, or the
// site it is on.
void ApaReader::read_publisher_or_site(const std::string& where) {
  const bool group_author =
      reference_.authors.size() == 1 && !reference_.authors[0].literal.empty();
  const bool book_details = !reference_.edition.empty() || !reference_.volume.empty() ||
                            !reference_.translators.empty() || !reference_.editors.empty();
  const bool organization = is_organization_name(where);
  // "National Academies of Sciences, ... The National Academies Press.": a
  // group published by its own press issues reports.
  const bool web = (!reference_.accessed.empty() || reference_.month > 0 || retrieved_from_ ||
                    (reference_.year == 0 && !reference_.in_press)) &&
                   !is_report_title(reference_.title);
  if (!web && group_author && shares_a_name(reference_.authors[0].literal, where)) {
    reference_.type = ReferenceType::report;
    reference_.publisher = publisher_name(where);
    return;
  }
  if (book_details || is_publisher_name(where)) {
    reference_.type = ReferenceType::book;
    reference_.publisher = publisher_name(where);
    if (where.empty() && !group_author && reference_.url.empty() && reference_.doi.empty()) {
      doubt("no publisher after the title");
    }
    return;
  }
  if (!reference_.url.empty() && reference_.doi.empty() &&
      (web || (!organization && !group_author))) {
    // A page by persons names its site, unless the site is its authors'
    // group: nothing here tells a web page from a preprint or a report.
    const bool persons = !reference_.authors.empty() && reference_.authors[0].literal.empty();
    if (where.empty() && persons) doubt("the source: nothing names the site before the URL");
    reference_.type = ReferenceType::webpage;
    // A group's page on a parent body's site names a publisher; any other
    // page names the site it is on.
    (organization && group_author ? reference_.publisher : reference_.container_title) = where;
    return;
  }
  if (organization || group_author) {
    reference_.type = ReferenceType::report;
    reference_.publisher = publisher_name(where);
    return;
  }
  reference_.type = ReferenceType::book;
  reference_.publisher = publisher_name(where);
  if (where.empty()) doubt("no publisher after the title");
}

// "Society for Research in Child Development Biennial Meeting, Austin, TX,
// United States": the event, then where it was.
void ApaReader::read_event(const std::string& where) {
  const size_t comma = where.find(", ");
  reference_.event = comma == npos ? where : where.substr(0, comma);
  if (comma != npos) reference_.event_place = where.substr(comma + 2);
}

}  // namespace mwp
