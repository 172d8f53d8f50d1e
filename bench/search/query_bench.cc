// Query latency of the search index on a synthetic site (not a test).
//
//   mwp_search_bench [--articles 10000] [--queries 2000] [--shards 0] [--keep DIR]
//
// Generates a site of N articles (six sections, five FAQ entries each) over
// a Zipf-distributed vocabulary, indexes it with write_search_index(), then
// times Searcher::search() and Searcher::ask() in process for a fixed,
// seeded mix of one- to four-word queries, phrases, category filters and
// misspellings. Prints build time, index size, and median / p90 / p99 /
// max latency.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "search/index_writer.h"
#include "search/searcher.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  size_t articles = 10000;
  size_t queries = 2000;
  unsigned shards = 0;
  std::string keep;
};

Options parse_options(int argc, char** argv) {
  Options options;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    const std::string value = argv[i + 1];
    if (flag == "--articles") options.articles = std::stoul(value);
    if (flag == "--queries") options.queries = std::stoul(value);
    if (flag == "--shards") options.shards = static_cast<unsigned>(std::stoul(value));
    if (flag == "--keep") options.keep = value;
  }
  return options;
}

// Pronounceable pseudo-words plus topic words, drawn with a Zipf-like skew.
class Vocabulary {
 public:
  explicit Vocabulary(std::mt19937& random) : random_(random) {
    const char* topics[] = {"emotion",    "stress",  "partner",    "conflict", "attachment",
                            "burnout",    "anxiety", "friendship", "empathy",  "memory",
                            "sleep",      "anger",   "grief",      "trust",    "jealousy",
                            "loneliness", "shame",   "motivation"};
    for (const char* topic : topics) words_.emplace_back(topic);
    const char* onsets[] = {"b", "d", "f", "g", "k", "l",  "m",  "n",
                            "p", "r", "s", "t", "v", "st", "tr", "pl"};
    const char* vowels[] = {"a", "e", "i", "o", "u", "ea", "ou"};
    while (words_.size() < 20000) {
      std::string word;
      const int syllables = 2 + static_cast<int>(random_() % 3);
      for (int s = 0; s < syllables; ++s) {
        word += onsets[random_() % std::size(onsets)];
        word += vowels[random_() % std::size(vowels)];
      }
      words_.push_back(word);
    }
  }
  const std::string& pick() {
    const double u = std::uniform_real_distribution<double>(0, 1)(random_);
    const auto index = static_cast<size_t>(std::pow(static_cast<double>(words_.size()), u)) - 1;
    return words_[std::min(index, words_.size() - 1)];
  }
  std::string sentence(size_t words) {
    std::string out;
    for (size_t i = 0; i < words; ++i) {
      if (!out.empty()) out += ' ';
      out += pick();
    }
    return out + ".";
  }

 private:
  std::mt19937& random_;
  std::vector<std::string> words_;
};

mwp::Site synthetic_site(size_t articles, Vocabulary& words) {
  mwp::Site site;
  for (size_t c = 0; c < 20; ++c) {
    mwp::Category category;
    category.slug = category.path = "category-" + std::to_string(c);
    category.url = "/" + category.path + "/";
    category.name = "Category " + std::to_string(c);
    site.categories.push_back(category);
  }
  for (size_t a = 0; a < articles; ++a) {
    mwp::Article article;
    article.category = a % site.categories.size();
    article.url = site.categories[article.category].url + "article-" + std::to_string(a) + "/";
    article.title = words.sentence(6);
    article.description = words.sentence(20);
    article.reviewed = *mwp::Date::parse("2024-01-01");
    for (int s = 0; s < 6; ++s) {
      std::string body;
      for (int p = 0; p < 4; ++p) body += words.sentence(20) + " " + words.sentence(20) + "\n\n";
      article.sections.push_back(
          {"s" + std::to_string(s), "Kicker", words.sentence(5), {body, 1}, 1});
    }
    for (int q = 0; q < 5; ++q) {
      article.faq.push_back(
          {words.sentence(8), 1, {words.sentence(30) + " " + words.sentence(30), 1}});
    }
    site.articles.push_back(std::move(article));
  }
  return site;
}

std::vector<std::string> query_mix(size_t count, Vocabulary& words, std::mt19937& random) {
  std::vector<std::string> queries;
  for (size_t i = 0; i < count; ++i) {
    std::string query;
    switch (i % 5) {
      case 0:
        query = words.pick();
        break;
      case 1:
        query = words.pick() + " " + words.pick();
        break;
      case 2:
        query = "how does " + words.pick() + " affect " + words.pick() + " and " + words.pick();
        break;
      case 3:
        query = "\"" + words.pick() + " " + words.pick() + "\"";
        break;
      default: {
        query = words.pick();
        if (query.size() > 3) query.erase(1 + random() % (query.size() - 2), 1);  // misspelt
        break;
      }
    }
    queries.push_back(query);
  }
  return queries;
}

struct Latency {
  double median, p90, p99, max;
};

Latency summarise(std::vector<double> ms) {
  if (ms.empty()) return {0, 0, 0, 0};
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) {
    return ms[static_cast<size_t>(q * static_cast<double>(ms.size() - 1))];
  };
  return {at(0.5), at(0.9), at(0.99), ms.back()};
}

uint64_t folder_bytes(const std::filesystem::path& dir) {
  uint64_t bytes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) bytes += entry.file_size();
  }
  return bytes;
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = parse_options(argc, argv);
  std::mt19937 random(20261122);
  Vocabulary words(random);
  const mwp::Site site = synthetic_site(options.articles, words);
  std::string temp = (std::filesystem::temp_directory_path() / "mwp-bench-XXXXXX").string();
  const std::filesystem::path dir = options.keep.empty()
                                        ? std::filesystem::path(::mkdtemp(temp.data()))
                                        : std::filesystem::path(options.keep);
  const std::filesystem::path index = dir / "public.index";

  mwp::Diagnostics diagnostics;
  const Clock::time_point build_start = Clock::now();
  if (!mwp::write_search_index(site, index, mwp::IndexOptions{options.shards}, diagnostics)) {
    for (const auto& d : diagnostics.items())
      std::fprintf(stderr, "%s\n", mwp::format_text(d).c_str());
    return 1;
  }
  const double build_s = std::chrono::duration<double>(Clock::now() - build_start).count();
  auto searcher = mwp::Searcher::open(index, diagnostics);
  if (!searcher) return 1;
  std::printf("site: %zu articles, %llu documents (with FAQ entries)\n", site.articles.size(),
              static_cast<unsigned long long>(searcher->document_count()));
  std::printf("index: built in %.2f s, %.1f MB\n", build_s,
              static_cast<double>(folder_bytes(index)) / 1e6);

  const std::vector<std::string> queries = query_mix(options.queries, words, random);
  for (size_t i = 0; i < std::min<size_t>(50, queries.size()); ++i)
    (void)searcher->search({.query = queries[i]});  // warm up
  std::vector<double> search_ms;
  std::vector<double> ask_ms;
  uint64_t hits = 0;
  for (size_t i = 0; i < queries.size(); ++i) {
    mwp::SearchRequest request{.query = queries[i]};
    if (i % 7 == 0) request.category = "category-" + std::to_string(i % 20);
    Clock::time_point start = Clock::now();
    const mwp::SearchResult result = searcher->search(request);
    search_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    hits += result.total;
    start = Clock::now();
    (void)searcher->ask({.query = queries[i]});
    ask_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  for (const auto& [name, samples] : {std::pair{"search", &search_ms}, std::pair{"ask", &ask_ms}}) {
    const Latency l = summarise(*samples);
    std::printf("%-6s %zu queries: median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n", name,
                samples->size(), l.median, l.p90, l.p99, l.max);
  }
  std::printf("(mean matches per query: %.0f)\n",
              static_cast<double>(hits) / static_cast<double>(queries.size()));
  if (options.keep.empty()) std::filesystem::remove_all(dir);
  return 0;
}
