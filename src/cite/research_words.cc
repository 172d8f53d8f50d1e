#include "cite/research_words.h"

#include "text/word_set.h"

namespace mwp {

bool is_research_trade(const ProseToken& token) {
  return token.kind == TokenKind::word && !token.capitalised &&
         is_one_of(
             token.text,
             {"psychologist",   "psychologists", "psychiatrist", "sociologist",    "historian",
              "anthropologist", "economist",     "philosopher",  "neuroscientist", "biologist",
              "epidemiologist", "researcher",    "researchers",  "scientist",      "scientists",
              "psychoanalyst",  "physician",     "physiologist", "therapist",      "clinician",
              "statistician",   "demographer",   "linguist",     "ethologist",     "primatologist",
              "professor",      "scholar",       "author",       "writer",         "journalist"});
}

bool is_research_noun(const ProseToken& token) {
  return token.kind == TokenKind::word && !token.capitalised && is_research_noun_text(token.text);
}

bool is_research_noun_text(std::string_view word) {
  return is_one_of(word,
                   {"study",   "paper",  "review",    "meta-analysis", "trial",       "experiment",
                    "survey",  "report", "analysis",  "article",       "book",        "findings",
                    "studies", "papers", "reviews",   "trials",        "experiments", "surveys",
                    "reports", "books",  "guideline", "guidelines"});
}

}  // namespace mwp
