#include "render/render_context.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "text/escape.h"

namespace mwp {
namespace {

// What makes two references one work here: the DOI when there is one, else
// the year, its suffix, the title and each author's family or group name,
// all to the letter. Equal identities are the same work.
std::string exact_identity(const Reference& r) {
  constexpr char kSeparator = '\x1f';
  if (!r.doi.empty()) return "doi" + std::string(1, kSeparator) + r.doi;
  std::string out = std::to_string(r.year) + kSeparator + r.year_suffix + kSeparator + r.title;
  for (const PersonName& author : r.authors) {
    out += kSeparator + author.family + kSeparator + author.literal;
  }
  return out;
}

// Every visible article of `category` and its descendants, newest review first.
std::vector<size_t> collect_under(const RenderContext& context, size_t category) {
  const Site& site = context.site();
  std::vector<size_t> out;
  std::vector<size_t> pending = {category};
  while (!pending.empty()) {
    const size_t at = pending.back();
    pending.pop_back();
    for (size_t a : context.visible_articles(site.categories[at].articles)) out.push_back(a);
    for (size_t child : site.categories[at].children) pending.push_back(child);
  }
  std::sort(out.begin(), out.end(), [&site](size_t a, size_t b) {
    const Article& x = site.articles[a];
    const Article& y = site.articles[b];
    if (x.reviewed != y.reviewed) return x.reviewed > y.reviewed;
    if (x.title != y.title) return x.title < y.title;
    return a < b;
  });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

RenderContext::RenderContext(const Site& site, const Theme& theme, RenderOptions options)
    : site_(site), theme_(theme), options_(options), works_(collect_cited_works(site)) {
  first_reference_.reserve(site.articles.size() + 1);
  first_reference_.push_back(0);
  for (const Article& article : site.articles) {
    first_reference_.push_back(first_reference_.back() + article.references.size());
  }
  work_index_.assign(first_reference_.back(), kNoWork);
  // Each article's works, then each of its references to the first of them
  // that it is exactly: linear in the works and references.
  std::vector<std::vector<size_t>> works_of(site.articles.size());
  for (size_t w = 0; w < works_.size(); ++w) {
    for (size_t a : works_[w].articles) {
      if (a < site.articles.size()) works_of[a].push_back(w);
    }
  }
  for (size_t a = 0; a < site.articles.size(); ++a) {
    if (works_of[a].empty()) continue;
    std::unordered_map<std::string, size_t> by_identity;
    for (size_t w : works_of[a]) by_identity.emplace(exact_identity(works_[w].reference), w);
    const auto& refs = site.articles[a].references;
    for (size_t r = 0; r < refs.size(); ++r) {
      const auto found = by_identity.find(exact_identity(refs[r]));
      if (found != by_identity.end()) work_index_[first_reference_[a] + r] = found->second;
    }
  }
  refresh_order();
}

void RenderContext::refresh_order() {
  under_.clear();
  under_.reserve(site_.categories.size());
  for (size_t c = 0; c < site_.categories.size(); ++c) under_.push_back(collect_under(*this, c));
}

std::optional<size_t> RenderContext::work_of(size_t article, size_t reference) const {
  if (article + 1 >= first_reference_.size()) return std::nullopt;
  const size_t at = first_reference_[article] + reference;
  if (at >= first_reference_[article + 1] || work_index_[at] == kNoWork) return std::nullopt;
  return work_index_[at];
}

std::vector<size_t> RenderContext::visible_articles(const std::vector<size_t>& articles) const {
  std::vector<size_t> out;
  for (size_t a : articles) {
    if (a < site_.articles.size() && visible(site_.articles[a])) out.push_back(a);
  }
  return out;
}

std::string RenderContext::absolute_url(std::string_view site_path) const {
  std::string base = site_.config.base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base + href(site_path.empty() ? "/" : site_path);
}

MarkdownOptions RenderContext::markdown_options() const {
  MarkdownOptions options;
  options.raw_html = site_.config.raw_html;
  return options;
}

// Objects are filled member by member: nlohmann's initializer lists build a
// temporary array per member, which costs twice as much on every page.
nlohmann::json RenderContext::page_context(const PageMeta& meta) const {
  using nlohmann::json;
  const SiteConfig& config = site_.config;
  json context;
  json& site = context["site"];
  site["title"] = config.title;
  site["description"] = config.description;
  site["language"] = config.language.empty() ? "en" : config.language;
  site["base_url"] = config.base_url;
  site["home_url"] = "/";
  site["feed_url"] = "/feed.xml";
  site["search_url"] = "/search/";
  site["sources_url"] = "/sources/";
  site["editorial_page"] = href(config.editorial_page);
  site["methodology_page"] = href(config.methodology_page);
  site["has_search"] = theme_.has("search");
  site["has_sources"] = !works_.empty();
  const std::string& title = meta.title.empty() ? config.title : meta.title;
  const std::string url = href(meta.url);
  json& page = context["page"];
  page["title"] = meta.title;
  page["full_title"] = meta.title.empty() ? config.title : meta.title + " | " + config.title;
  page["description"] = meta.description.empty() ? config.description : meta.description;
  page["url"] = url;
  page["canonical"] = absolute_url(meta.url);
  page["og_title"] = title;
  page["og_type"] = meta.og_type;
  page["json_ld"] = meta.json_ld;
  page["noindex"] = meta.noindex;
  page["is_home"] = meta.url == "/";
  json& crumbs = context["breadcrumb"] = json::array();
  for (const Breadcrumb& crumb : meta.breadcrumbs) {
    json& item = crumbs.emplace_back();
    item["name"] = crumb.name;
    item["url"] = href(crumb.url);
    item["current"] = false;
  }
  json& current = crumbs.emplace_back();
  current["name"] = title;
  current["url"] = url;
  current["current"] = true;
  context["has_breadcrumb"] = !meta.breadcrumbs.empty();
  json& nav = context["nav"] = json::array();
  for (size_t c : ordered_children(site_, std::nullopt)) {
    const Category& category = site_.categories[c];
    json& item = nav.emplace_back();
    item["name"] = category.name;
    item["url"] = href(category.url);
    item["current"] = category.url == meta.url;
    item["active"] = meta.top_category == c;
  }
  json& pages = context["footer_pages"] = json::array();
  for (const Page& footer_page : site_.pages) {
    if (!visible(footer_page)) continue;
    json& item = pages.emplace_back();
    item["title"] = footer_page.title;
    item["url"] = href(footer_page.url);
  }
  context["assets"]["css"] = "/assets/style.css";
  return context;
}

std::optional<std::string> output_file_for(std::string_view site_path) {
  if (site_path.empty() || site_path.front() != '/') return std::nullopt;
  std::string_view rest = site_path.substr(1);
  std::string out;
  size_t start = 0;
  while (start < rest.size()) {
    const size_t slash = rest.find('/', start);
    const std::string_view segment = rest.substr(
        start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (segment.empty() || segment == "." || segment == ".." ||
        segment.find('\\') != std::string_view::npos ||
        segment.find('\0') != std::string_view::npos) {
      return std::nullopt;
    }
    if (slash == std::string_view::npos) {
      out += segment;
      // "/old.html" names a file; "/old" a folder, as with a trailing slash.
      return segment.find('.') != std::string_view::npos ? out : out + "/index.html";
    }
    out += segment;
    out += '/';
    start = slash + 1;
  }
  return out + "index.html";
}

std::vector<size_t> ordered_children(const Site& site, std::optional<size_t> category) {
  std::vector<size_t> out;
  if (category) {
    out = site.categories[*category].children;
  } else {
    for (size_t c = 0; c < site.categories.size(); ++c) {
      if (!site.categories[c].parent) out.push_back(c);
    }
  }
  std::stable_sort(out.begin(), out.end(), [&site](size_t a, size_t b) {
    const Category& x = site.categories[a];
    const Category& y = site.categories[b];
    if (x.weight != y.weight) return x.weight < y.weight;
    return x.name < y.name;
  });
  return out;
}

std::string href(std::string_view site_path) {
  const size_t cut = site_path.find_first_of("?#");
  if (cut == std::string_view::npos) return url_encode_path(site_path);
  return url_encode_path(site_path.substr(0, cut)) + std::string(site_path.substr(cut));
}

}  // namespace mwp
