#include "cite/citation_report.h"

#include <fmt/format.h>

#include <array>

#include "cite/apa_fields.h"
#include "cite/apa_formatter.h"

namespace mwp {
namespace {

// `text` with the last `from` replaced by `to`, or nullopt when absent.
std::optional<std::string> replace_last(const std::string& text, const std::string& from,
                                        const std::string& to) {
  const size_t at = text.rfind(from);
  if (from.empty() || at == std::string::npos) return std::nullopt;
  return text.substr(0, at) + to + text.substr(at + from.size());
}

std::optional<std::string> replace_first(const std::string& text, const std::string& from,
                                         const std::string& to) {
  const size_t at = text.find(from);
  if (from.empty() || at == std::string::npos) return std::nullopt;
  return text.substr(0, at) + to + text.substr(at + from.size());
}

std::string reference_date(const Reference& reference) {
  if (reference.in_press)
    return "in press" + (reference.year_suffix.empty() ? "" : "-" + reference.year_suffix);
  if (reference.year == 0)
    return "n.d." + (reference.year_suffix.empty() ? "" : "-" + reference.year_suffix);
  const std::string original =
      reference.original_year != 0 ? std::to_string(reference.original_year) + "/" : "";
  return original + std::to_string(reference.year) + reference.year_suffix;
}

// `written` with the i-th of `names` made the i-th of `authors`, each
// found after the one before: "Bozon and Bajos" -> "Bajos and Bozon".
// Nullopt when a name is not found in order.
std::optional<std::string> names_made(const std::string& written,
                                      const std::vector<CitedName>& names,
                                      const std::vector<PersonName>& authors) {
  std::string out;
  size_t from = 0;
  for (size_t i = 0; i < names.size() && i < authors.size(); ++i) {
    const size_t at = written.find(names[i].surname, from);
    if (names[i].surname.empty() || at == std::string::npos) return std::nullopt;
    out += written.substr(from, at - from) + apa_short_name(authors[i]);
    from = at + names[i].surname.size();
  }
  return out + written.substr(from);
}

const std::vector<PersonName>& cited_names(const Reference& reference) {
  return reference.authors.empty() ? reference.editors : reference.authors;
}

// The citation as written with its date made `reference`'s.
std::optional<Fix> date_fix(const CitationMention& mention, const WrittenAt& at,
                            const Reference& reference) {
  const auto fixed = replace_last(at.written, cited_date(mention), reference_date(reference));
  if (!fixed) return std::nullopt;
  return Fix{at.written, *fixed};
}

}  // namespace

std::string cited_date(const CitationMention& mention) {
  if (mention.in_press)
    return "in press" + (mention.year_suffix.empty() ? "" : "-" + mention.year_suffix);
  if (mention.year == 0)
    return "n.d." + (mention.year_suffix.empty() ? "" : "-" + mention.year_suffix);
  const std::string original =
      mention.original_year != 0 ? std::to_string(mention.original_year) + "/" : "";
  return original + std::to_string(mention.year) + mention.year_suffix;
}

void CitationReport::add(Severity severity, const WrittenAt& at, const char* code,
                         std::string message, std::string suggestion, std::optional<Fix> fix) {
  Diagnostic d{
      severity,      path_, at.line, at.column, code, std::move(message), std::move(suggestion),
      std::move(fix)};
  out_.add(std::move(d));
}

std::string CitationReport::listed_works(const std::vector<size_t>& works) const {
  std::string listed;
  for (size_t work : works) {
    listed += (listed.empty() ? "" : "; ") + format_apa_citation(references_[work]);
  }
  return listed;
}

// The fix of a citation's date when one work is meant, and `suggestion`
// then says what to write.
std::optional<Fix> CitationReport::single_date_fix(const CitationMention& mention,
                                                   const WrittenAt& at,
                                                   const std::vector<size_t>& works,
                                                   std::string& suggestion) const {
  if (works.size() != 1) return std::nullopt;
  std::optional<Fix> fix = date_fix(mention, at, references_[works[0]]);
  if (fix) suggestion = fmt::format("write \"{}\"", fix->replacement);
  return fix;
}

void CitationReport::note(size_t work, const char* code) {
  const Reference& reference = references_[work];
  const int line = lines_[work];
  std::string where = line > 0 ? fmt::format("entry {} of the research sources", work + 1)
                               : "from the site bibliography";
  out_.add({Severity::note, path_, line, 0, code,
            fmt::format("{}: {}", where, format_apa_citation(reference)), "", std::nullopt});
}

void CitationReport::unmatched(const CitationMention& mention, const WrittenAt& at,
                               const std::vector<size_t>& nearest, bool reordered) {
  if (nearest.empty()) {
    add(Severity::error, at, "citation-unmatched",
        fmt::format("\"{}\" cites a work that is not in the research sources", at.written),
        "add the work to the research sources, or correct the citation");
    return;
  }
  const Reference& meant = references_[nearest[0]];
  std::optional<Fix> fix;
  std::optional<std::string> fixed = names_made(at.written, mention.names, cited_names(meant));
  if (fixed && mention.has_year && cited_date(mention) != reference_date(meant)) {
    fixed = replace_last(*fixed, cited_date(mention), reference_date(meant));
  }
  if (fixed && *fixed != at.written) fix = Fix{at.written, *fixed};
  add(Severity::error, at, "citation-unmatched",
      reordered
          ? fmt::format("\"{}\" names the authors of {} in another order; APA 7 keeps the order "
                        "of the research sources",
                        at.written, format_apa_citation(meant))
          : fmt::format("\"{}\" cites a work that is not in the research sources", at.written),
      fmt::format("did you mean {}?", format_apa_citation(meant)), std::move(fix));
  note(nearest[0], "citation-unmatched");
}

void CitationReport::year_mismatch(const CitationMention& mention, const WrittenAt& at,
                                   const std::vector<size_t>& works) {
  std::string suggestion = "correct the date in the text or in the research sources";
  std::optional<Fix> fix = single_date_fix(mention, at, works, suggestion);
  // "Bataille (1957)" for a translation first published in 1957.
  const bool original_alone = works.size() == 1 && mention.original_year == 0 &&
                              mention.year == references_[works[0]].original_year;
  add(Severity::error, at, "citation-year-mismatch",
      original_alone
          ? fmt::format("\"{}\" gives only the original date of {}; APA 7 cites a republished "
                        "work by both dates",
                        at.written, listed_works(works))
          : fmt::format("\"{}\": the research sources have no work by these authors from {}; "
                        "they list {}",
                        at.written, cited_date(mention), listed_works(works)),
      std::move(suggestion), std::move(fix));
  for (size_t work : works) note(work, "citation-year-mismatch");
}

void CitationReport::impossible_year(const CitationMention& mention, const WrittenAt& at,
                                     const std::vector<size_t>& works) {
  std::string suggestion = "correct the year";
  std::optional<Fix> fix = single_date_fix(mention, at, works, suggestion);
  add(Severity::error, at, "citation-year-impossible",
      fmt::format("\"{}\": {} cannot be a publication year", at.written, mention.year),
      std::move(suggestion), std::move(fix));
  for (size_t work : works) note(work, "citation-year-impossible");
}

void CitationReport::et_al_misused(const CitationMention& mention, const WrittenAt& at,
                                   size_t work) {
  const Reference& reference = references_[work];
  const std::vector<PersonName>& authors = cited_names(reference);
  std::optional<Fix> fix;
  static constexpr std::array<std::string_view, 11> kPhrases = {" et al.",
                                                                " and colleagues",
                                                                " and his colleagues",
                                                                " and her colleagues",
                                                                " and their colleagues",
                                                                " and co-workers",
                                                                " and coworkers",
                                                                " and their co-workers",
                                                                " and her team",
                                                                " and his team",
                                                                " and their team"};
  const std::string second =
      authors.size() == 2 ? (mention.parenthetical ? " & " : " and ") + apa_short_name(authors[1])
                          : "";
  for (std::string_view phrase : kPhrases) {
    if (auto fixed = replace_first(at.written, std::string(phrase), second)) {
      fix = Fix{at.written, *fixed};
      break;
    }
  }
  std::string suggestion =
      fix ? fmt::format("write \"{}\"", fix->replacement) : std::string("name every author");
  add(Severity::error, at, "citation-et-al",
      fmt::format("\"{}\": {} has {} author{}; APA uses \"et al.\" only for three or more",
                  at.written, format_apa_citation(reference), authors.size(),
                  authors.size() == 1 ? "" : "s"),
      std::move(suggestion), std::move(fix));
  note(work, "citation-et-al");
}

void CitationReport::ambiguous(const CitationMention& mention, const WrittenAt& at,
                               const std::vector<size_t>& works) {
  add(Severity::error, at, "citation-ambiguous",
      fmt::format("\"{}\" could refer to more than one research source: {}", at.written,
                  listed_works(works)),
      mention.year_suffix.empty()
          ? "give the works year suffixes (2003a, 2003b) in the sources and the text"
          : "name the authors so that one work fits");
  for (size_t work : works) note(work, "citation-ambiguous");
}

void CitationReport::unread(const WrittenAt& at, size_t work, bool misspelt) {
  const std::string citation = format_apa_citation(references_[work]);
  if (misspelt) {
    add(Severity::error, at, "citation-unmatched",
        fmt::format("\"{}\" names an author and a year of no work in the research sources",
                    at.written),
        fmt::format("did you mean {}?", citation));
    note(work, "citation-unmatched");
    return;
  }
  add(Severity::warning, at, "citation-unread",
      fmt::format("\"{}\" names {} in a form mwp does not read as a citation, so it is not "
                  "checked",
                  at.written, citation),
      fmt::format("write it as APA 7 does, e.g. \"{} ({})\"",
                  format_apa_citation_authors(references_[work]),
                  reference_date(references_[work])));
  note(work, "citation-unread");
}

void CitationReport::unknown_key(const WrittenAt& at, const std::string& key) {
  add(Severity::error, at, "citation-unknown-key",
      fmt::format("citation key \"@{}\" is not in the site bibliography", key),
      "add it to bibliography.json (or mwp bib import) or fix the key");
}

void CitationReport::duplicate(const WrittenAt& at, const Reference& repeated, size_t first) {
  add(Severity::error, at, "reference-duplicate",
      fmt::format("this research source repeats entry {} (line {}): {}", first + 1, lines_[first],
                  format_apa_citation(repeated)),
      "delete one of the two entries");
}

void CitationReport::uncited(size_t work, int column) {
  const Reference& reference = references_[work];
  add(Severity::error, {lines_[work], column, ""}, "reference-uncited",
      fmt::format("research source {} is never cited in the text", format_apa_citation(reference)),
      fmt::format("cite it where the article relies on it, e.g. \"{} ({})\", or remove it",
                  format_apa_citation_authors(reference), reference_date(reference)));
}

}  // namespace mwp
