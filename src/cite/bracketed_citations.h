// Parenthetical citations written in square brackets, as some writers and
// tools write them: "[Ellis et al., 2003]".
#pragma once

#include <optional>
#include <vector>

#include "cite/prose_tokens.h"

namespace mwp {

// `tokens` with the square brackets of each group outside parentheses that
// holds a number written as parentheses: "[Ellis et al., 2003]" is read as
// "(Ellis et al., 2003)". Nullopt when there is no such group. An
// abbreviation's brackets inside parentheses ("(American Psychological
// Association [APA], 2020)") stay as written. Linear in the tokens.
std::optional<std::vector<ProseToken>> brackets_as_parentheses(
    const std::vector<ProseToken>& tokens);

}  // namespace mwp
