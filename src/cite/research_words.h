// Words that say a name or a year is research's: the trade of the person
// named ("the psychologist Mary Ainsworth (1978)"), and the kind of work
// ("the 2002 Bushman study", "*He Ara Oranga* report (2018)").
#pragma once

#include <string_view>

#include "cite/prose_tokens.h"

namespace mwp {

// A trade that names an author, in lower case: "psychologist", "historian".
bool is_research_trade(const ProseToken& token);

// A word for a piece of research, in lower case: "study", "review", "report".
bool is_research_noun(const ProseToken& token);
bool is_research_noun_text(std::string_view word);

}  // namespace mwp
