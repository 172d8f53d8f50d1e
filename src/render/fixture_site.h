// A small site built in code for the render tests: two nested categories,
// three articles with sections, FAQ, references and citations, one page.
#pragma once

#include <string>
#include <string_view>

#include "model/site.h"
#include "site_builder.h"

namespace mwp::fixture {

using testing::cite;
using testing::journal_reference;

inline SiteConfig fixture_config() {
  SiteConfig config;
  config.title = "Test Psychology";
  config.description = "Evidence-based test articles.";
  config.base_url = "https://example.org/";
  config.editorial_team = "Test editorial team";
  config.editorial_page = "/editorial-team/";
  config.methodology_page = "/research-methodology/";
  ArticleTemplate& anatomy = config.article_template;
  anatomy.sections = {{"evidence", "The evidence", "What the research actually shows", true},
                      {"mechanism", "The mechanism", "Why this happens", true},
                      {"in-practice", "In practice", "What this looks like in real life", true}};
  anatomy.faq_heading = "Questions people ask about this";
  anatomy.sources_heading = "Research sources";
  anatomy.sources_note = "See our [research methodology](/research-methodology/).";
  return config;
}

inline Article fixture_article(const SiteConfig& config, std::string slug, std::string title,
                               Date reviewed) {
  Article article;
  article.display_path = "content/men-women/emotions/" + slug + ".md";
  article.category = 1;
  article.slug = slug;
  article.url = "/men-women/emotions/" + slug + "/";
  article.title = std::move(title);
  article.description = "What " + article.title + " is about.";
  article.published = {2025, 1, 15};
  article.reviewed = reviewed;
  article.modified = reviewed;
  article.reviewed_by = config.editorial_team;
  for (const SectionTemplate& section : config.article_template.sections) {
    article.sections.push_back(
        {section.id, section.kicker, section.heading, {"Body of " + section.kicker + ".", 10}, 9});
  }
  return article;
}

inline Site fixture_site() {
  Site site;
  site.config = fixture_config();
  Category top = testing::make_category("men-women", "Men & Women");
  top.description = "How men and women feel.";
  top.display_path = "content/men-women/_index.md";
  top.children = {1};
  Category sub = testing::make_category("men-women/emotions", "Emotions and Feelings", 0);
  sub.description = "Feelings, numbness and expression.";
  sub.display_path = "content/men-women/emotions/_index.md";
  sub.articles = {0, 1, 2};
  sub.intro = {"Articles about *feelings*.", 4};
  site.categories = {top, sub};

  Article numbness =
      fixture_article(site.config, "numbness", "Understanding numbness", {2025, 6, 2});
  numbness.keywords = {"emotional numbness", "suppression"};
  numbness.aliases = {"/old/numbness/"};
  numbness.sections[0].body.markdown =
      "Gross and John (2003) found that suppression has costs.\n\n"
      "Later work (Hyde, 2005) stresses similarity; Gross and John (2003) agree.";
  numbness.sections[1].body.markdown = "Suppression becomes a *habit* (Hyde, 2005).";
  numbness.faq = {
      {"Is numbness the same as not caring?", 40, {"No. See Hyde (2005) on **this**.", 41}},
      {"What helps?", 43, {"Writing & time.", 44}}};
  numbness.references = {
      journal_reference("gross2003", "Gross", "J. J.", 2003, "Individual differences",
                        "Journal of Personality and Social Psychology",
                        "10.1037/0022-3514.85.2.348"),
      journal_reference("hyde2005", "Hyde", "J. S.", 2005, "The gender similarities hypothesis",
                        "American Psychologist", "10.1037/0003-066X.60.6.581")};
  cite(numbness, TextPart::section, 0, "Gross and John (2003)", 0);
  cite(numbness, TextPart::section, 0, "(Hyde, 2005)", 1);
  numbness.citations.push_back(
      {TextPart::section, 0, numbness.sections[0].body.markdown.rfind("Gross and John (2003)"),
       numbness.sections[0].body.markdown.rfind("Gross and John (2003)") + 21, 0});
  cite(numbness, TextPart::section, 1, "(Hyde, 2005)", 1);
  cite(numbness, TextPart::faq_answer, 0, "Hyde (2005)", 1);

  Article opening =
      fixture_article(site.config, "opening-up", "Why opening up is hard", {2025, 5, 1});
  opening.references = {numbness.references[1]};
  opening.sections[0].body.markdown = "Hyde (2005) reviewed many studies.";
  cite(opening, TextPart::section, 0, "Hyde (2005)", 0);

  Article draft = fixture_article(site.config, "draft-piece", "Draft piece", {2025, 7, 1});
  draft.draft = true;

  site.articles = {numbness, opening, draft};
  Page team;
  team.display_path = "content/editorial-team.md";
  team.slug = "editorial-team";
  team.url = "/editorial-team/";
  team.title = "Editorial team";
  team.description = "Who reviews our articles.";
  team.modified = {2025, 3, 1};
  team.body = {"We are **researchers**.\n\n## How we work\n\nCarefully.", 5};
  site.pages = {team};
  site.home_intro = {"Welcome to *Test Psychology*.", 4};
  return site;
}

}  // namespace mwp::fixture
