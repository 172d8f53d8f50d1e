// score_articles(): the gold articles, parsed and checked as `mwp check` does.
#include <fmt/format.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "cite/citation_resolver.h"
#include "content/article_parser.h"
#include "evidence_score.h"
#include "text/line_index.h"

namespace mwp::evidence {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool is_evidence_code(const std::string& code) {
  return code.starts_with("citation-") || code.starts_with("reference-") ||
         code.starts_with("apa-");
}

struct Checked {
  std::optional<Article> article;
  Diagnostics diagnostics;  // the evidence check's
  Diagnostics other;        // the parser's: problems of the gold article itself
};

Checked check(const std::string& text, const std::string& name, const SiteConfig& config) {
  Checked out;
  Diagnostics parsed;
  out.article = parse_article(text, name, config, parsed);
  for (const Diagnostic& d : parsed.items()) out.other.add(d);
  if (out.article)
    resolve_article_citations(*out.article, ArticleText::held(*out.article), {}, out.diagnostics);
  return out;
}

// The line each citation of `article` starts on, with the source line of
// the reference it links to.
// `undated` receives the text of each link of a name written without a date
// ("Ainsworth's three patterns"), which the gold does not list.
std::multiset<std::pair<int, int>> links(const Article& article,
                                         std::multimap<std::pair<int, int>, std::string>& undated) {
  std::multiset<std::pair<int, int>> out;
  for (const Citation& citation : article.citations) {
    const MarkdownBlock& block = citation.part == TextPart::section
                                     ? article.sections[citation.index].body
                                     : article.faq[citation.index].answer;
    const int line = block.line + LineIndex(block.markdown).position(citation.begin).line - 1;
    const std::pair<int, int> link{line, article.references[citation.reference].source_line};
    out.insert(link);
    const std::string text = block.markdown.substr(citation.begin, citation.end - citation.begin);
    const bool dated = text.find_first_of("0123456789@") != std::string::npos ||
                       text.find("n.d.") != std::string::npos ||
                       text.find("in press") != std::string::npos;
    if (!dated && !text.empty()) undated.insert({link, text});
  }
  return out;
}

// For each line of `text`, the number of its paragraph: paragraphs are
// separated by blank lines.
std::vector<int> paragraph_of_lines(std::string_view text) {
  std::vector<int> out;
  int paragraph = 0;
  bool blank_before = false;
  for (size_t at = 0; at <= text.size();) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    const bool blank =
        text.substr(at, end - at).find_first_not_of(" \t\r") == std::string_view::npos;
    if (blank && !blank_before) ++paragraph;
    blank_before = blank;
    out.push_back(paragraph);
    at = end + 1;
  }
  return out;
}

// `text` with `fix` applied at line:column, or nullopt when the text there
// is not fix.original.
std::optional<std::string> apply(const std::string& text, const Diagnostic& d) {
  size_t at = 0;
  for (int line = 1; line < d.line && at != std::string::npos; ++line) {
    at = text.find('\n', at);
    if (at != std::string::npos) ++at;
  }
  if (at == std::string::npos) return std::nullopt;
  for (int column = 1; column < d.column && at < text.size(); ++column) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  }
  if (text.compare(at, d.fix->original.size(), d.fix->original) != 0) return std::nullopt;
  return text.substr(0, at) + d.fix->replacement + text.substr(at + d.fix->original.size());
}

size_t error_count(const Diagnostics& diagnostics) {
  return diagnostics.error_count();
}

void score_fixes(const std::string& text, const Checked& checked, const GoldArticle& gold,
                 const SiteConfig& config, ArticleScore& score) {
  for (const Diagnostic& d : checked.diagnostics.items()) {
    if (!d.fix) continue;
    ++score.fixes;
    const std::optional<std::string> fixed = apply(text, d);
    bool cleared = false;
    if (fixed) {
      const Checked again = check(*fixed, gold.name, config);
      cleared = error_count(again.diagnostics) < error_count(checked.diagnostics);
      // The same diagnostic again where the fix was made; another mistake
      // on the line keeps its own.
      for (const Diagnostic& after : again.diagnostics.items()) {
        if (after.line == d.line && after.column == d.column && after.code == d.code) {
          cleared = false;
        }
      }
    }
    if (cleared) {
      ++score.fixes_verified;
    } else {
      score.failures.push_back(fmt::format("{}:{}: the fix \"{}\" -> \"{}\" does not clear [{}]",
                                           gold.name, d.line, d.fix->original, d.fix->replacement,
                                           d.code));
    }
  }
}

void score_article(const GoldArticle& gold, const SiteConfig& config, bool verify_fixes,
                   ArticleScore& score) {
  ++score.articles;
  const std::string text = gold.text ? *gold.text : read_file(gold.markdown);
  const Checked checked = check(text, gold.name, config);
  for (const Diagnostic& d : checked.other.items()) {
    if (d.severity == Severity::error)
      score.failures.push_back("gold article problem: " + format_text(d));
  }
  if (!checked.article) return;
  const Article& article = *checked.article;
  std::multimap<std::pair<int, int>, std::string> undated;
  auto linked = links(article, undated);
  std::set<std::pair<int, std::string>> expected;  // (line, code) the gold lists
  for (const GoldDiagnostic& d : gold.diagnostics) expected.insert({d.line, d.code});
  std::set<std::pair<int, std::string>> reported;
  std::multimap<std::pair<int, std::string>, int>
      notes;  // (line of diagnostic, code) -> note lines
  const Diagnostic* last = nullptr;
  for (const Diagnostic& d : checked.diagnostics.items()) {
    if (d.severity == Severity::note && last != nullptr) {
      notes.insert({{last->line, last->code}, d.line});
      continue;
    }
    last = &d;
    reported.insert({d.line, d.code});
  }
  const auto source_line = [&](int entry) {
    return entry >= 1 && static_cast<size_t>(entry) <= article.sources.size()
               ? article.sources[static_cast<size_t>(entry) - 1].line
               : -1;
  };
  std::set<int> unlinked_lines;  // lines of gold citations mwp did not link
  for (const GoldCitation& c : gold.citations) {
    if (!c.diagnostic.empty()) {
      ++score.planted;
      expected.insert({c.line, c.diagnostic});
      bool named = !c.reference.has_value();
      const auto range = notes.equal_range({c.line, c.diagnostic});
      for (auto it = range.first; it != range.second; ++it) {
        named = named || it->second == source_line(*c.reference);
      }
      if (reported.count({c.line, c.diagnostic}) > 0 && named) {
        ++score.planted_reported;
      } else {
        score.failures.push_back(fmt::format("{}:{}: planted mistake not reported as [{}]{}: {}",
                                             gold.name, c.line, c.diagnostic,
                                             c.reference ? " naming its reference" : "", c.text));
      }
      continue;
    }
    ++score.citations;
    const auto found = linked.find({c.line, source_line(c.reference.value_or(0))});
    if (found != linked.end()) {
      ++score.linked;
      linked.erase(found);
      continue;
    }
    bool said = false;
    for (const auto& [line, code] : reported) said = said || line == c.line;
    if (!said) ++score.missed_silently;
    unlinked_lines.insert(c.line);
    score.failures.push_back(fmt::format("{}:{}: citation not linked to entry {}{}: {}", gold.name,
                                         c.line, c.reference.value_or(0),
                                         said ? "" : " (and nothing said)", c.text));
  }
  for (const GoldDiagnostic& d : gold.diagnostics) {
    ++score.planted;
    if (reported.count({d.line, d.code}) > 0) {
      ++score.planted_reported;
    } else {
      score.failures.push_back(
          fmt::format("{}:{}: listed diagnostic [{}] not reported", gold.name, d.line, d.code));
    }
  }
  // A researcher's name in the paragraph of a dated citation of the same
  // work ("Marvin Zuckerman ... (Zuckerman, 1994)") is linked too.
  const std::vector<int> paragraph = paragraph_of_lines(text);
  auto paragraph_at = [&](int line) {
    return line >= 1 && static_cast<size_t>(line) <= paragraph.size()
               ? paragraph[static_cast<size_t>(line) - 1]
               : -1;
  };
  std::set<std::pair<int, int>> gold_links;            // (line, reference line)
  std::set<std::pair<int, int>> gold_paragraph_links;  // (paragraph, reference line)
  std::set<int> planted_lines;
  for (const GoldCitation& c : gold.citations) {
    if (!c.diagnostic.empty()) planted_lines.insert(c.line);
    if (c.reference && c.diagnostic.empty()) {
      gold_links.insert({c.line, source_line(*c.reference)});
      gold_paragraph_links.insert({paragraph_at(c.line), source_line(*c.reference)});
    }
  }
  for (const auto& [line, reference_line] : linked) {
    if (gold_links.count({line, reference_line}) > 0) continue;
    if (planted_lines.count(line) == 0 &&
        gold_paragraph_links.count({paragraph_at(line), reference_line}) > 0) {
      continue;
    }
    if (const auto name = undated.find({line, reference_line}); name != undated.end()) {
      ++score.undated_links;
      score.notes.push_back(fmt::format("{}:{}: \"{}\" linked to the entry on line {}", gold.name,
                                        line, name->second, reference_line));
      undated.erase(name);
      continue;
    }
    ++score.wrong_links;
    score.failures.push_back(
        fmt::format("{}:{}: a link the gold does not have (to the entry on line {})", gold.name,
                    line, reference_line));
  }
  for (const Diagnostic& d : checked.diagnostics.items()) {
    if (d.severity == Severity::note || !is_evidence_code(d.code)) continue;
    if (expected.count({d.line, d.code}) > 0) continue;
    // A citation mwp could not read, said so: the word the gold wants.
    if (d.code == "citation-unread" && unlinked_lines.count(d.line) > 0) continue;
    ++score.false_diagnostics;
    if (d.severity == Severity::error) ++score.false_errors;
    score.failures.push_back("false diagnostic: " + format_text(d));
  }
  if (verify_fixes) score_fixes(text, checked, gold, config, score);
}

}  // namespace

ArticleScore score_articles(const std::vector<GoldArticle>& gold, const SiteConfig& config,
                            bool verify_fixes) {
  ArticleScore score;
  for (const GoldArticle& article : gold) score_article(article, config, verify_fixes, score);
  return score;
}

}  // namespace mwp::evidence
