#include "cite/citation_resolver.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "cite/apa_formatter.h"
#include "cite/apa_parser.h"
#include "cite/citation_matcher.h"
#include "cite/citation_scanner.h"
#include "cite/prose_tokens.h"
#include "cite/work_identity.h"
#include "exec/parallel_for.h"
#include "text/line_index.h"

namespace mwp {
namespace {

bool is_space(char c) {  // std::regex's \s in the C locale
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// "[@gross2003]" or "@gross2003" as a whole sources-list entry: what
// ^\s*(?:[-*+]|\d+[.)])?\s*\[?@([A-Za-z0-9_][^\]\s;,]*)\]?\s*$ matches, read
// directly (no part of it needs backtracking).
std::optional<std::string> entry_key(std::string_view text) {
  size_t i = 0;
  auto skip_spaces = [&] {
    while (i < text.size() && is_space(text[i])) ++i;
  };
  skip_spaces();
  if (i < text.size() && (text[i] == '-' || text[i] == '*' || text[i] == '+')) {
    ++i;
  } else {
    size_t digits = i;
    while (digits < text.size() && is_digit(text[digits])) ++digits;
    if (digits > i && digits < text.size() && (text[digits] == '.' || text[digits] == ')')) {
      i = digits + 1;
    }
  }
  skip_spaces();
  if (i < text.size() && text[i] == '[') ++i;
  if (i >= text.size() || text[i] != '@') return std::nullopt;
  const size_t key = ++i;
  if (i >= text.size()) return std::nullopt;
  const char first = text[i];
  if (!is_digit(first) && first != '_' && !(first >= 'a' && first <= 'z') &&
      !(first >= 'A' && first <= 'Z')) {
    return std::nullopt;
  }
  while (i < text.size() && text[i] != ']' && text[i] != ';' && text[i] != ',' &&
         !is_space(text[i])) {
    ++i;
  }
  const size_t key_end = i;
  if (i < text.size() && text[i] == ']') ++i;
  skip_spaces();
  if (i != text.size()) return std::nullopt;
  return std::string(text.substr(key, key_end - key));
}

const Reference* find_by_id(const std::vector<Reference>& references, const std::string& id) {
  for (const Reference& reference : references) {
    if (reference.id == id) return &reference;
  }
  return nullptr;
}

// Where a reference of the article was written, for diagnostics about it.
struct ReferenceOrigin {
  int line = 0;
  int column = 0;
};

class ArticleResolver {
 public:
  ArticleResolver(Article& article, const std::vector<Reference>& bibliography,
                  Diagnostics& diagnostics)
      : article_(article), bibliography_(bibliography), diagnostics_(diagnostics) {}

  void run() {
    article_.references.clear();
    article_.citations.clear();
    article_.references.reserve(article_.sources.size());  // keys cited in prose may add more
    origins_.reserve(article_.sources.size());
    for (const SourceEntry& entry : article_.sources) read_entry(entry);
    for (size_t i = 0; i < article_.sections.size(); ++i) {
      scan(TextPart::section, i, article_.sections[i].body);
    }
    for (size_t i = 0; i < article_.faq.size(); ++i)
      scan(TextPart::faq_answer, i, article_.faq[i].answer);
    report_uncited();
  }

 private:
  void read_entry(const SourceEntry& entry) {
    std::optional<Reference> reference;
    if (const std::optional<std::string> key = entry_key(entry.text)) {
      const Reference* found = find_by_id(bibliography_, *key);
      if (found == nullptr) {
        unknown_key(entry.line, entry.column, *key);
        return;
      }
      reference = *found;
    } else {
      reference = parse_apa_reference(
          entry.text, TextOrigin{article_.display_path, entry.line, entry.column}, diagnostics_);
    }
    if (!reference) return;
    reference->source_line = entry.line;
    for (size_t i = 0; i < article_.references.size(); ++i) {
      if (!same_work(article_.references[i], *reference)) continue;
      Diagnostic d{Severity::error,
                   article_.display_path,
                   entry.line,
                   entry.column,
                   "reference-duplicate",
                   "this research source repeats entry " + std::to_string(i + 1) + " (line " +
                       std::to_string(origins_[i].line) + "): " + format_apa_citation(*reference),
                   "delete one of the two entries"};
      diagnostics_.add(std::move(d));
      return;
    }
    article_.references.push_back(std::move(*reference));
    origins_.push_back({entry.line, entry.column});
  }

  void scan(TextPart part, size_t index, const MarkdownBlock& block) {
    thread_local std::vector<ProseToken> tokens;  // capacity reused across blocks
    tokenize_prose(block.markdown, tokens);
    std::vector<CitationMention> mentions = find_dated_citations(block.markdown, tokens);
    std::vector<std::string> surnames;
    for (const Reference& reference : article_.references) {
      const auto& names = reference.authors.empty() ? reference.editors : reference.authors;
      if (!names.empty() && names[0].literal.empty()) surnames.push_back(names[0].family);
    }
    std::vector<CitationMention> named =
        find_name_citations(block.markdown, tokens, surnames, mentions);
    mentions.insert(mentions.end(), std::make_move_iterator(named.begin()),
                    std::make_move_iterator(named.end()));
    std::stable_sort(
        mentions.begin(), mentions.end(),
        [](const CitationMention& a, const CitationMention& b) { return a.begin < b.begin; });
    if (mentions.empty()) return;
    const LineIndex lines(block.markdown);
    for (const CitationMention& mention : mentions) {
      const TextPosition at = lines.position(mention.begin);
      Place place{block.line + at.line - 1, at.column,
                  block.markdown.substr(mention.begin, mention.end - mention.begin)};
      const std::optional<size_t> reference =
          mention.key.empty() ? match(mention, place) : resolve_key(mention.key, place);
      if (reference)
        article_.citations.push_back({part, index, mention.begin, mention.end, *reference});
    }
  }

  struct Place {
    int line = 0;
    int column = 0;
    std::string written;
  };

  std::optional<size_t> resolve_key(const std::string& key, const Place& place) {
    for (size_t i = 0; i < article_.references.size(); ++i) {
      if (article_.references[i].id == key) return i;
    }
    const Reference* found = find_by_id(bibliography_, key);
    if (found == nullptr) {
      unknown_key(place.line, place.column, key);
      return std::nullopt;
    }
    article_.references.push_back(*found);  // Pandoc: cited keys join the list
    article_.references.back().source_line = 0;
    origins_.push_back({article_.sources_line, 0});
    return article_.references.size() - 1;
  }

  std::optional<size_t> match(const CitationMention& mention, const Place& place) {
    const CitationMatch result = match_citation(mention, article_.references);
    if (mention.has_year) {
      // A source the writer evidently meant is not also reported as uncited.
      attempted_.insert(result.references.begin(), result.references.end());
    }
    switch (result.outcome) {
      case MatchOutcome::matched:
        return result.references[0];
      case MatchOutcome::ambiguous:
        ambiguous(mention, place, result.references);
        break;
      case MatchOutcome::year_mismatch:
        if (mention.has_year) year_mismatch(place, result.references);
        break;
      case MatchOutcome::unmatched:
        if (mention.has_year) unmatched(mention, place, result.references);
        break;
    }
    return std::nullopt;
  }

  void ambiguous(const CitationMention& mention, const Place& place,
                 const std::vector<size_t>& candidates) {
    std::string list;
    for (size_t r : candidates)
      list += (list.empty() ? "" : "; ") + format_apa_citation(article_.references[r]);
    diagnostics_.add(
        {mention.has_year ? Severity::error : Severity::warning, article_.display_path, place.line,
         place.column, "citation-ambiguous",
         "\"" + place.written + "\" could refer to more than one research source: " + list,
         mention.has_year ? "add the year suffix (e.g. 2003a) to the citation and the source"
                          : "add the year, e.g. \"" + place.written + " (" +
                                std::to_string(article_.references[candidates[0]].year) + ")\""});
  }

  void year_mismatch(const Place& place, const std::vector<size_t>& candidates) {
    const Reference& listed = article_.references[candidates[0]];
    diagnostics_.add({Severity::error, article_.display_path, place.line, place.column,
                      "citation-year-mismatch",
                      "\"" + place.written + "\": the research sources have this work as " +
                          format_apa_citation(listed),
                      "correct the year in the text or in the sources list"});
  }

  void unmatched(const CitationMention& mention, const Place& place,
                 const std::vector<size_t>& nearest) {
    const bool strong = mention.strong || !nearest.empty();
    Diagnostic d{strong ? Severity::error : Severity::warning,
                 article_.display_path,
                 place.line,
                 place.column,
                 "citation-unmatched",
                 "\"" + place.written + "\" " + (strong ? "cites" : "looks like a citation of") +
                     " research that is not in the research sources",
                 ""};
    if (!nearest.empty()) {
      d.suggestion = "did you mean " + format_apa_citation(article_.references[nearest[0]]) + "?";
    } else {
      d.suggestion = "add the work to the research sources";
    }
    diagnostics_.add(std::move(d));
  }

  void unknown_key(int line, int column, const std::string& key) {
    diagnostics_.add({Severity::error, article_.display_path, line, column, "citation-unknown-key",
                      "citation key \"@" + key + "\" is not in the site bibliography",
                      "add it to site/bibliography.json (or mwp bib import) or fix the key"});
  }

  void report_uncited() {
    std::set<size_t> cited = attempted_;
    for (const Citation& citation : article_.citations) cited.insert(citation.reference);
    for (size_t i = 0; i < article_.references.size(); ++i) {
      if (cited.count(i) > 0) continue;
      diagnostics_.add({Severity::error, article_.display_path, origins_[i].line,
                        origins_[i].column, "reference-uncited",
                        "research source " + format_apa_citation(article_.references[i]) +
                            " is never cited in the text",
                        "cite it where the article relies on it, e.g. \"" +
                            format_apa_citation_authors(article_.references[i]) + " (" +
                            std::to_string(article_.references[i].year) + ")\", or remove it"});
    }
  }

  Article& article_;
  const std::vector<Reference>& bibliography_;
  Diagnostics& diagnostics_;
  std::vector<ReferenceOrigin> origins_;  // parallel to article_.references
  std::set<size_t> attempted_;            // references a faulty citation pointed at
};

}  // namespace

// One copy of each work across the site: the bibliography's entry when it
// has the work, else the first article's; ids filled with unique keys.
void unify_cited_works(Site& site) {
  std::vector<Reference> works = site.bibliography;
  WorkIndex known;
  std::set<std::string> used;
  for (const Reference& reference : works) {
    used.insert(reference.id);
    known.add(reference);
  }
  std::vector<size_t> fresh;  // indices into works needing an id
  // References that share an id are copies of one work (a bibliography entry,
  // or a work an earlier unification named), so one lookup per id answers for
  // all of them.
  std::unordered_map<std::string, size_t> work_of_id;
  for (Article& article : site.articles) {
    for (Reference& reference : article.references) {
      std::optional<size_t> found;
      const auto by_id = reference.id.empty() ? work_of_id.end() : work_of_id.find(reference.id);
      if (by_id != work_of_id.end()) {
        found = by_id->second;
      } else {
        found = known.find(reference);
        if (!found) {
          works.push_back(reference);
          known.add(reference);
          found = works.size() - 1;
          if (reference.id.empty()) fresh.push_back(*found);
        }
        if (!reference.id.empty()) work_of_id.emplace(reference.id, *found);
      }
      if (!reference.id.empty() && works[*found].id == reference.id) continue;  // already equal
      const int line = reference.source_line;
      reference = works[*found];
      reference.source_line = line;
    }
  }
  std::vector<std::string> sort_keys(works.size());
  for (size_t index : fresh) sort_keys[index] = work_sort_key(works[index]);
  std::stable_sort(fresh.begin(), fresh.end(),
                   [&](size_t a, size_t b) { return sort_keys[a] < sort_keys[b]; });
  for (size_t index : fresh) {
    const std::string stem = work_key_stem(works[index]);
    std::string key = stem;
    for (char suffix = 'a'; used.count(key) > 0 && suffix <= 'z'; ++suffix) key = stem + suffix;
    used.insert(key);
    works[index].id = key;
  }
  for (Article& article : site.articles) {
    for (Reference& reference : article.references) {
      if (!reference.id.empty()) continue;
      if (const std::optional<size_t> found = known.find(reference)) {
        reference.id = works[*found].id;
      }
    }
  }
}

void resolve_article_citations(Article& article, const std::vector<Reference>& bibliography,
                               Diagnostics& diagnostics) {
  ArticleResolver(article, bibliography, diagnostics).run();
}

void resolve_citations(Site& site, Diagnostics& diagnostics) {
  std::vector<Diagnostics> found(site.articles.size());
  parallel_for(site.articles.size(), 0, [&](size_t i) {
    resolve_article_citations(site.articles[i], site.bibliography, found[i]);
  });
  for (Diagnostics& article_diagnostics : found) diagnostics.merge(std::move(article_diagnostics));
  unify_cited_works(site);
}

}  // namespace mwp
