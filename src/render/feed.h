// feed.xml: an Atom 1.0 feed (RFC 4287) of the most recently updated articles.
#pragma once

#include <cstddef>
#include <string>

#include "render/render_context.h"

namespace mwp {

// Up to `limit` visible articles, most recently modified first, each with
// title, link, id (its absolute URL), published, updated, summary (its
// description) and category. The feed's <updated> is the newest entry's
// (1970-01-01 when there are none), so the output depends only on the site.
// Promises well-formed XML with every value escaped.
std::string render_atom_feed(const RenderContext& context, size_t limit = 50);

}  // namespace mwp
