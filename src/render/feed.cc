#include "render/feed.h"

#include <algorithm>

#include "text/escape.h"

namespace mwp {
namespace {

std::string timestamp(const Date& date) {
  return (date.empty() ? std::string("1970-01-01") : date.iso()) + "T00:00:00Z";
}

void add_entry(std::string& out, const RenderContext& context, const Article& article) {
  const std::string url = xml_escape(context.absolute_url(article.url));
  out += "  <entry>\n";
  out += "    <title>" + xml_escape(article.title) + "</title>\n";
  out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + url + "\"/>\n";
  out += "    <id>" + url + "</id>\n";
  out += "    <published>" + timestamp(article.published) + "</published>\n";
  out += "    <updated>" + timestamp(article.modified) + "</updated>\n";
  out += "    <summary>" + xml_escape(article.description) + "</summary>\n";
  if (article.category < context.site().categories.size()) {
    out += "    <category term=\"" + xml_escape(context.site().categories[article.category].name) +
           "\"/>\n";
  }
  out += "  </entry>\n";
}

}  // namespace

std::string render_atom_feed(const RenderContext& context, size_t limit) {
  const Site& site = context.site();
  std::vector<size_t> articles;
  for (size_t a = 0; a < site.articles.size(); ++a) articles.push_back(a);
  articles = context.visible_articles(articles);
  std::stable_sort(articles.begin(), articles.end(), [&site](size_t a, size_t b) {
    const Article& x = site.articles[a];
    const Article& y = site.articles[b];
    if (x.modified != y.modified) return x.modified > y.modified;
    return x.url < y.url;
  });
  if (articles.size() > limit) articles.resize(limit);

  const std::string language = site.config.language.empty() ? "en" : site.config.language;
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" + xml_escape(language) + "\">\n";
  out += "  <title>" + xml_escape(site.config.title) + "</title>\n";
  if (!site.config.description.empty()) {
    out += "  <subtitle>" + xml_escape(site.config.description) + "</subtitle>\n";
  }
  out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" +
         xml_escape(context.absolute_url("/feed.xml")) + "\"/>\n";
  out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" +
         xml_escape(context.absolute_url("/")) + "\"/>\n";
  out += "  <id>" + xml_escape(context.absolute_url("/")) + "</id>\n";
  const Date updated = articles.empty() ? Date{} : site.articles[articles.front()].modified;
  out += "  <updated>" + timestamp(updated) + "</updated>\n";
  out += "  <author><name>" + xml_escape(site.config.title) + "</name></author>\n";
  for (size_t a : articles) add_entry(out, context, site.articles[a]);
  out += "</feed>\n";
  return out;
}

}  // namespace mwp
