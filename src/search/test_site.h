// A small site built in memory for the search module's tests (header-only,
// used by *_test.cc only): two categories, four articles with FAQs, a page.
#pragma once

#include <filesystem>
#include <string>

#include "model/site.h"
#include "site_builder.h"
#include "temp_dir.h"

namespace mwp::search_test {

inline Article make_article(size_t category, std::string url, std::string title,
                            std::string description, std::string body, std::string reviewed,
                            std::vector<std::pair<std::string, std::string>> faq) {
  Article article;
  article.category = category;
  article.url = std::move(url);
  article.slug = article.url;
  article.title = std::move(title);
  article.description = std::move(description);
  article.reviewed = *Date::parse(reviewed);
  article.sections.push_back(
      {"evidence", "The evidence", "What the research actually shows", {std::move(body), 10}, 9});
  for (auto& [question, answer] : faq) article.faq.push_back({question, 20, {answer, 21}});
  return article;
}

inline Site make_site() {
  Site site;
  site.config.title = "Test site";
  site.categories = {testing::make_category("feelings", "Feelings"),
                     testing::make_category("feelings/conflict", "Conflict & Repair", 0),
                     testing::make_category("work", "Work")};
  site.articles.push_back(make_article(
      0, "/feelings/numbness/", "Emotional numbness after stress",
      "Why feelings can go quiet under strain.",
      "Long periods of *stress* can blunt emotion. Suppression dampens joy as well as pain.\n\n"
      "Numbness usually eases when the load is lighter. Scores of 5 < 6 & \"quoted\" stay text.",
      "2025-06-02",
      {{"Is feeling numb the same as not caring?",
        "No. Numbness dampens the signal; the caring is still there."},
       {"How long does emotional numbness last?", "It often fades within weeks of rest."}}));
  site.articles.push_back(
      make_article(1, "/feelings/conflict/stonewalling/", "Stonewalling in arguments",
                   "Withdrawal during a fight, and how couples repair it.",
                   "When one partner goes silent in an argument the other often escalates. "
                   "Taking a planned break and returning to the conversation helps repair.",
                   "2024-03-10",
                   {{"Why does my partner shut down during fights?",
                     "Flooding: the body is too aroused to keep talking."}}));
  site.articles.push_back(make_article(
      2, "/work/burnout/", "Burnout at work", "Exhaustion, cynicism and lost efficacy.",
      "Burnout grows from a poor fit between a person and a job: workload, control and reward.",
      "2023-01-05",
      {{"Can a holiday cure burnout?", "Rest helps for a while; the job fit matters."}}));
  Article draft = make_article(2, "/work/draft/", "Unpublished draft about zebras", "Draft.",
                               "Zebras are not published.", "2023-01-05", {});
  draft.draft = true;
  site.articles.push_back(draft);
  Reference gross;
  gross.authors.push_back({"Gross", "James J.", "", "", "", ""});
  site.articles[0].references.push_back(gross);
  Page about;
  about.url = "/about/";
  about.title = "About this site";
  about.description = "Who writes it.";
  about.body = {"An editorial team reviews every article.", 1};
  site.pages.push_back(about);
  return site;
}

// A fresh temporary folder (tests/support/temp_dir.h).
using TempDir = testing::TempDir;

}  // namespace mwp::search_test
