#include "cite/citation_scanner.h"

#include <algorithm>
#include <optional>

#include "cite/bracketed_citations.h"
#include "cite/citation_years.h"
#include "cite/name_group.h"
#include "cite/name_owners.h"
#include "cite/pandoc_keys.h"
#include "cite/parenthetical_names.h"
#include "cite/reporting_verbs.h"
#include "cite/research_words.h"
#include "cite/work_phrase_names.h"

namespace mwp {
namespace {

using Tokens = std::vector<ProseToken>;

class DatedScanner {
 public:
  DatedScanner(std::string_view text, const Tokens& tokens) : text_(text), tokens_(tokens) {}

  std::vector<CitationMention> run() {
    int depth = 0;
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (is_punct(tokens_[i], ")") && depth > 0) --depth;
      if (depth == 0) bare(i);
      if (depth == 0) year_first(i);
      if (!is_punct(tokens_[i], "(")) continue;
      ++depth;
      if (!narrative(i)) parenthetical(i);
    }
    std::vector<CitationMention> keys = find_key_citations(text_);
    out_.insert(out_.end(), std::make_move_iterator(keys.begin()),
                std::make_move_iterator(keys.end()));
    std::stable_sort(
        out_.begin(), out_.end(),
        [](const CitationMention& a, const CitationMention& b) { return a.begin < b.begin; });
    return std::move(out_);
  }

 private:
  // "See Evans, 1991, 2004.", "cf. Wilde 1982.", "...: World Health
  // Organization, 2018.": a citation in parenthetical form with no
  // parentheses, after "see", "cf." or a colon, closing its sentence.
  void bare(size_t at) {
    size_t i = at + 1;
    if (is_word(tokens_[at], "cf") && i < tokens_.size() && is_punct(tokens_[i], ".")) {
      ++i;
    } else if (is_word(tokens_[at], "See") || is_word(tokens_[at], "see")) {
      if (i < tokens_.size() && is_word(tokens_[i], "also")) ++i;
    } else if (!is_punct(tokens_[at], ":")) {
      return;
    }
    if (i >= tokens_.size()) return;
    CitationMention mention;
    mention.parenthetical = true;
    mention.strong = true;
    const size_t first = i;
    const size_t year_at = read_item_names(i, mention, nullptr);
    if (year_at == 0 || mention.names.empty()) return;
    const std::vector<CitedYear> years = read_cited_years(tokens_, year_at);
    if (years.empty()) return;
    const size_t after = years.back().last + 1;
    if (after < tokens_.size() && !is_punct(tokens_[after], ".") &&
        !is_punct(tokens_[after], ";")) {
      return;
    }
    mention.begin = tokens_[first].begin;
    add_dated(mention, years, tokens_[years.back().last].end);
  }

  // "The 2002 Bushman study", "a 2019 Pew Research Center survey": the
  // year, then a name and a word for a piece of research. Not strong: a
  // name that matches no work is reported only when it is close to one.
  void year_first(size_t at) {
    const std::optional<CitedYear> year = read_cited_year(tokens_, at);
    if (!year || year->year == 0 || year->last != at) return;
    std::optional<CitedName> name = name_after_year(tokens_, text_, at);
    if (!name) name = group_after_year(tokens_, text_, at);
    if (!name) return;
    const size_t end = name->begin + name->written.size();
    CitationMention mention;
    mention.names.push_back(std::move(*name));
    mention.begin = tokens_[at].begin;
    add_dated(mention, {*year}, end);
  }

  // "... (2003)" with a name group before the parenthesis.
  bool narrative(size_t open) {
    const std::vector<CitedYear> years = read_cited_years(tokens_, open + 1);
    if (years.empty() || open == 0) return false;
    const std::optional<CitationTail> tail = read_citation_tail(tokens_, years.back().last + 1);
    if (!tail) return false;
    std::optional<CitationMention> mention = names_before(open);
    if (!mention) mention = subject_before(tokens_, text_, open);
    if (!mention) return false;
    // "Gross (1998) found"; "with Monckton Smith (2020) tracing";
    // "Hochschild (1989) was making this point".
    if (tail->closes &&
        (reporting_verb_at(tokens_, tail->stop + 1) ||
         (after_with(text_, mention->begin) && reporting_participle_at(tokens_, tail->stop + 1)) ||
         making_a_point_at(tokens_, tail->stop + 1))) {
      mention->strong = true;
    }
    mention->secondary = tail->cited_in.has_value();
    const size_t end = tail->closes ? tokens_[tail->stop].end : tokens_[years.back().last].end;
    add_dated(*mention, years, end);
    if (tail->cited_in) {
      parenthetical_items(*tail->cited_in);
    } else if (!tail->closes) {
      parenthetical_items(tail->stop + 1);
    }
    return true;
  }

  // The acronym tokens_[at] as a name; "Carers UK (2022)", "I CAN": `written`
  // keeps the word before, in case the group's name ends in the acronym.
  CitedName acronym_with_word_before(size_t at) const {
    CitedName name = acronym_name(tokens_[at]);
    if (at > 0 && (is_name_word(tokens_[at - 1]) || is_word(tokens_[at - 1], "I"))) {
      name.written =
          std::string(text_.substr(tokens_[at - 1].begin, tokens_[at].end - tokens_[at - 1].begin));
    }
    return name;
  }

  // The names of a narrative citation ending before tokens[open]: a name
  // group, an acronym ("APA (2020)"), or a possessive group up to six words
  // back ("Hyde's gender similarities hypothesis (2005)").
  std::optional<CitationMention> names_before(size_t open) {
    CitationMention mention;
    size_t end = open - 1;
    // "The World Health Organization [WHO] (2022)": the abbreviation defined
    // between the name and its date.
    if (const size_t bracket = defined_abbreviation_open(tokens_, end); bracket > 0) {
      mention.abbreviation = std::string(text_.substr(
          tokens_[bracket + 1].begin, tokens_[end - 1].end - tokens_[bracket + 1].begin));
      end = bracket - 1;
    }
    bool comma_list = false;
    bool and_colleagues = false;
    if (const size_t length = et_al_length_before(tokens_, end); length > 0 && end >= length) {
      mention.et_al = true;
      end -= length;
      and_colleagues = is_and(tokens_[end + 1]);
      // "Bonanno, Papa and colleagues (2004)": names listed before it.
      comma_list = and_colleagues;
      // "Cacioppo, Hawkley, et al. (2006)": as many names as tell two works
      // apart; "Yoo, et al (2007)": one, with a comma APA does not write.
      if (end > 0 && is_punct(tokens_[end], ",") && is_name_word(tokens_[end - 1])) {
        comma_list = true;
        --end;
      }
    }
    // "The Indian Council of Medical Research (ICMR) and its partners
    // (2017)": the group's abbreviation in parentheses stands for it.
    if (end >= 3 && is_punct(tokens_[end], ")") && is_acronym(tokens_[end - 1]) &&
        is_punct(tokens_[end - 2], "(")) {
      mention.names.push_back(acronym_name(tokens_[end - 1]));
      mention.begin = tokens_[end - 1].begin;
      mention.strong = true;
      return mention;
    }
    end = before_suffix(tokens_, end);
    // "The Kinsey reports (1948, 1953)", "The VA/DoD guideline (2023)".
    if (std::vector<CitedName> named = names_before_work_word(tokens_, end);
        !mention.et_al && !named.empty()) {
      mention.begin = named.front().begin;
      mention.names = std::move(named);
      return mention;
    }
    // "Sander Begeer and colleagues at VU University Amsterdam (2013)".
    bool owner_et_al = false;
    std::optional<NameGroup> owner = owner_before_place(tokens_, text_, end, owner_et_al);
    if (!owner && !mention.et_al) owner = author_before_title(tokens_, text_, end);
    // "APA (2020)", "ICMR et al. (2017)": a group by its acronym.
    if (is_acronym(tokens_[end]) && !owner) {
      mention.names.push_back(acronym_with_word_before(end));
      mention.begin = tokens_[end].begin;
      // "I CAN and RCSLT (2018)": two groups by their acronyms.
      if (end >= 2 && is_and(tokens_[end - 1]) && is_acronym(tokens_[end - 2])) {
        mention.names.insert(mention.names.begin(), acronym_with_word_before(end - 2));
        mention.begin = tokens_[end - 2].begin;
      }
      return mention;
    }
    std::optional<NameGroup> group = owner;
    if (owner) {
      mention.et_al = mention.et_al || owner_et_al;
    } else {
      // "Mason Durie's *Whaiora* (1994)": a title in emphasis names no author.
      if (!tokens_[end].emphasized || mention.et_al) {
        group = name_group_ending_at(tokens_, text_, end, comma_list);
      }
      if (and_colleagues && group && group->names.size() == 1)
        group = full_names_listed(tokens_, text_, end, group);
      bool intervening = false;
      bool title_only = false;  // the names are a title's words in emphasis
      if (!group && !mention.et_al) {
        intervening = true;
        group = possessive_group_before(tokens_, text_, end, mention.et_al);
        // "in *The Dangerous Passion* (2000)": the title alone, which
        // titled_works.h reads.
        if (tokens_[end].emphasized && (!group || !group->possessive)) {
          intervening = false;
          title_only = true;
          group = name_group_ending_at(tokens_, text_, end, comma_list);
        }
      }
      // "*He Ara Oranga* report (2018)": a title in emphasis and its kind.
      if (!group && end > 0 && tokens_[end - 1].emphasized && is_research_noun(tokens_[end])) {
        title_only = true;
        group = name_group_ending_at(tokens_, text_, end - 1, false);
      }
      if (!group || (intervening && !group->possessive && !mention.et_al && !title_only)) {
        return std::nullopt;
      }
      if (title_only) {
        // A citation only if titled_works.h finds the work: what no title
        // matches ("*Loss* (1980)" beside Klass) is said nothing of.
        mention.names = group->names;
        mention.office = true;
        mention.begin = tokens_[group->first].begin;
        return mention;
      }
      if (!intervening && !mention.et_al) group = with_coauthors(tokens_, text_, *group);
    }
    mention.names = group->names;
    // "the historian Tom Lutz (1999)": a researcher's trade names an author.
    const bool trade = group->first > 0 && is_research_trade(tokens_[group->first - 1]);
    mention.strong = mention.et_al || group->names.size() >= 2 || group->possessive || trade ||
                     !mention.abbreviation.empty();
    mention.office = group->office;
    mention.begin = tokens_[group->first].begin;
    return mention;
  }

  // One mention per date: "Gross (1998, 2003)" cites two works.
  void add_dated(const CitationMention& mention, const std::vector<CitedYear>& years,
                 size_t single_end) {
    for (size_t y = 0; y < years.size(); ++y) {
      CitationMention dated = mention;
      dated.has_year = true;
      dated.year = years[y].year;
      dated.in_press = years[y].in_press;
      dated.year_suffix = years[y].suffix;
      dated.original_year = years[y].original_year;
      dated.year_end = years[y].year_end;
      if (y > 0) dated.begin = tokens_[years[y].first].begin;
      dated.end = years.size() == 1 ? single_end : tokens_[years[y].last].end;
      out_.push_back(std::move(dated));
    }
  }

  void parenthetical(size_t open) {
    const size_t before = out_.size();
    parenthetical_items(open + 1);
    if (out_.size() == before) return;
    CitationMention& first = out_[before];
    // "Pope et al. (*NEJM*, 2000)", "Harriet Lerner (*The Dance of Intimacy*,
    // 1989)": a journal or a title in italics beside the year of the authors
    // named before the parenthesis.
    const bool italic_first =
        !first.title.empty() || (first.names.size() == 1 && open + 1 < tokens_.size() &&
                                 tokens_[open + 1].begin == first.names[0].begin);
    if (italic_first && open > 0 && open + 1 < tokens_.size() && tokens_[open + 1].emphasized) {
      if (std::optional<CitationMention> named = names_before(open)) {
        first.names = std::move(named->names);
        first.title.clear();
        first.et_al = named->et_al;
        first.begin = named->begin;
        first.parenthetical = false;
      }
      return;
    }
    // "World Health Organization (WHO, 2019)": the name before defines the
    // acronym; a title in italics before it ("*Beyond ...* (IOM, 2015)") does not.
    if (first.names.size() != 1 || !first.names[0].acronym || first.et_al || open == 0 ||
        tokens_[open - 1].emphasized) {
      return;
    }
    const std::optional<NameGroup> group = name_group_ending_at(tokens_, text_, open - 1);
    if (!group || group->names.size() != 1 || group->possessive) return;
    first.abbreviation = first.names[0].surname;
    first.names[0] = group->names[0];
    first.names[0].surname = group->names[0].written;
    first.begin = tokens_[group->first].begin;
  }

  // "Gross & John, 2003; Hyde, 2005)" from tokens[i]: one mention per date.
  // An item that is not a citation ("(22 patients; Hewitt & Flett, 1991a)")
  // is passed over to the next ";"; a ")" or a nested "(" ends the list.
  void parenthetical_items(size_t i) {
    bool secondary = false;
    bool after_citation = false;  // the item just read was a citation
    while (i < tokens_.size()) {
      const size_t item = i;
      i = skip_citation_prefix(tokens_, i);
      CitationMention mention;
      mention.parenthetical = true;
      mention.strong = true;
      const size_t first = i;
      const CitationMention* before = after_citation && i == item ? &out_.back() : nullptr;
      const size_t year_at = read_item_names(i, mention, before);
      std::vector<CitedYear> years;
      std::optional<CitationTail> tail;
      if (year_at > 0) {
        years = read_cited_years(tokens_, year_at);
        if (!years.empty()) tail = read_citation_tail(tokens_, years.back().last + 1);
      }
      if (!tail) {
        i = after_next_semicolon(first);
        after_citation = false;
        continue;
      }
      mention.begin = tokens_[first].begin;
      mention.secondary = tail->cited_in.has_value();
      if (secondary) mention.secondary = false;  // the source it was cited in
      add_dated(mention, years, tokens_[years.back().last].end);
      if (tail->closes) return;
      secondary = tail->cited_in.has_value();
      after_citation = true;
      i = tail->cited_in.value_or(tail->stop + 1);
    }
  }

  // The names of one item at tokens[i] into `mention`; returns the token
  // where its dates start, or 0 when it opens with no names or title.
  // `before` is the citation of the item before, when this one follows it
  // with no words between.
  size_t read_item_names(size_t& i, CitationMention& mention, const CitationMention* before) {
    const size_t first = i;
    size_t title_year_at = 0;  // "(*King James Bible*, 1769/2017)": a title in italics first
    if (tokens_[first].emphasized &&
        read_quoted_title(text_, tokens_, first, mention, title_year_at)) {
      i = title_year_at;
      return title_year_at;
    }
    const bool named = read_parenthetical_names(text_, tokens_, i, mention) && i < tokens_.size();
    if (named && is_punct(tokens_[i], ",")) return i + 1;
    if (named && !read_cited_years(tokens_, i).empty() &&
        !mention.names.back().surname.ends_with(" Act")) {
      // "(Averill 1983; Kring 2000)": Harvard's form, with no comma. An
      // acronym alone before a year ("(COVID 2020)") may name no author;
      // "(Domestic Abuse Act 2021)" is a U.K. act's name (law_names.h).
      mention.strong = mention.names.size() > 1 || mention.et_al || !mention.names[0].acronym;
      return i;
    }
    mention.names.clear();
    if (before != nullptr && !before->names.empty() && !read_cited_years(tokens_, first).empty()) {
      // "(Grossmann et al. 2002; 2008)": a year alone after the semicolon,
      // by the authors named before it.
      mention.names = before->names;
      mention.et_al = before->et_al;
      mention.abbreviation = before->abbreviation;
      return first;
    }
    size_t year_at = 0;
    if (read_quoted_title(text_, tokens_, first, mention, year_at)) {
      i = year_at;
      return year_at;
    }
    return 0;
  }

  // The token after the next ";" from tokens[i], or the end when a ")" or a
  // "(" comes first.
  size_t after_next_semicolon(size_t i) const {
    for (; i < tokens_.size(); ++i) {
      if (is_punct(tokens_[i], ";")) return i + 1;
      if (is_punct(tokens_[i], ")") || is_punct(tokens_[i], "(")) break;
    }
    return tokens_.size();
  }

  std::string_view text_;
  const Tokens& tokens_;
  std::vector<CitationMention> out_;
};

}  // namespace

std::vector<CitationMention> find_dated_citations(std::string_view text) {
  return find_dated_citations(text, tokenize_prose(text));
}

std::vector<CitationMention> find_dated_citations(std::string_view text, const Tokens& tokens) {
  if (const std::optional<Tokens> bracketed = brackets_as_parentheses(tokens)) {
    return DatedScanner(text, *bracketed).run();
  }
  return DatedScanner(text, tokens).run();
}

}  // namespace mwp
