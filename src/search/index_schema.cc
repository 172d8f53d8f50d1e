#include "search/index_schema.h"

#include <set>
#include <unordered_map>

namespace mwp::search_schema {
namespace {

// English function words (after the Snowball English list), which carry no
// topic. Negations are kept out of the list's effect on phrases by Xapian,
// which indexes every word unstemmed with positions.
constexpr std::string_view kStopWords[] = {
    "a",         "about",    "above",  "after",   "again",   "against",  "all",        "am",
    "an",        "and",      "any",    "are",     "as",      "at",       "be",         "because",
    "been",      "before",   "being",  "below",   "between", "both",     "but",        "by",
    "can",       "could",    "did",    "do",      "does",    "doing",    "down",       "during",
    "each",      "few",      "for",    "from",    "further", "had",      "has",        "have",
    "having",    "he",       "her",    "here",    "hers",    "herself",  "him",        "himself",
    "his",       "how",      "i",      "if",      "in",      "into",     "is",         "it",
    "its",       "itself",   "just",   "me",      "more",    "most",     "my",         "myself",
    "no",        "nor",      "not",    "now",     "of",      "off",      "on",         "once",
    "only",      "or",       "other",  "ought",   "our",     "ours",     "ourselves",  "out",
    "over",      "own",      "same",   "she",     "should",  "so",       "some",       "such",
    "than",      "that",     "the",    "their",   "theirs",  "them",     "themselves", "then",
    "there",     "these",    "they",   "this",    "those",   "through",  "to",         "too",
    "under",     "until",    "up",     "very",    "was",     "we",       "were",       "what",
    "when",      "where",    "which",  "while",   "who",     "whom",     "why",        "will",
    "with",      "would",    "you",    "your",    "yours",   "yourself", "yourselves", "s",
    "t",         "don",      "doesn",  "isn",     "aren",    "wasn",     "weren",      "won",
    "wouldn",    "shouldn",  "couldn", "can't",   "don't",   "doesn't",  "isn't",      "it's",
    "i'm",       "i've",     "you're", "they're", "what's",  "let",      "lets",       "get",
    "gets",      "also",     "really", "still",   "ever",    "even",     "much",       "many",
    "something", "anything", "thing",  "things",  "way",     "ways",     "people",     "someone",
};

// Reader vocabulary for the topics a relationship-psychology site covers.
// General English, not tied to any one article.
const std::vector<std::vector<std::string_view>> kSynonymGroups = {
    {"numb", "numbness", "detached", "deadened", "blunted", "flat"},
    {"feeling", "emotion", "emotional"},
    {"sad", "sadness", "unhappy"},
    {"depressed", "depression", "depressive"},
    {"anxious", "anxiety", "worry", "worried", "nervous"},
    {"angry", "anger", "rage", "irritable", "irritability"},
    {"lonely", "loneliness", "isolated", "isolation"},
    {"partner", "spouse", "husband", "wife", "boyfriend", "girlfriend"},
    {"relationship", "marriage", "couple", "dating"},
    {"argue", "argument", "fight", "fighting", "conflict", "quarrel"},
    {"talk", "communicate", "communication", "conversation", "discuss"},
    {"open", "disclose", "disclosure", "share", "sharing"},
    {"cry", "crying", "tears", "weep"},
    {"care", "caring", "concern"},
    {"jealous", "jealousy", "envy", "envious"},
    {"trust", "trusting", "distrust"},
    {"stress", "stressed", "pressure", "overwhelmed", "burnout"},
    {"help", "support", "therapy", "therapist", "counselling", "counseling"},
    {"apologise", "apologize", "apology", "sorry"},
    {"breakup", "divorce", "separation"},
    {"holiday", "vacation"},
    {"ruminate", "rumination", "ruminating", "overthink", "overthinking", "brooding"},
    {"friend", "friendship", "friends"},
    {"guy", "guys", "man", "men", "male", "masculine"},
    {"woman", "women", "female", "feminine"},
    {"kid", "kids", "child", "children", "boy", "boys", "girl", "girls"},
    {"empathy", "empathic", "empathetic", "compassion"},
    {"attachment", "clingy", "needy"},
    {"withdraw", "withdrawn", "withdrawal", "shut", "stonewall", "stonewalling"},
    {"vulnerable", "vulnerability", "weakness"},
};

// The English Snowball stemmer remembering the stems it computed: a site's
// vocabulary is small next to its word count, so most words are looked up.
class CachedEnglishStemmer : public Xapian::StemImplementation {
 public:
  std::string operator()(const std::string& word) override {
    if (auto found = stems_.find(word); found != stems_.end()) return found->second;
    if (stems_.size() >= kMaxStems) stems_.clear();
    return stems_.emplace(word, english_(word)).first->second;
  }
  std::string get_description() const override { return "cached " + english_.get_description(); }

 private:
  static constexpr size_t kMaxStems = 200000;  // bounds memory on odd input
  Xapian::Stem english_{"english"};
  std::unordered_map<std::string, std::string> stems_;
};

}  // namespace

const Xapian::Stem& stemmer() {
  // Xapian::Stem keeps working state and an unsynchronised reference count:
  // one per thread.
  thread_local const Xapian::Stem stem(new CachedEnglishStemmer);
  return stem;
}

const Xapian::Stopper& stopper() {
  static const Xapian::SimpleStopper* const stop = [] {
    auto* s = new Xapian::SimpleStopper;
    for (std::string_view word : kStopWords) s->add(std::string(word));
    return s;
  }();
  return *stop;
}

const std::vector<std::vector<std::string_view>>& synonym_groups() {
  return kSynonymGroups;
}

void add_synonyms(Xapian::WritableDatabase& db) {
  const Xapian::Stem& stem = stemmer();
  for (const auto& group : kSynonymGroups) {
    std::set<std::string> stems;
    for (std::string_view word : group) stems.insert("Z" + stem(std::string(word)));
    for (std::string_view word : group) {
      const std::string key = "Z" + stem(std::string(word));
      for (const std::string& other : stems) {
        if (other == key) continue;
        db.add_synonym(key, other);
        db.add_synonym(std::string(word), other);
      }
    }
  }
}

std::string prefixed_term(std::string_view term, std::string_view prefix) {
  if (!term.empty() && term[0] == 'Z') {
    std::string out = "Z";
    out += prefix;
    out += term.substr(1);
    return out;
  }
  std::string out(prefix);
  out += term;
  return out;
}

Xapian::BM25Weight ranking_weight() {
  return Xapian::BM25Weight(1.2, 0, 1, 0.5, 0.5);
}

}  // namespace mwp::search_schema
