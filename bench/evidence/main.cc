// mwp_evidence: scores mwp's evidence check against the gold set
// (tests/evidence/README.md) and prints the report, the failures listed.
//
//   mwp_evidence [--gold DIR] [--site DIR] [--check] [--quiet]
//   mwp_evidence [--gold DIR] --format-references
//   mwp_evidence [--gold DIR] --variants [--check] [--quiet]
//
// --check exits 1 when a figure is below the bar the gold set holds.
// --format-references prints, for tests/citeproc/compare.mjs, every gold
// reference mwp reads with confidence as [{"source", "csl", "html", "text"}].
// --variants scores the gold references and articles rewritten as pasting
// and typing rewrite them (reference_variants.h, article_variants.h)
// instead; --check then exits 1 when a reference is read wrongly without a
// warning under a rewrite the check holds, or an article loses a citation
// or gains a diagnostic.
#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <string>

#include "article_variants.h"
#include "content/site_config.h"
#include "evidence_score.h"
#include "gold_set.h"
#include "reference_variants.h"

namespace {

double share(size_t part, size_t whole) {
  return whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

struct Bar {
  const char* figure;
  double value;
  bool at_least;
  double bar;
  bool met() const { return at_least ? value >= bar : value <= bar; }
};

// Prints the variants' table; false when one is read wrongly without a
// warning and `check` is set.
bool score_variants(const mwp::evidence::GoldSet& gold, bool check, bool quiet) {
  size_t silent = 0;
  std::string table =
      "| rewrite | strings | read with confidence | fields right (%) | read wrongly without a "
      "warning |\n|---|---:|---:|---:|---:|\n";
  for (const mwp::evidence::ReferenceVariant& variant : mwp::evidence::reference_variants()) {
    const auto score = mwp::evidence::score_references(rewritten(gold.references, variant));
    if (variant.held) silent += score.wrong_without_warning;
    table += fmt::format("| {} | {} | {} | {:.2f} | {}{} |\n", variant.name, score.entries,
                         score.confident, share(score.fields_right, score.fields_total),
                         score.wrong_without_warning, variant.held ? "" : " (not held)");
    if (quiet) continue;
    for (const std::string& failure : score.failures) {
      if (failure.find("read wrongly without a warning") != std::string::npos) {
        fmt::print("VARIANT {}: {}\n\n", variant.name, failure);
      }
    }
  }
  fmt::print("\n{}", table);
  return !check || silent == 0;
}

// Prints the article rewrites' table; false when one links fewer
// citations, misses one without a word, or reports more than the gold
// articles do, and `check` is set.
bool score_article_variants(const mwp::evidence::GoldSet& gold, const mwp::SiteConfig& config,
                            bool check, bool quiet) {
  bool held = true;
  std::string table =
      "| rewrite | articles | citations linked (%) | missed without a word | false diagnostics "
      "|\n|---|---:|---:|---:|---:|\n";
  // Each article as written, scored once, for the figures to compare with.
  std::map<std::string, mwp::evidence::ArticleScore> written;
  for (const mwp::evidence::GoldArticle& article : gold.articles) {
    written[article.name] = mwp::evidence::score_articles({article}, config, false);
  }
  for (const mwp::evidence::ArticleVariant& variant : mwp::evidence::article_variants()) {
    const auto articles = rewritten(gold.articles, variant);
    const auto score = mwp::evidence::score_articles(articles, config, false);
    mwp::evidence::ArticleScore before;
    for (const mwp::evidence::GoldArticle& article : articles) {
      const mwp::evidence::ArticleScore& one = written[article.name];
      before.citations += one.citations;
      before.linked += one.linked;
      before.missed_silently += one.missed_silently;
      before.false_diagnostics += one.false_diagnostics;
      before.failures.insert(before.failures.end(), one.failures.begin(), one.failures.end());
    }
    held = held && score.linked >= before.linked &&
           score.missed_silently <= before.missed_silently &&
           score.false_diagnostics <= before.false_diagnostics;
    table += fmt::format("| {} | {} | {:.2f} (as written {:.2f}) | {} | {} (as written {}) |\n",
                         variant.name, score.articles, share(score.linked, score.citations),
                         share(before.linked, before.citations), score.missed_silently,
                         score.false_diagnostics, before.false_diagnostics);
    if (quiet) continue;
    for (const std::string& failure : score.failures) {
      if (std::find(before.failures.begin(), before.failures.end(), failure) ==
          before.failures.end()) {
        fmt::print("VARIANT {}: {}\n\n", variant.name, failure);
      }
    }
  }
  fmt::print("\n{}", table);
  return !check || held;
}

}  // namespace

int main(int argc, char** argv) {
  std::string gold_dir = MWP_SOURCE_DIR "/tests/evidence/gold";
  std::string site_dir = MWP_SOURCE_DIR "/site";
  bool check = false;
  bool quiet = false;
  bool format_references = false;
  bool variants = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--gold") == 0 && i + 1 < argc) {
      gold_dir = argv[++i];
    } else if (std::strcmp(argv[i], "--site") == 0 && i + 1 < argc) {
      site_dir = argv[++i];
    } else if (std::strcmp(argv[i], "--check") == 0) {
      check = true;
    } else if (std::strcmp(argv[i], "--quiet") == 0) {
      quiet = true;
    } else if (std::strcmp(argv[i], "--format-references") == 0) {
      format_references = true;
    } else if (std::strcmp(argv[i], "--variants") == 0) {
      variants = true;
    } else {
      fmt::print(stderr, "usage: mwp_evidence [--gold DIR] [--site DIR] [--check] [--quiet]\n");
      return 2;
    }
  }
  std::vector<std::string> errors;
  const mwp::evidence::GoldSet gold = mwp::evidence::load_gold_set(gold_dir, errors);
  if (format_references) {
    fmt::print("{}\n", mwp::evidence::formatted_references(gold.references).dump(1));
    return errors.empty() ? 0 : 2;
  }
  if (variants && !score_variants(gold, check, quiet)) return 1;
  mwp::Diagnostics config_diagnostics;
  const auto config = mwp::load_site_config(site_dir, config_diagnostics);
  for (const std::string& error : errors) fmt::print(stderr, "gold set: {}\n", error);
  if (!config || !errors.empty() || (gold.references.empty() && gold.articles.empty())) {
    fmt::print(stderr, "mwp_evidence: the gold set or the site config cannot be read\n");
    return 2;
  }
  if (variants) return score_article_variants(gold, *config, check, quiet) ? 0 : 1;
  const auto references = mwp::evidence::score_references(gold.references);
  const auto articles = mwp::evidence::score_articles(gold.articles, *config);
  if (!quiet) {
    for (const std::string& failure : references.failures) fmt::print("REFERENCE {}\n\n", failure);
    for (const std::string& failure : articles.failures) fmt::print("ARTICLE {}\n\n", failure);
    for (const std::string& note : articles.notes) fmt::print("UNDATED NAME LINKED {}\n\n", note);
  }
  fmt::print("Reference strings: {}, read with confidence {}; round trip {}/{}\n",
             references.entries, references.confident, references.roundtrip_right,
             references.roundtrip_total);
  fmt::print(
      "Articles: {}, citations {}, planted mistakes and listed diagnostics {}; fixes "
      "verified {}/{}\n",
      articles.articles, articles.citations, articles.planted, articles.fixes_verified,
      articles.fixes);
  const Bar bars[] = {
      {"citations linked to the right reference (%)", share(articles.linked, articles.citations),
       true, 99.0},
      {"citations missed without a word", static_cast<double>(articles.missed_silently), false, 0},
      {"false diagnostics, share of citations (%)",
       share(articles.false_diagnostics, articles.citations), false, 1.0},
      {"planted mistakes reported with the right reference (%)",
       share(articles.planted_reported, articles.planted), true, 100.0},
      {"reference fields read right (%)", share(references.fields_right, references.fields_total),
       true, 97.0},
      {"references read wrongly without a warning",
       static_cast<double>(references.wrong_without_warning), false, 0},
      {"well-read references in APA form warned all the same (%)",
       share(references.false_warnings, references.gold_confident), false, 3.0},
  };
  bool all_met = true;
  fmt::print("\n| figure | value | bar | met |\n|---|---:|---:|---|\n");
  for (const Bar& bar : bars) {
    fmt::print("| {} | {:.2f} | {} {:.0f} | {} |\n", bar.figure, bar.value,
               bar.at_least ? ">=" : "<=", bar.bar, bar.met() ? "yes" : "no");
    all_met = all_met && bar.met();
  }
  fmt::print(
      "\nAlso: wrong links {}, false errors {}, false reference warnings {}; well-read "
      "references in another style warned {} of {} (mwp reads them for authors and year only); "
      "names without a date linked {} (the gold does not list them: check them by eye)\n",
      articles.wrong_links, articles.false_errors, references.false_warnings,
      references.other_style_warned, references.other_style_confident, articles.undated_links);
  return check && !all_met ? 1 : 0;
}
