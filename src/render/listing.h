// Template data for article and category lists (home, category, sources pages).
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "render/render_context.h"

namespace mwp {

// {title, url, description, reviewed, reviewed_iso, category {name, url}}
nlohmann::json article_summary(const RenderContext& context, size_t article);

// The summaries of `articles`, at most `limit` of them.
nlohmann::json article_summaries(const RenderContext& context, const std::vector<size_t>& articles,
                                 size_t limit = static_cast<size_t>(-1));

// {name, url, description, article_count, has_articles, latest[] (summaries of
// up to `latest` newest articles under it)}
nlohmann::json category_summary(const RenderContext& context, size_t category, size_t latest);

// category_summary() of each child of `parent` (top-level categories when
// nullopt), in ordered_children() order.
nlohmann::json category_summaries(const RenderContext& context, std::optional<size_t> parent,
                                  size_t latest);

// The HTML of a Markdown block with the site's Markdown options; "" when empty.
std::string block_html(const RenderContext& context, const MarkdownBlock& block);

}  // namespace mwp
