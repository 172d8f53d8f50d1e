// Finding a site category from a breadcrumb line or a category path.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/site.h"

namespace mwp {

// Display names from the root down to `category` ("Men & Women",
// "Emotions and Feelings"). Requires `category` < categories.size() and
// parents indexing into the same span.
std::vector<std::string> category_names(std::span<const Category> categories, size_t category);

// The category whose chain of display names `line` spells, names joined by
// spaces or by a separator (› > » / | →), ignoring case, punctuation and a
// leading "Home". "Men & Women Emotions and Feelings" names
// Men & Women › Emotions and Feelings. Nullopt when none does.
std::optional<size_t> match_breadcrumb(std::string_view line, std::span<const Category> categories);

// The category named by `path_or_breadcrumb`: its path ("men-women/emotions-and-feelings",
// slashes at either end ignored) or a breadcrumb as match_breadcrumb() reads it.
std::optional<size_t> find_category(std::string_view path_or_breadcrumb,
                                    std::span<const Category> categories);

// The category whose breadcrumb is nearest to `line` (for "did you mean"),
// as "Men & Women › Emotions and Feelings (men-women/emotions-and-feelings)";
// empty when no category is reasonably close.
std::string nearest_category(std::string_view line, std::span<const Category> categories);

}  // namespace mwp
