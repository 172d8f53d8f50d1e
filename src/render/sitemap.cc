#include "render/sitemap.h"

#include <optional>

#include "text/escape.h"

namespace mwp {
namespace {

void add_url(std::string& out, const RenderContext& context, const std::string& site_path,
             const std::optional<Date>& modified) {
  out += "  <url>\n    <loc>";
  out += xml_escape(context.absolute_url(site_path));
  out += "</loc>\n";
  if (modified && !modified->empty()) out += "    <lastmod>" + modified->iso() + "</lastmod>\n";
  out += "  </url>\n";
}

std::optional<Date> newest(const RenderContext& context, const std::vector<size_t>& articles) {
  std::optional<Date> out;
  for (size_t a : articles) {
    const Date& modified = context.site().articles[a].modified;
    if (!out || modified > *out) out = modified;
  }
  return out;
}

}  // namespace

std::string render_sitemap(const RenderContext& context) {
  const Site& site = context.site();
  std::vector<size_t> all;
  for (size_t a = 0; a < site.articles.size(); ++a) all.push_back(a);
  all = context.visible_articles(all);

  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  add_url(out, context, "/", newest(context, all));
  for (size_t c = 0; c < site.categories.size(); ++c) {
    add_url(out, context, site.categories[c].url, newest(context, context.articles_under(c)));
  }
  for (size_t a : all) add_url(out, context, site.articles[a].url, site.articles[a].modified);
  for (const Page& page : site.pages) {
    if (context.visible(page)) add_url(out, context, page.url, page.modified);
  }
  if (!context.works().empty()) {
    add_url(out, context, "/sources/", std::nullopt);
    for (const CitedWork& work : context.works()) {
      add_url(out, context, "/sources/" + work.key + "/", newest(context, work.articles));
    }
  }
  out += "</urlset>\n";
  return out;
}

std::string render_robots_txt(const RenderContext& context) {
  return "User-agent: *\nAllow: /\n\nSitemap: " + context.absolute_url("/sitemap.xml") + "\n";
}

}  // namespace mwp
