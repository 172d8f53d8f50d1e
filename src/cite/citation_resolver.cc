#include "cite/citation_resolver.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "cite/apa_formatter.h"
#include "cite/apa_parser.h"
#include "cite/block_mentions.h"
#include "cite/citation_matcher.h"
#include "cite/citation_report.h"
#include "cite/citation_years.h"
#include "cite/group_names.h"
#include "cite/linked_works.h"
#include "cite/name_citations.h"
#include "cite/named_tail.h"
#include "cite/prose_tokens.h"
#include "cite/reporting_verbs.h"
#include "cite/same_authors.h"
#include "cite/source_entry_key.h"
#include "cite/titled_works.h"
#include "cite/unread_citations.h"
#include "cite/with_lead_author.h"
#include "cite/work_identity.h"
#include "model/date.h"
#include "text/line_index.h"
#include "text/markdown_text.h"
#include "text/utf8.h"

namespace mwp {
namespace {

const Reference* find_by_id(const std::vector<Reference>& references, const std::string& id) {
  for (const Reference& reference : references) {
    if (reference.id == id) return &reference;
  }
  return nullptr;
}

class ArticleResolver {
 public:
  ArticleResolver(Article& article, const ArticleText& text,
                  const std::vector<Reference>& bibliography, Diagnostics& diagnostics)
      : article_(article),
        text_(text),
        bibliography_(bibliography),
        diagnostics_(diagnostics),
        report_(article.display_path, article.references, lines_, diagnostics) {}

  void run() {
    article_.references.clear();
    article_.citations.clear();
    article_.references.reserve(article_.sources.size());  // keys cited in prose may add more
    for (const SourceEntry& entry : article_.sources) read_entry(entry);
    group_ends_.emplace(article_.references);
    surnames_ = first_author_surnames(article_.references);
    for (size_t i = 0; i < article_.sections.size(); ++i) scan(TextPart::section, i);
    for (size_t i = 0; i < article_.faq.size(); ++i) scan(TextPart::faq_answer, i);
    report_uncited();
  }

 private:
  void read_entry(const SourceEntry& entry) {
    std::optional<Reference> reference;
    const WrittenAt at{entry.line, entry.column, entry.text};
    if (const std::optional<std::string> key = source_entry_key(entry.text)) {
      const Reference* found = find_by_id(bibliography_, *key);
      if (found == nullptr) {
        report_.unknown_key(at, *key);
        return;
      }
      reference = *found;
    } else {
      reference = parse_apa_reference(
          entry.text, TextOrigin{article_.display_path, entry.line, entry.column}, diagnostics_);
    }
    if (!reference) return;
    reference->source_line = entry.line;
    if (const std::optional<size_t> same = listed_.find(*reference)) {
      report_.duplicate(at, *reference, *same);
      return;
    }
    listed_.add(*reference);
    article_.references.push_back(std::move(*reference));
    lines_.push_back(entry.line);
    columns_.push_back(entry.column);
  }

  // Each block of prose of one part: headings and code are not prose, and no
  // citation runs from one block into the next.
  void scan(TextPart part, size_t index) {
    const std::string_view markdown = text_.part(part, index);
    const int first_line = text_.block_of(part, index).line;
    const MarkdownText text(markdown);
    std::optional<LineIndex> lines;
    for (size_t b = 0; b < text.blocks().size(); ++b) {
      const MarkdownTextBlock& block = text.blocks()[b];
      if (block.kind == TextBlockKind::heading || block.kind == TextBlockKind::code ||
          block.kind == TextBlockKind::html) {
        continue;
      }
      const std::string_view prose =
          std::string_view(text.text()).substr(block.begin, block.end - block.begin);
      thread_local std::vector<ProseToken> tokens;  // capacity reused across blocks
      tokenize_prose(prose, tokens);
      mark_emphasized(text.emphases(), block.begin, block.end, tokens);
      const std::vector<CitationMention> mentions =
          find_block_mentions(prose, tokens, article_.references, surnames_);
      if (!lines) lines.emplace(markdown);
      const Where where{part, index, b, &text, &*lines, markdown, first_line, block.begin, prose};
      // The mentions that linked a work or were reported; a name read but
      // left alone ("Mogil", two works) may still be an unread citation's.
      std::vector<CitationMention> settled;
      for (const CitationMention& mention : mentions) {
        const size_t cited = article_.citations.size();
        const size_t said = diagnostics_.size();
        resolve(mention, where);
        if (article_.citations.size() > cited || diagnostics_.size() > said) {
          settled.push_back(mention);
        }
      }
      if (!unread_) unread_.emplace(article_.references);
      for (const UnreadCitation& citation : unread_->find(tokens, settled)) {
        report_unread(citation, where);
      }
    }
  }

  struct Where {
    TextPart part;
    size_t index;
    size_t block;
    const MarkdownText* text;
    const LineIndex* lines;
    std::string_view markdown;  // the part's
    int first_line;             // of `markdown` in the source file
    size_t block_begin;         // of the block in text->text()
    std::string_view prose;
  };

  void resolve(const CitationMention& written, const Where& where) {
    if (written.same_authors) {
      // "The same team's follow-up (2019)": the authors of the work cited last.
      const std::optional<size_t> previous = linked_.last_in_part(place(where));
      if (!previous) return;
      const CitationMention named = with_authors_of(written, article_.references[*previous]);
      if (!named.names.empty()) resolve(named, where);
      return;
    }
    CitationMention mention =
        named_tail(group_ends_->widened(written, where.prose), article_.references, abbreviations_);
    // "in *The Dangerous Passion* (2000)": a book named by its title.
    const std::optional<TitledWork> titled =
        work_titled_before(where.prose, mention, article_.references);
    if (titled) mention.begin = titled->begin;
    const size_t text_begin = where.block_begin + mention.begin;
    const size_t text_end = where.block_begin + mention.end;
    size_t begin = where.text->source_begin(text_begin);
    size_t end = std::max(begin, where.text->source_end(text_end));
    const TextPosition position = where.lines->position(begin);
    const std::string_view source = where.markdown;
    const WrittenAt at{where.first_line + position.line - 1, position.column,
                       std::string(source.substr(begin, end - begin))};
    std::optional<size_t> reference;
    if (!mention.key.empty()) {
      reference = resolve_key(mention.key, at);
    } else if (titled) {
      reference = titled->reference;
    } else if (const std::optional<size_t> led = led_by_author_before(mention, where)) {
      reference = led;  // "Bushman had shown, with Roy Baumeister and Angela Stack (1999)"
    } else if (!mention.secondary) {
      reference = match(mention, where, at);
    } else {
      // "(Freud, 1923, as cited in Gross, 1998)": linked when the list has
      // Freud's work too; APA leaves it out, so its absence is no error.
      const CitationMatch found = match_citation(mention, article_.references, abbreviations_);
      if (found.outcome == MatchOutcome::matched) reference = found.references[0];
    }
    if (!reference) return;
    // In a link whose text is also its label ("[Smith (2010)]"), markers
    // would change the label: the citation is anchored before the link.
    if (const TextLink* link = where.text->link_at(text_begin); link && link->label_is_text) {
      begin = end = link->source_open;
    }
    article_.citations.push_back({where.part, where.index, begin, end, *reference});
    linked_.add(place(where), *reference);
  }

  static ProsePlace place(const Where& where) { return {where.part, where.index, where.block}; }

  // "Bushman's team reported in 2002 that ...": a work's author and year
  // that no citation covers, reported unless the block links that work
  // already and the words are not written as a citation ("gottman (1994)");
  // linked when the year opens the sentence before a group's whole name.
  void report_unread(const UnreadCitation& citation, const Where& where) {
    const size_t begin = where.text->source_begin(where.block_begin + citation.begin);
    const size_t end = std::max(begin, where.text->source_end(where.block_begin + citation.end));
    if (citation.year_opens) {
      article_.citations.push_back({where.part, where.index, begin, end, citation.reference});
      linked_.add(place(where), citation.reference);
      return;
    }
    if (!citation.citation_form && linked_.in_block(place(where), citation.reference)) return;
    attempted({citation.reference});
    const TextPosition position = where.lines->position(begin);
    report_.unread({where.first_line + position.line - 1, position.column,
                    std::string(where.markdown.substr(begin, end - begin))},
                   citation.reference, citation.misspelt);
  }

  std::optional<size_t> resolve_key(const std::string& key, const WrittenAt& at) {
    for (size_t i = 0; i < article_.references.size(); ++i) {
      if (article_.references[i].id == key) return i;
    }
    const Reference* found = find_by_id(bibliography_, key);
    if (found == nullptr) {
      report_.unknown_key(at, key);
      return std::nullopt;
    }
    article_.references.push_back(*found);  // Pandoc: cited keys join the list
    article_.references.back().source_line = 0;
    lines_.push_back(0);
    columns_.push_back(0);
    return article_.references.size() - 1;
  }

  // The work `mention` cites with its first author named before "with",
  // when the names written alone match no work (with_lead_author.h).
  std::optional<size_t> led_by_author_before(const CitationMention& mention,
                                             const Where& where) const {
    if (mention.parenthetical || !mention.has_year || mention.secondary ||
        match_citation(mention, article_.references, abbreviations_).outcome ==
            MatchOutcome::matched) {
      return std::nullopt;
    }
    return work_with_lead_author(where.prose, mention, article_.references, abbreviations_);
  }

  // Whether a lone capitalised word before a year is a citation to report:
  // a reporting verb follows it ("Brexit (2016)" has none), or a reporting
  // phrase comes before it. A person named by office never is.
  static bool reportable(const CitationMention& mention, const Where& where) {
    if (mention.office) return false;
    return mention.strong || is_reporting_context(where.prose.substr(0, mention.begin));
  }

  std::optional<size_t> match(const CitationMention& mention, const Where& where,
                              const WrittenAt& at) {
    if (mention.has_year && !mention.in_press && mention.year > Date::today().year + 1) {
      const CitationMatch works =
          match_citation(without_year(mention), article_.references, abbreviations_);
      attempted(works.references);
      // The works it may mean: the one by these authors, or each of several.
      const bool named =
          works.outcome == MatchOutcome::matched || works.outcome == MatchOutcome::ambiguous;
      // "Mount Druitt (2770)": a number a century ahead, by no listed
      // author, is a postcode or a count, not a year.
      if (!named && mention.year > Date::today().year + 100) return std::nullopt;
      report_.impossible_year(mention, at, named ? works.references : std::vector<size_t>{});
      return std::nullopt;
    }
    if (!mention.has_year && mention.named_year != 0) {
      if (std::optional<size_t> work =
              match_named_year(mention, article_.references, abbreviations_)) {
        return work;
      }
      // "Pope's 1993 study ... (Pope et al., 1993, as cited in Murray et al.,
      // 2010)": a work the sentence says it knows through another, which APA
      // leaves out of the list.
      if (says_cited_in(where.prose.substr(std::min(mention.end, where.prose.size())))) {
        return std::nullopt;
      }
      if (mention.named_year_follows) {  // "Buss's 1992 study" with no Buss (1992)
        CitationMention dated = mention;
        dated.has_year = true;
        dated.year = mention.named_year;
        return match(dated, where, at);
      }
    }
    CitationMatch result = match_citation(mention, article_.references, abbreviations_);
    // A name in lower case that names no work as the list writes it is left
    // to the unread citations' report ("(gottman 1994)").
    const bool lower_case = std::any_of(mention.names.begin(), mention.names.end(),
                                        [](const CitedName& name) { return name.lower_case; });
    if (lower_case && result.outcome != MatchOutcome::matched) return std::nullopt;
    if ((mention.year_end != 0 || mention.if_it_matches) &&
        result.outcome != MatchOutcome::matched) {
      // "Freud (1856–1939)": life dates, not a work's years; "Ilan Meyer first
      // set out ... (1995)": perhaps an event's year.
      return std::nullopt;
    }
    if (result.outcome == MatchOutcome::ambiguous && !mention.has_year) {
      settle(result, mention, where);
    }
    if (mention.has_year) attempted(result.references);
    switch (result.outcome) {
      case MatchOutcome::matched:
        define_abbreviation(mention, result.references[0]);
        return result.references[0];
      case MatchOutcome::ambiguous:
        if (!mention.has_year) break;
        // "lower self-compassion (Sirois, 2014)": the sentence names its topic.
        if (const std::optional<size_t> work =
                work_named_by_topic(where.prose, mention, result.references, article_.references)) {
          return work;
        }
        if (const std::optional<size_t> before = linked_.last_in_part(place(where));
            before && refers_to_work_before(where.prose, mention) &&
            !owed_letters_or_names(result.references, article_.references) &&
            std::find(result.references.begin(), result.references.end(), *before) !=
                result.references.end()) {
          return before;  // "In that same study, Oliffe et al. (2019)"
        }
        report_.ambiguous(mention, at, result.references);
        break;
      case MatchOutcome::et_al_misused:
        if (mention.has_year) report_.et_al_misused(mention, at, result.references[0]);
        break;
      case MatchOutcome::year_mismatch:
        if (mention.has_year) report_.year_mismatch(mention, at, result.references);
        break;
      case MatchOutcome::names_reordered:
      case MatchOutcome::unmatched:
        // A near name ("Klass" for "Loss") makes a likely misspelling
        // reportable, but not for what is a citation only if it matches.
        if (mention.has_year &&
            (reportable(mention, where) || (!result.references.empty() && !mention.office))) {
          report_.unmatched(mention, at, result.references,
                            result.outcome == MatchOutcome::names_reordered);
        }
        break;
    }
    return std::nullopt;
  }

  static CitationMention without_year(CitationMention mention) {
    mention.has_year = false;
    return mention;
  }

  // Several works fit a name without a date ("Skinner's work"): the one
  // whose topic its sentence names, else the one already cited in the same
  // block, else in the same part, settles it.
  void settle(CitationMatch& result, const CitationMention& mention, const Where& where) const {
    if (const std::optional<size_t> work =
            work_named_by_topic(where.prose, mention, result.references, article_.references)) {
      result = {MatchOutcome::matched, {*work}};
      return;
    }
    if (const std::optional<size_t> work = linked_.only_one_of(result.references, place(where))) {
      result = {MatchOutcome::matched, {*work}};
    }
  }

  // The abbreviations `mention` defines stand for its work's groups; later
  // blocks' names ("NICE's 2009 guideline") are looked for by them too.
  void define_abbreviation(const CitationMention& mention, size_t reference) {
    for (const std::string& abbreviation :
         define_abbreviations(mention, article_.references[reference], abbreviations_)) {
      if (std::find(surnames_.begin(), surnames_.end(), abbreviation) == surnames_.end()) {
        surnames_.push_back(abbreviation);
      }
    }
  }

  // A source the writer evidently meant is not also reported as uncited.
  void attempted(const std::vector<size_t>& references) {
    attempted_.insert(references.begin(), references.end());
  }

  void report_uncited() {
    std::set<size_t> cited = attempted_;
    for (const Citation& citation : article_.citations) cited.insert(citation.reference);
    for (size_t i = 0; i < article_.references.size(); ++i) {
      if (cited.count(i) == 0) report_.uncited(i, columns_[i]);
    }
  }

  Article& article_;
  const ArticleText& text_;  // article_'s
  const std::vector<Reference>& bibliography_;
  Diagnostics& diagnostics_;
  WorkIndex listed_;          // of the works the list names, as article_.references
  std::vector<int> lines_;    // parallel to article_.references
  std::vector<int> columns_;  // parallel to article_.references
  CitationReport report_;
  std::optional<UnreadCitationFinder> unread_;  // built at the first block, once the list is read
  GroupAbbreviations abbreviations_;
  std::optional<GroupNameEnds> group_ends_;  // of article_.references, once read
  LinkedWorks linked_;
  std::vector<std::string> surnames_;  // first_author_surnames() of article_.references
  std::set<size_t> attempted_;         // references a faulty citation pointed at
};

}  // namespace

void resolve_article_citations(Article& article, const ArticleText& text,
                               const std::vector<Reference>& bibliography,
                               Diagnostics& diagnostics) {
  ArticleResolver(article, text, bibliography, diagnostics).run();
}

}  // namespace mwp
