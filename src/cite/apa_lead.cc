// ApaReader: what stands before the date, authors, editors or a title, and
// the forms of it that send a reference to another reading: Vancouver
// names, a bare year (apa_reader.h).
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "cite/apa_author_list.h"
#include "cite/apa_language.h"
#include "cite/apa_reader.h"
#include "cite/apa_source_names.h"
#include "cite/apa_source_words.h"
#include "cite/creator_labels.h"
#include "cite/field_text.h"
#include "cite/name_text.h"
#include "text/word_set.h"

namespace mwp {
namespace {

// "Public Health England & Department for Education": two bodies joined by
// "&" without APA's comma, each a body's name of more than one word, read as
// two authors ("Marks & Spencer", "McKinsey & Company" and "Ministry of
// Health & Family Welfare, Government of India" are one body's).
std::vector<PersonName> groups_joined_by_ampersand(std::vector<PersonName> names) {
  if (names.size() != 1 || names[0].literal.empty()) return names;
  const std::string& both = names[0].literal;
  const size_t joint = both.find(" & ");
  if (joint == std::string::npos || both.find(" & ", joint + 3) != std::string::npos) return names;
  const std::string first = both.substr(0, joint);
  const std::string second = both.substr(joint + 3);
  const auto body = [](const std::string& name) {
    return name.find(' ') != std::string::npos && looks_like_group_name(name);
  };
  // "Ministry of Health & Family Welfare, Government of India": a body of
  // two parts, then the body it belongs to.
  if (!body(first) || !body(second) || !body(second.substr(0, second.find(", ")))) return names;
  PersonName one;
  one.literal = first;
  PersonName two;
  two.literal = second;
  return {one, two};
}

// "M", "J J", "M F.": capital letters alone, one at least without its
// period.
bool initials_without_periods(std::string_view given) {
  if (given.empty()) return false;
  bool missing = false;
  for (size_t at = 0; at < given.size();) {
    if (given[at] < 'A' || given[at] > 'Z') return false;
    const bool period = at + 1 < given.size() && given[at + 1] == '.';
    missing = missing || !period;
    const size_t next = at + (period ? 2 : 1);
    if (next < given.size() && given[next] != ' ') return false;
    at = next + 1;
  }
  return missing;
}

constexpr size_t npos = std::string_view::npos;

// A group author name that is really a garbled person list: "Gross JJ".
bool looks_like_vancouver(std::string_view literal) {
  if (literal.ends_with('.')) literal.remove_suffix(1);
  if (literal == "others" || literal == "et al") return true;
  const size_t space = literal.rfind(' ');
  if (space == npos) return false;
  std::string_view last = literal.substr(space + 1);
  if (last.ends_with('.')) last.remove_suffix(1);
  if (last.empty() || last.size() > 3) return false;
  // "Universities UK", "Age UK", "Stats SA": a place, not initials; "The RSA", "The
  // BMJ": a body's acronym after its article.
  if (is_one_of(last, {"UK", "US", "USA", "EU", "NZ", "UN", "SA", "NSW"})) return false;
  if (literal.substr(0, space) == "The") return false;
  for (char c : last) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

}  // namespace

// "Bem, S. L. 1974. Title." or "Maslach, C., Leiter, M.P., 2016. Title.": a
// year standing alone after authors in APA form, or after one body ("Ministry
// of Health. 2012."), as Chicago's author-date
// style and Elsevier's exports place it. The date element runs from the
// separator before the year to its period.
std::optional<ApaDate> find_bare_year(std::string_view text) {
  for (size_t at = text.find(' '); at != npos && at + 6 <= text.size();
       at = text.find(' ', at + 1)) {
    // "[2020].": an economist's brackets around it.
    const size_t brackets =
        text.compare(at + 1, 1, "[") == 0 && text.compare(at + 6, 1, "]") == 0 ? 1 : 0;
    const std::string_view year = text.substr(at + 1 + brackets, 4);
    if (at + 6 + 2 * brackets > text.size() || year.find_first_not_of("0123456789") != npos ||
        text[at + 5 + 2 * brackets] != '.') {
      continue;
    }
    if (at + 6 + 2 * brackets < text.size() && text[at + 6 + 2 * brackets] != ' ') continue;
    if (at == 0 || (text[at - 1] != '.' && text[at - 1] != ',')) continue;
    const size_t begin = text[at - 1] == ',' ? at - 1 : at;
    const NameListParse authors = parse_apa_author_list(text.substr(0, begin));
    const bool persons =
        authors.ok && std::all_of(authors.names.begin(), authors.names.end(),
                                  [](const PersonName& name) { return name.literal.empty(); });
    // "Ministry of Health. 2012.": one body, named as bodies are.
    const bool body =
        authors.ok && authors.names.size() == 1 && is_organization_name(authors.names[0].literal);
    if (!persons && !body) return std::nullopt;
    ApaDate date;
    date.year = std::stoi(std::string(year));
    date.begin = begin;
    date.end = at + 6 + 2 * brackets;
    return date;
  }
  return std::nullopt;
}

// "Costa PT Jr, Terracciano A, McCrae RR": authors in Vancouver form, every
// one a family name and its initials, as Wikipedia writes them before an
// APA-looking date.
bool vancouver_authors(std::string_view lead) {
  while (lead.ends_with('.') || lead.ends_with(' ')) lead.remove_suffix(1);
  if (lead.empty()) return false;
  for (size_t at = 0; at <= lead.size();) {
    size_t end = lead.find(", ", at);
    if (end == npos) end = lead.size();
    std::string_view name = lead.substr(at, end - at);
    if (name.ends_with(" Jr")) name.remove_suffix(3);
    if (!looks_like_vancouver(name)) return false;
    at = end + 2;
  }
  return true;
}

namespace {

// "World Health Organization (WHO)." or "National Institute of Mental
// Health [NIMH].": a group author with the abbreviation its citations use,
// which APA 7 leaves out of the reference list. `text` without it, or
// unchanged.
std::string_view without_group_abbreviation(std::string_view text) {
  std::string_view bare = text;
  while (bare.ends_with('.')) bare.remove_suffix(1);
  if (!bare.ends_with(')') && !bare.ends_with(']')) return text;
  const size_t open = bare.find_last_of(bare.back() == ')' ? '(' : '[');
  if (open == npos || open < 2 || bare[open - 1] != ' ') return text;
  const std::string_view abbreviation = bare.substr(open + 1, bare.size() - open - 2);
  // "(WHO)", and in mixed case with two capitals or more: "(BAuA)", "(DfT)".
  const auto capital_count = std::count_if(abbreviation.begin(), abbreviation.end(),
                                           [](char c) { return c >= 'A' && c <= 'Z'; });
  const bool capitals =
      abbreviation.size() >= 2 && abbreviation.size() <= 10 && capital_count >= 2 &&
      abbreviation.front() >= 'A' && abbreviation.front() <= 'Z' &&
      abbreviation.find_first_not_of(
          "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-&") == npos;
  const std::string_view name = bare.substr(0, open - 1);
  // "Scottish Government, & Convention of Scottish Local Authorities
  // (COSLA)": the last of several groups, by its abbreviation.
  const size_t last = name.rfind(", & ");
  const bool last_group = last != npos && looks_like_group_name(name.substr(last + 4));
  if (!capitals || (name.find(", ") != npos && !last_group)) return text;
  return name;
}

// Words written in sentence case, as a title is, not in the title case of a
// group's name: "Trouble at the lab", not "National Institute of Mental Health".
bool looks_like_sentence(std::string_view text) {
  size_t words = 0;
  bool lower = false;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find(' ', at);
    if (end == npos) end = text.size();
    const std::string_view word = text.substr(at, end - at);
    ++words;
    if (words > 1 && !word.empty() && word[0] >= 'a' && word[0] <= 'z' &&
        !is_title_case_small_word(word)) {
      lower = true;
    }
    at = end + 1;
  }
  return words >= 2 && lower;
}

}  // namespace

// What stands before the date: authors, the editors of a book, or a title.
bool ApaReader::read_lead(TextRange lead) {
  lead = trimmed(lead);
  std::string_view text = view(lead);
  if (text.empty()) {
    failure_ = "nothing stands before the date: expected authors or a title";
    return false;
  }
  // APA's "(Eds.)", and Harvard's "(eds)" and "(ed.)".
  for (std::string_view marker :
       {" (Eds.).", " (Ed.).", " (Eds.)", " (Ed.)", " (eds)", " (eds.)", " (ed)", " (ed.)"}) {
    if (!text.ends_with(marker)) continue;
    const NameListParse editors =
        parse_apa_author_list(text.substr(0, text.size() - marker.size()));
    if (!editors.ok) doubt("the editors \"" + editors.bad_part + "\"");
    reference_.editors = editors.names;
    reference_.type = ReferenceType::book;
    return true;
  }
  TextRange bare = lead;
  while (bare.end > bare.begin && s_[bare.end - 1] == '.') --bare.end;
  // "Correction to Rosenblum et al. (2020).": a correction notice's title,
  // which names no author.
  if (text.starts_with("Correction to ")) {
    title_read_ = true;
    reference_.title = title_text(lead);
    return true;
  }
  if (italic(bare)) {
    title_read_ = true;
    title_italic_ = true;
    reference_.title = title_text(lead);
    read_title_description();
    return true;
  }
  read_authors(text);
  return true;
}

// "Lonely? You're not alone [Audio podcast episode]. (2023, June 2).",
// "Merriam-Webster's collegiate dictionary (11th ed.). (2003).": the
// description or details closing a title that stands first.
void ApaReader::read_title_description() {
  std::string& title = reference_.title;
  // "ELAN (Version 6.4) [Computer software]": details before a description.
  for (int groups = 0; groups < 2; ++groups) {
    if (!title.ends_with(']') && !title.ends_with(')')) return;
    const size_t open = matching_open(title);
    if (open == npos || open < 2 || title[open - 1] != ' ') return;
    const std::string inside = title.substr(open + 1, title.size() - open - 2);
    if (title.ends_with(']') && !read_description(inside)) return;
    if (title.ends_with(')')) {
      if (!all_details(inside)) return;
      read_details(inside, false);
    }
    title.resize(open - 1);
  }
}

void ApaReader::read_authors(std::string_view text) {
  if (text.starts_with("et al") || text.starts_with("Et al")) {
    doubt("the authors: \"et al.\" stands for them, and names none");  // cut off when pasted
    return;
  }
  // "Holt-Lunstad, J., Smith, T. B., & Layton, J. B., & Holt-Lunstad, J.":
  // two lists run together.
  if (const size_t amp = text.find(", & "); amp != npos && text.find(", & ", amp + 4) != npos) {
    doubt("the authors, joined by \"&\" twice");
  }
  if (text.find(", with ") != npos) {
    // "Johnstone, L., & Boyle, M., with Cromby, J., ...": contributors after
    // the authors, which APA 7 has no form for.
    doubt("the authors, which name others after \"with\"");
  }
  const std::string_view with_abbreviation = text;
  text = without_group_abbreviation(text);
  set_aside(with_abbreviation.substr(text.size()));  // what citations of the group may use
  const CreatorLabels labels = without_creator_labels(text);
  text = labels.names;
  std::vector<PersonName> each = names_with_roles(labels);
  if (each.empty() && (labels.roles.size() > 1 || labels.handles.size() > 1 || !labels.last)) {
    doubt("the roles or handles after the creators' names, which mwp keeps only after the last");
  }
  if (!each.empty()) {
    // "Brooker, C. (Writer), & Bathurst, O. (Director).": a role after each name.
    reference_.authors = std::move(each);
    return;
  }
  if (!labels.roles.empty()) reference_.author_role = labels.roles.front();
  if (!labels.handles.empty()) reference_.author_handle = labels.handles.front();
  NameListParse authors = parse_apa_author_list(text);
  if (!authors.ok && text.find("; ") != npos && text.find('&') == npos) {
    // Wikipedia's "Dutton, Donald G.; Aron, Arthur P.".
    std::string commas(text);
    for (size_t at = commas.find("; "); at != std::string::npos; at = commas.find("; ", at)) {
      commas[at] = ',';
    }
    if (NameListParse again = parse_apa_author_list(commas); again.ok) authors = std::move(again);
  }
  // "How science goes wrong. (2013, October 19).", "Announcement: Reducing
  // our irreproducibility. (2013).": a title stands first.
  std::string_view bare = text;
  while (bare.ends_with('.')) bare.remove_suffix(1);
  const bool one_group =
      authors.ok && authors.names.size() == 1 && !authors.names[0].literal.empty();
  // A title may hold commas ("Women's sleep ... than men, study reveals"),
  // but then what stands before its first comma is itself a phrase, never a
  // family name.
  // "Bord Altranais agus Cnáimhseachais na hÉireann / Nursing and Midwifery
  // Board of Ireland": a body named in two languages, one of them a body's name.
  const size_t slash = bare.find(" / ");
  const bool bilingual_body =
      slash != std::string_view::npos &&
      (opens_as_body(bare.substr(slash + 3)) || looks_like_group_name(bare.substr(slash + 3)));
  const bool sentence_first = !opens_as_body(bare) && !bilingual_body &&
                              looks_like_sentence(bare) &&
                              looks_like_sentence(bare.substr(0, bare.find(", ")));
  // "Rumination (psychology). (n.d.). In *Wikipedia*.": an entry's title,
  // whatever words it holds, stands before "In". "Draft Mental Health Bill.
  // (2022, June 28). Hansard.": a law is no author, so its name is a title.
  // "Stress. (n.d.). Retrieved March 12, 2024, from World Health
  // Organization: https://...": Word's page with no author, its title first.
  if (((!authors.ok || one_group) && (sentence_first || names_a_law(bare))) ||
      (!authors.ok && entry_follows_) || (one_group && nothing_follows_)) {
    title_read_ = true;
    lead_as_title_ = authors.ok;
    reference_.title = std::string(bare);
    read_title_description();
    // "NHS inform. (n.d.). Panic disorder.": a body named by its acronym and a
    // word in lower case reads as a title as well as a group.
    const size_t space = bare.find(' ');
    if (space != npos && bare.find(' ', space + 1) == npos &&
        is_ascii_capitals(bare.substr(0, space)) && space >= 2) {
      doubt("\"" + std::string(bare) + "\", which may be a body's name or a title");
    }
    return;
  }
  if (!authors.ok) {
    doubt("the authors: \"" + authors.bad_part + "\" is not a name such as \"Gross, J. J.\"");
    return;
  }
  for (const PersonName& name : authors.names) {
    const std::string& group = name.literal;
    if (group.empty() && initials_without_periods(name.given)) {
      // "Joyce, M, Daly, C": a list that may be Vancouver's, or cut.
      doubt("the initials \"" + name.given + "\" of " + name.family + ", without their periods");
      break;
    }
    if (group.empty() || group.starts_with("the members of ") || group.starts_with("members of ")) {
      continue;  // "& the members of Midwifery Science Work Group"
    }
    if ((looks_like_sentence(group) && !opens_as_body(group) && !looks_like_group_name(group)) ||
        group.starts_with("Dr ") || group.starts_with("Dr. ") || group.starts_with("Prof ") ||
        group.starts_with("Prof. ") || group.starts_with("Professor ")) {
      // "Dr Laura Markham": a person by title and name, in direct order.
      doubt("the authors: \"" + group + "\" is not a name such as \"Gross, J. J.\"");
    } else if (looks_like_vancouver(group) && !is_name_in_capitals(group)) {
      doubt("the authors: \"" + group + "\" is not in APA form (\"Gross, J. J.\")");
    }
  }
  // "Rao Wenwang, Zhu Xiaomin, Zong Qianqian": persons written without
  // initials, each read as a group, in an order that cannot be told.
  const bool bare_persons =
      authors.names.size() >= 2 &&
      std::all_of(authors.names.begin(), authors.names.end(), [](const PersonName& name) {
        const std::string& group = name.literal;
        const size_t spaces = static_cast<size_t>(std::count(group.begin(), group.end(), ' '));
        return !group.empty() && spaces >= 1 && spaces <= 2 && !looks_like_group_name(group);
      });
  if (bare_persons) doubt("the authors, whose names have no initials to tell family from given");
  reference_.authors = groups_joined_by_ampersand(std::move(authors.names));
  reference_.authors_truncated = authors.truncated;
  const bool ellipsis =
      text.find("...") != npos || text.find(". . .") != npos || text.find("\xE2\x80\xA6") != npos;
  if (authors.truncated && !ellipsis) {
    doubt("the authors: \"et al.\" in the list leaves the others unknown");
  }
}

}  // namespace mwp
