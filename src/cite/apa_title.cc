// ApaReader: a title and the groups that may close it, the details
// "(2nd ed., Vol. 2)" and the description "[Doctoral dissertation, ...]"
// (apa_reader.h).
#include <algorithm>

#include "cite/apa_author_list.h"
#include "cite/apa_fields.h"
#include "cite/apa_formatter.h"
#include "cite/apa_reader.h"
#include "cite/apa_source_names.h"
#include "cite/apa_source_words.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

// Whether `code`'s letters before a hyphen or digit ("CCC" of "CCC-2") are
// the initials of capitalised words in a row of `title`: the title's own
// abbreviation, "The Children's Communication Checklist – version 2 (CCC-2)".
bool abbreviates_words_of(std::string_view code, std::string_view title) {
  const size_t letters = code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  if (letters < 2 ||
      (letters != npos && code[letters] != '-' && (code[letters] < '0' || code[letters] > '9'))) {
    return false;
  }
  std::string initials;  // of the capitalised words, '.' for any other word
  for (size_t at = 0; at < title.size();) {
    const size_t end = std::min(title.find(' ', at), title.size());
    initials += title[at] >= 'A' && title[at] <= 'Z' ? title[at] : '.';
    at = end + 1;
  }
  return initials.find(code.substr(0, letters)) != npos;
}

}  // namespace

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
  // "*... his religion...* [Tweet]. Twitter.": a title that ends in an
  // ellipsis leaves its description a sentence of its own.
  if (last + 2 < sentences.size()) {
    const std::string_view after = view(sentences[last + 1]);
    if (after.starts_with('[') && after.ends_with(']') &&
        (view(sentences[last]).ends_with(".") || view(sentences[last]).ends_with("\xE2\x80\xA6")) &&
        read_description_text(after.substr(1, after.size() - 2)).type.has_value()) {
      ++last;
    }
  }
  next = last + 1;
  if (last >= 1 && read_series_code(view(sentences[last]))) --last;
  TextRange title{sentences[0].begin, sentences[last].end};
  title_begin_ = title.begin;
  return without_title_groups(title);
}

// "NICE guideline [NG87]", a sentence after the title: a report's number in
// a publisher's series, with the kind it is, as APA 7 writes it in
// parentheses: "(NICE guideline [NG87])". True when read.
bool ApaReader::read_series_code(std::string_view sentence) {
  // "HC 947.": a parliamentary paper's number, as a sentence of its own.
  if (sentence.find(' ') == sentence.rfind(' ') && is_code_number(sentence) &&
      sentence.find_first_of("0123456789") != npos) {
    reference_.number = std::string(sentence);
    reference_.type = ReferenceType::report;
    return true;
  }
  const size_t open = sentence.rfind(" [");
  if (open == npos || !sentence.ends_with(']')) return false;
  const std::string_view code = sentence.substr(open + 2, sentence.size() - open - 3);
  const std::string_view kind = sentence.substr(0, open);
  if (code.empty() || code.find(' ') != npos || code.find_first_of("0123456789") == npos ||
      kind.empty() || kind[0] < 'A' || kind[0] > 'Z' || kind.find(' ') == npos ||
      kind.size() > 40 || kind.find_first_of(".,:;") != npos) {
    return false;
  }
  reference_.number = std::string(sentence);  // whole, as is_code_number() reads it
  reference_.type = ReferenceType::report;
  return true;
}

// `title` without the details "(2nd ed.)", "(No. 443)" and the description
// "[Doctoral dissertation, ...]" that may close it, which are read.
TextRange ApaReader::without_title_groups(TextRange title) {
  for (int groups = 0; groups < 3; ++groups) {
    const std::string_view text = view(title);
    const size_t open = matching_open(text);
    if (open == npos) break;
    const std::string_view inside = text.substr(open + 1, text.size() - open - 2);
    // "NASA [@nasa]. (n.d.). [Instagram profile].": an untitled work, its
    // description in the title's place, as APA 7 writes one.
    if (open == 0 && (text.back() != ']' || !read_description_text(inside).type)) break;
    // "*Beck Depression Inventory–II (BDI-II)*": the writer's italics hold it in the title.
    const bool italic_group = text.back() == ')' && pasted_.italic_at(title.end - 1) &&
                              pasted_.italic_at(title.begin + open);
    if (italic_group || abbreviates_words_of(inside, text.substr(0, open))) break;
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
  // Harvard's "[online]": a medium, which APA 7 does not write.
  if (description == "online" || description == "Online") {
    set_aside(description);
    return true;
  }
  const Description read = read_description_text(description);
  if (read.type == std::nullopt) {
    // "[Editorial]", "[Review of the book ...]": said of the work, not part of its title.
    if (description.empty() || description.front() < 'A' || description.front() > 'Z') return false;
    if (description.find(' ') == std::string_view::npos &&
        description.find_first_of("0123456789") != std::string_view::npos) {
      // "NICE guideline [NG87]": a number in brackets, and what names it stands before.
      doubt("\"[" + std::string(description) + "]\", a number in brackets");
    }
    // A title's translation is longer than a kind of work's name: "[Performance
    // of the Self-Reporting Questionnaire ...: A comparative study with
    // Structured Clinical Interview for DSM-IV-TR]".
    const auto words = std::count(description.begin(), description.end(), ' ') + 1;
    if (words <= 5 && names_unmodelled_type(description)) {
      doubt("\"[" + std::string(description) + "]\", a kind of work mwp does not format");
    }
    // "[Fact sheet]", "[Press release]": the kind of a report, which CSL keeps as its genre.
    (is_report_kind(description) ? reference_.genre : reference_.description) =
        std::string(description);
    return true;
  }
  reference_.type = *read.type;
  reference_.preprint_label = reference_.type == ReferenceType::preprint && read.genre.empty();
  reference_.genre = read.genre;
  // natbib's "PhD thesis", read as APA's "Doctoral dissertation": its own words are read.
  set_aside(description.substr(0, description.find(", ")));
  reference_.unpublished = read.unpublished;
  if (!read.institution.empty()) reference_.publisher = read.institution;
  return true;
}

// "2nd ed., Vol. 2, pp. 1–20", "J. Strachey, Trans.", "Report No. 7".
void ApaReader::read_details(std::string_view details, bool in_container) {
  const std::vector<DetailItem> items = split_details(details);
  // APA 7 joins details with a semicolon only after names, "(J. Strachey,
  // Trans.; 2nd ed.)", and before a data set's version, "(ICPSR 35531;
  // Version V3)". "(5th ed., text rev.; DSM-5-TR)" would be written back
  // with a comma.
  if (details.find("; ") != std::string_view::npos &&
      std::none_of(items.begin(), items.end(), [](const DetailItem& item) {
        return item.kind == DetailKind::editors || item.kind == DetailKind::translators ||
               item.kind == DetailKind::editors_translators || item.kind == DetailKind::version;
      })) {
    doubt("the details \"" + std::string(details) + "\", joined by a semicolon");
  }
  for (const DetailItem& item : items) {
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
      case DetailKind::version:
        reference_.version = item.value;
        break;
      case DetailKind::number:
        // "(HHS Publication No. PEP20, NSDUH Series H-55)": two numbers, one field.
        if (!reference_.number.empty()) {
          doubt("\"(" + std::string(details) +
                ")\" after the title, two numbers where APA 7 "
                "writes one");
        }
        reference_.number = item.value;
        // A number makes a report of a work whose kind is not yet known; a
        // thesis, an episode or a data set keeps its kind.
        if (reference_.type == ReferenceType::article_journal ||
            reference_.type == ReferenceType::book || reference_.type == ReferenceType::report ||
            reference_.type == ReferenceType::webpage) {
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
        // Mendeley's journal issue, "(Vol. 14, Issue 5, pp. 365–376)", and
        // a paper's number in proceedings, "(Article 34)".
        if (in_container && item.value.starts_with("Issue ") && item.value.size() > 6) {
          reference_.issue = item.value.substr(6);
        } else if (in_container && item.value.starts_with("Article ") && item.value.size() > 8) {
          reference_.article_number = item.value.substr(8);
        } else {
          doubt("\"" + item.value + "\" in the parentheses after the " +
                (in_container ? "book title" : "title"));
        }
        break;
    }
  }
}

}  // namespace mwp
