// mwp_template_bench: renders a theme's article template (with its partials)
// for one realistic article context N times with mwp's engine, compiled once
// (render/mustache_template.h), and, when libmstch-dev is installed, with
// mstch parsing per page, and prints the CPU time per page and the ratio.
//
//   build/bench/mwp_template_bench [--pages N] [--theme DIR] [--context FILE.json]
//
// The default context has the shape and sizes of a page of the benchmark
// corpus (bench/corpus.py): five sections of ~4 KB of HTML, four FAQ
// entries, four sources, two JSON-LD scripts; --context reads another one.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "render/mustache_template.h"
#include "text/escape.h"

#ifdef MWP_BENCH_MSTCH
#include <mstch/mstch.hpp>
#endif

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path.string().c_str());
    std::exit(2);
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string words(size_t count, size_t seed) {
  static const char* const kWords[] = {"emotion", "partner", "research", "suppression", "study",
                                       "feeling", "support", "women",    "men",         "trust"};
  std::string out;
  for (size_t i = 0; i < count; ++i) {
    if (i > 0) out += ' ';
    out += kWords[(seed + i * 7) % 10];
  }
  return out;
}

// A paragraph-rich section body with citation links, as markdown.cc emits.
std::string section_html(size_t seed) {
  std::string html;
  for (size_t p = 0; p < 6; ++p) {
    html += "<p>" + words(60, seed + p) + " <a class=\"cite\" href=\"#ref-1\" id=\"cite-1-" +
            std::to_string(p + 1) + "\">Gross &amp; John (2003)</a> " + words(40, p) + ".</p>\n";
  }
  return html;
}

json synthetic_context() {
  json page;
  page["site"] = {{"title", "Men Women Psychology"},
                  {"description", "Evidence-based articles."},
                  {"language", "en"},
                  {"base_url", "https://example.org/"},
                  {"home_url", "/"},
                  {"feed_url", "/feed.xml"},
                  {"search_url", "/search/"},
                  {"sources_url", "/sources/"},
                  {"editorial_page", "/editorial-team/"},
                  {"methodology_page", "/research-methodology/"},
                  {"has_search", true},
                  {"has_sources", true}};
  const std::string json_ld =
      "<script type=\"application/ld+json\">{\"@type\":\"MedicalWebPage\"," +
      std::string(3800, 'x') + "}</script>";
  page["page"] = {{"title", "Tone Partner Community"},
                  {"full_title", "Tone Partner Community | Men Women Psychology"},
                  {"description", words(20, 3)},
                  {"url", "/relationships/tone-partner-community/"},
                  {"canonical", "https://example.org/relationships/tone-partner-community/"},
                  {"og_title", "Tone Partner Community"},
                  {"og_type", "article"},
                  {"json_ld", {json_ld, json_ld.substr(0, 1200)}},
                  {"noindex", false},
                  {"is_home", false}};
  page["breadcrumb"] = {{{"name", "Home"}, {"url", "/"}, {"current", false}},
                        {{"name", "Relationships"}, {"url", "/relationships/"}, {"current", false}},
                        {{"name", "Tone Partner Community"},
                         {"url", "/relationships/tone-partner-community/"},
                         {"current", true}}};
  page["has_breadcrumb"] = true;
  for (int n = 0; n < 6; ++n) {
    page["nav"].push_back({{"name", "Category " + std::to_string(n)},
                           {"url", "/category-" + std::to_string(n) + "/"},
                           {"current", false},
                           {"active", n == 2}});
  }
  for (int n = 0; n < 4; ++n) {
    page["footer_pages"].push_back(
        {{"title", "Page " + std::to_string(n)}, {"url", "/page-" + std::to_string(n) + "/"}});
  }
  page["assets"] = {{"css", "/assets/style.css"}};
  for (size_t s = 0; s < 5; ++s) {
    const std::string id = "section-" + std::to_string(s);
    page["sections"].push_back({{"id", id},
                                {"heading_id", id + "-heading"},
                                {"kicker", "The evidence"},
                                {"heading", "What the research actually shows"},
                                {"html", section_html(s)}});
    page["toc"].push_back({{"id", id}, {"title", "What the research actually shows"}});
  }
  page["has_faq"] = true;
  page["faq"] = {{"id", "faq"}, {"heading", "Questions people ask"}, {"items", json::array()}};
  for (size_t q = 0; q < 4; ++q) {
    page["faq"]["items"].push_back({{"id", "faq-" + std::to_string(q)},
                                    {"question", words(8, q) + "?"},
                                    {"html", "<p>" + words(70, q) + "</p>\n"}});
  }
  page["has_sources"] = true;
  page["sources"] = {{"id", "sources"},
                     {"heading", "Research sources"},
                     {"note_html", "<p>" + words(30, 1) + "</p>\n"},
                     {"items", json::array()}};
  for (size_t r = 1; r <= 4; ++r) {
    json backlinks = json::array();
    for (size_t k = 1; k <= r % 3 + 1; ++k) {
      backlinks.push_back({{"href", "#cite-" + std::to_string(r) + "-" + std::to_string(k)},
                           {"label", "Back to citation " + std::to_string(k)},
                           {"text", "↩" + std::to_string(k)}});
    }
    page["sources"]["items"].push_back(
        {{"number", r},
         {"id", "ref-" + std::to_string(r)},
         {"html", "Hazan, C., &amp; Shaver, P. (1987). Romantic love. <i>JPSP</i>, 52(3)."},
         {"backlinks", backlinks},
         {"work_url", "/sources/hazan1987/"},
         {"has_work_url", true}});
  }
  for (size_t a = 0; a < 3; ++a) {
    page["related"].push_back({{"title", words(4, a)},
                               {"url", "/relationships/other-" + std::to_string(a) + "/"},
                               {"description", words(20, a)}});
  }
  page["has_related"] = true;
  page["article"] = {{"title", "Tone Partner Community"},
                     {"description", words(20, 3)},
                     {"url", "/relationships/tone-partner-community/"},
                     {"published", "15 January 2025"},
                     {"published_iso", "2025-01-15"},
                     {"reviewed", "23 February 2025"},
                     {"reviewed_iso", "2025-02-23"},
                     {"modified", "23 February 2025"},
                     {"modified_iso", "2025-02-23"},
                     {"reviewed_by", "Editorial team"},
                     {"keywords", {"trust", "support"}}};
  return page;
}

#ifdef MWP_BENCH_MSTCH
// The JSON context as mstch takes it.
mstch::node to_mstch(const json& value) {
  switch (value.type()) {
    case json::value_t::object: {
      mstch::map map;
      for (const auto& [key, item] : value.items()) map.emplace(key, to_mstch(item));
      return map;
    }
    case json::value_t::array: {
      mstch::array array;
      for (const auto& item : value) array.push_back(to_mstch(item));
      return array;
    }
    case json::value_t::string:
      return value.get<std::string>();
    case json::value_t::boolean:
      return value.get<bool>();
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
      return std::to_string(value.get<long long>());
    case json::value_t::number_float:
      return value.get<double>();
    default:
      return nullptr;
  }
}
#endif

// CPU time of this thread: steadier than wall time on a shared machine.
double cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

template <typename Render>
double seconds_per_page(size_t pages, Render render, size_t& bytes) {
  const double start = cpu_seconds();
  for (size_t i = 0; i < pages; ++i) bytes += render().size();
  return (cpu_seconds() - start) / static_cast<double>(pages);
}

}  // namespace

int main(int argc, char** argv) {
  size_t pages = 2000;
  fs::path theme = MWP_SOURCE_DIR "/site/theme";
  std::string context_file;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--pages") {
      pages = std::max<size_t>(1, std::strtoull(argv[i + 1], nullptr, 10));
    } else if (flag == "--theme") {
      theme = argv[i + 1];
    } else if (flag == "--context") {
      context_file = argv[i + 1];
    } else {
      std::fprintf(stderr, "usage: %s [--pages N] [--theme DIR] [--context FILE.json]\n", argv[0]);
      return 2;
    }
  }
  const json context =
      context_file.empty() ? synthetic_context() : json::parse(read_text(context_file));
  const std::string text = read_text(theme / "templates/article.mustache");
  mwp::PartialTexts partials;
  for (const auto& entry : fs::directory_iterator(theme / "templates/partials")) {
    if (entry.path().extension() == ".mustache") {
      partials[entry.path().stem().string()] = read_text(entry.path());
    }
  }

  std::string error;
  const double parse_start = cpu_seconds();
  const auto parsed = mwp::MustacheTemplate::parse(text, partials, error);
  const double parse_time = cpu_seconds() - parse_start;
  if (!parsed) {
    std::fprintf(stderr, "article.mustache: %s\n", error.c_str());
    return 1;
  }
  size_t bytes = 0;
  const double mwp_time = seconds_per_page(
      pages, [&] { return parsed->render(context); }, bytes);
  std::printf("pages: %zu, page size: %zu bytes\n", pages, parsed->render(context).size());
  std::printf("mwp, compiled once (%.1f us): %8.1f us/page\n", parse_time * 1e6, mwp_time * 1e6);
#ifdef MWP_BENCH_MSTCH
  mstch::config::escape = [](const std::string& s) { return mwp::html_escape(s); };
  const std::map<std::string, std::string> mstch_partials(partials.begin(), partials.end());
  const double mstch_time = seconds_per_page(
      pages, [&] { return mstch::render(text, to_mstch(context), mstch_partials); }, bytes);
  std::printf("mstch, parsed per page:                %8.1f us/page\n", mstch_time * 1e6);
  std::printf("mstch / mwp: %.2fx\n", mstch_time / mwp_time);
  const std::string expected = mstch::render(text, to_mstch(context), mstch_partials);
  const std::string actual = parsed->render(context);
  if (expected != actual) {
    const auto differ =
        std::mismatch(expected.begin(), expected.end(), actual.begin(), actual.end());
    std::printf("same output: NO, first difference at byte %td\n", differ.first - expected.begin());
    return 1;
  }
  std::printf("same output: yes\n");
#else
  std::printf("mstch: not built (libmstch-dev absent)\n");
#endif
  return bytes == 0 ? 1 : 0;
}
