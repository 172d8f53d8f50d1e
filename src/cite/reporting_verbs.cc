#include "cite/reporting_verbs.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "cite/citation_years.h"
#include "text/word_set.h"

namespace mwp {
namespace {

// Verbs that report research: "Gross (1998) found", "Levant argues".
constexpr std::string_view kReportingVerbs[] = {
    "found",        "finds",        "find",         "showed",       "shows",         "shown",
    "argued",       "argues",       "reported",     "reports",      "noted",         "notes",
    "suggested",    "suggests",     "described",    "describes",    "proposed",      "proposes",
    "observed",     "observes",     "concluded",    "concludes",    "demonstrated",  "demonstrates",
    "wrote",        "writes",       "called",       "calls",        "coined",        "termed",
    "identified",   "identifies",   "estimated",    "estimates",    "examined",      "examines",
    "studied",      "tested",       "compared",     "asked",        "interviewed",   "surveyed",
    "measured",     "explained",    "explains",     "defined",      "defines",       "reviewed",
    "documented",   "followed",     "tracked",      "recruited",    "analysed",      "analyzed",
    "discovered",   "emphasised",   "emphasized",   "claimed",      "introduced",    "developed",
    "has",          "had",          "traced",       "outlined",     "summarised",    "summarized",
    "detailed",     "charted",      "mapped",       "linked",       "attributed",    "predicted",
    "theorised",    "theorized",    "hypothesised", "hypothesized", "warned",        "cautioned",
    "recommended",  "recorded",     "labelled",     "labeled",      "distinguished", "contrasted",
    "urged",        "urges",        "popularised",  "popularized",  "advised",       "insisted",
    "maintained",   "contended",    "asserted",     "stated",       "states",        "reasoned",
    "speculated",   "posited",      "posits",       "recognised",   "recognized",    "questioned",
    "challenged",   "criticised",   "criticized",   "published",    "presented",     "advocated",
    "acknowledged", "indicated",    "indicates",    "revealed",     "reveals",       "confirmed",
    "confirms",     "replicated",   "established",  "highlighted",  "highlights",    "stressed",
    "framed",       "reframed",     "modelled",     "modeled",      "classified",    "said",
    "says",         "told",         "taught",       "randomised",   "randomized",    "assigned",
    "pointed",      "added",        "believed",     "wondered",     "captured",      "made",
    "offered",      "gave",         "catalogued",   "frames",       "sees",          "views",
    "treats",       "traces",       "holds",        "points",       "puts",          "uses",
    "names",        "links",        "ties",         "offers",       "gives",         "adds",
    "warns",        "cautions",     "stresses",     "insists",      "maintains",     "contends",
    "asserts",      "reasons",      "speculates",   "questions",    "challenges",    "criticises",
    "criticizes",   "advocates",    "captures",     "catalogues",   "counts",        "measures",
    "reviews",      "studies",      "tests",        "compares",     "asks",          "interviews",
    "surveys",      "outlines",     "summarises",   "summarizes",   "details",       "charts",
    "maps",         "attributes",   "predicts",     "theorises",    "theorizes",     "hypothesises",
    "hypothesizes", "recommends",   "records",      "labels",       "distinguishes", "contrasts",
    "tracks",       "recruits",     "analyses",     "analyzes",     "discovers",     "emphasises",
    "emphasizes",   "claims",       "introduces",   "develops",     "believes",      "wonders",
    "agrees",       "acknowledges", "documents",    "follows",      "reframes",      "popularises",
    "popularizes",  "coins",        "explored",     "explores",     "investigated",  "investigates",
    "discussed",    "discusses",    "considered",   "considers",    "extended",      "extends",

};

}  // namespace

bool is_reporting_verb(const ProseToken& token) {
  return token.kind == TokenKind::word && !token.capitalised &&
         std::find(std::begin(kReportingVerbs), std::end(kReportingVerbs), token.text) !=
             std::end(kReportingVerbs);
}

namespace {

// "followed a year later", "came two months later": a verb of time passing,
// not of research reported, at tokens[at].
bool passing_time_at(const std::vector<ProseToken>& tokens, size_t at) {
  return at + 3 < tokens.size() && tokens[at + 1].kind == TokenKind::word &&
         is_one_of(tokens[at + 2].text, {"year", "years", "month", "months", "decade", "decades",
                                         "week", "weeks", "day", "days"}) &&
         is_word(tokens[at + 3], "later");
}

}  // namespace

bool reporting_verb_at(const std::vector<ProseToken>& tokens, size_t at) {
  if (at >= tokens.size() || passing_time_at(tokens, at)) return false;
  if (is_reporting_verb(tokens[at])) return true;
  // "Whitley (2021) goes further": an argument taken on.
  if ((is_word(tokens[at], "goes") || is_word(tokens[at], "went")) && at + 1 < tokens.size() &&
      is_word(tokens[at + 1], "further")) {
    return true;
  }
  const ProseToken& adverb = tokens[at];
  const bool is_adverb = adverb.kind == TokenKind::word && !adverb.capitalised &&
                         (adverb.text.ends_with("ly") || adverb.text == "also" ||
                          adverb.text == "later" || adverb.text == "first");
  return is_adverb && at + 1 < tokens.size() && is_reporting_verb(tokens[at + 1]);
}

bool reporting_participle_at(const std::vector<ProseToken>& tokens, size_t at) {
  constexpr std::string_view kParticiples[] = {
      "showing",     "finding",      "arguing",     "reporting",  "noting",
      "suggesting",  "describing",   "tracing",     "concluding", "demonstrating",
      "documenting", "estimating",   "identifying", "linking",    "mapping",
      "warning",     "highlighting", "observing",   "proposing",  "revealing"};
  return at < tokens.size() && tokens[at].kind == TokenKind::word && !tokens[at].capitalised &&
         std::find(std::begin(kParticiples), std::end(kParticiples), tokens[at].text) !=
             std::end(kParticiples);
}

bool is_reporting_context(std::string_view before) {
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  for (std::string_view word : {" by", " to", " see", " following", " cf."}) {
    if (before.ends_with(word) || before == word.substr(1)) return true;
  }
  return false;
}

bool making_a_point_at(const std::vector<ProseToken>& tokens, size_t at) {
  if (at + 1 >= tokens.size() || !(is_word(tokens[at], "was") || is_word(tokens[at], "were"))) {
    return false;
  }
  if (reporting_participle_at(tokens, at + 1)) return true;
  return at + 3 < tokens.size() && is_word(tokens[at + 1], "making") &&
         (is_word(tokens[at + 3], "point") || is_word(tokens[at + 3], "case") ||
          is_word(tokens[at + 3], "argument"));
}

bool after_with(std::string_view text, size_t begin) {
  std::string_view before = text.substr(0, begin);
  while (before.ends_with(' ')) before.remove_suffix(1);
  return before.ends_with(" with") || before == "with" || before.ends_with(" With") ||
         before == "With";
}

}  // namespace mwp
