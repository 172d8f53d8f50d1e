// The APA 7 types beyond print: films and videos, podcasts and broadcasts,
// social media posts, data sets, software, and entries in reference works.
// Each is read with confidence, formats back as written, and goes to
// CSL-JSON under its CSL type and back.
#include <gtest/gtest.h>

#include <string>

#include "cite/apa_formatter.h"
#include "cite/apa_parser.h"
#include "cite/cite_test_support.h"
#include "cite/csl_json.h"
#include "cite/pasted_text.h"
#include "diag/diagnostic.h"

namespace mwp {
namespace {

struct MediaCase {
  const char* input;
  const char* type;       // CSL
  const char* genre;      // "Film", "Tweet"
  const char* container;  // a podcast's series, a post's platform, a reference work
  const char* publisher;  // a studio, a site, a software's maker
};

const MediaCase kMediaCases[] = {
    {"Forman, M. (Director). (1975). *One flew over the cuckoo\u2019s nest* [Film]. United "
     "Artists.",
     "motion_picture", "Film", "", "United Artists"},
    {"Safdie, J., & Safdie, B. (Directors). (2019). *Uncut gems* [Film]. A24.", "motion_picture",
     "Film", "", "A24"},
    {"Cat Lady Films. (2021, June 3). *What anxiety feels like* [Video]. YouTube. "
     "https://www.youtube.com/watch?v=abc123",
     "motion_picture", "Video", "", "YouTube"},
    {"Glass, I. (Host). (2011, August 12). Amusement park (No. 443) [Audio podcast episode]. In "
     "*This American life*. WBEZ Chicago. https://www.thisamericanlife.org/443/amusement-park",
     "broadcast", "Audio podcast episode", "This American life", "WBEZ Chicago"},
    {"Barris, K. (Writer & Director). (2017, January 11). Lemons (Season 3, Episode 12) [TV "
     "series episode]. In K. Barris & J. Groff (Executive Producers), *Black-ish*. ABC Studios.",
     "broadcast", "TV series episode", "Black-ish", "ABC Studios"},
    {"Brooker, C. (Writer), & Bathurst, O. (Director). (2011, December 4). The national anthem "
     "(Season 1, Episode 1) [TV series episode]. In C. Brooker & A. Jones (Executive "
     "Producers), *Black mirror*. Zeppotron.",
     "broadcast", "TV series episode", "Black mirror", "Zeppotron"},
    {"McDaniel, S. H., Salas, E., & Kazak, A. E. (Eds.). (2018). The science of teamwork "
     "[Special issue]. *American Psychologist*, *73*(4).",
     "article-journal", "Special issue", "American Psychologist", ""},
    {"Mind [@MindCharity]. (2023, October 10). *Caring for someone can be exhausting* [Tweet]. X. "
     "https://x.com/MindCharity/status/1",
     "post", "Tweet", "X", ""},
    // An attachment before the post's kind; a creator known by a username.
    {"DeGeneres, E. [@TheEllenShow]. (2014, March 2). *If only Bradley\u2019s arm was longer. Best "
     "photo ever. #oscars* [Image attached] [Tweet]. Twitter. https://twitter.com/x/status/4",
     "post", "Tweet", "Twitter", ""},
    {"jawed. (2005, April 23). *Me at the zoo* [Video]. YouTube. "
     "https://www.youtube.com/watch?v=jNQXAC9IVRw",
     "motion_picture", "Video", "", "YouTube"},
    {"Beat [@beatedsupport]. (2022, February 28). *Support is there for you at 45* [Photograph]. "
     "Instagram. https://www.instagram.com/p/CaExample01/",
     "post", "Photograph", "Instagram", ""},
    {"Pew Research Center. (2018). *American trends panel Wave 26* [Data set]. "
     "https://www.pewsocialtrends.org/dataset/wave-26/",
     "dataset", "Data set", "", ""},
    {"R Core Team. (2023). *R: A language and environment for statistical computing* (Version "
     "4.3.1) [Computer software]. R Foundation for Statistical Computing. "
     "https://www.R-project.org/",
     "software", "Computer software", "", "R Foundation for Statistical Computing"},
    {"American Psychological Association. (n.d.). Burnout. In *APA dictionary of psychology*. "
     "Retrieved March 3, 2024, from https://dictionary.apa.org/burnout",
     "entry-dictionary", "", "APA dictionary of psychology", ""},
    {"Graham, G. (2019). Behaviorism. In E. N. Zalta (Ed.), *The Stanford encyclopedia of "
     "philosophy* (Summer 2019 ed.). Stanford University. https://plato.stanford.edu/behaviorism/",
     "entry-encyclopedia", "", "The Stanford encyclopedia of philosophy", "Stanford University"},
    {"World Health Organization. (2023, March 31). *Depressive disorder (depression)* [Fact "
     "sheet]. https://www.who.int/news-room/fact-sheets/detail/depression",
     "webpage", "Fact sheet", "", ""},
    {"World Health Organization. (2023, November 15). WHO launches commission to foster social "
     "connection [News release]. https://www.who.int/news/item/15-11-2023-who-launches",
     "webpage", "News release", "", ""},
    // A page's one-word title first, and its site's acronym after the date.
    {"Insomnia. (n.d.). NHS. Retrieved February 2, 2024, from "
     "https://www.nhs.uk/conditions/insomnia/",
     "webpage", "", "NHS", ""},
    // A statistics agency's table; a software's maker in sentence case, with
    // the title after the date.
    {"Statistics Canada. (n.d.). *Health characteristics, annual estimates* [Data table]. "
     "Retrieved September 12, 2023, from https://www150.statcan.gc.ca/t1/tbl1/en/tv.action",
     "dataset", "Data table", "", ""},
    {"The jamovi project. (2022). *jamovi* (Version 2.3) [Computer software]. "
     "https://www.jamovi.org",
     "software", "Computer software", "", ""},
    // A profile on a platform is a post of its own kind.
    {"National Institute of Mental Health [@NIMHgov]. (n.d.). *Posts* [X profile]. X. "
     "Retrieved April 8, 2024, from https://x.com/NIMHgov",
     "post", "X profile", "X", ""},
    // An episode with no author: its title, and then its description, stand first.
    {"Lonely? You’re not alone [Audio podcast episode]. (2023, June 2). In *Post Reports*. "
     "The Washington Post. https://www.washingtonpost.com/podcasts/post-reports/lonely/",
     "broadcast", "Audio podcast episode", "Post Reports", "The Washington Post"},
    // A training video and a webinar.
    {"Linehan, M. M. (2003). *This one moment: Skills for everyday mindfulness* [DVD]. Behavioral "
     "Tech.",
     "motion_picture", "DVD", "", "Behavioral Tech"},
    {"Goldberg, J. F. (2018). *Evaluating adverse drug effects* [Webinar]. American Psychiatric "
     "Association. https://education.psychiatry.org/x",
     "motion_picture", "Webinar", "", "American Psychiatric Association"},
    // X's name for a tweet, its words holding a link.
    {"APA Databases [@APA_Databases]. (2020, September 2). *A collection on #COVID19. View: "
     "https://bit.ly/2QrWj76 for recent coverage* [Post]. X. https://x.com/APA_Databases/status/1",
     "post", "Post", "X", ""},
    // The link pasted as Markdown, its text the URL itself.
    {"McGonigal, K. (2013, June). *How to make stress your friend* [Video]. TED Conferences. "
     "[https://www.ted.com/talks/kelly_mcgonigal](https://www.ted.com/talks/kelly_mcgonigal)",
     "motion_picture", "Video", "", "TED Conferences"},
};

TEST(ApaMedia, ReadsEachTypeWithConfidenceAndFormatsItBack) {
  for (const MediaCase& c : kMediaCases) {
    const Reference reference = testing_support::read_confidently(c.input);
    EXPECT_EQ(csl_type_name(reference.type), c.type) << c.input;
    EXPECT_EQ(reference.genre, c.genre) << c.input;
    EXPECT_EQ(reference.container_title, c.container) << c.input;
    EXPECT_EQ(reference.publisher, c.publisher) << c.input;
    EXPECT_EQ(format_apa_text(reference), PastedText(c.input).text()) << c.input;
    Reference keyed = reference;
    keyed.id = "work";
    Diagnostics again;
    const std::vector<Reference> round =
        parse_csl_json("[" + to_csl_json(keyed).dump() + "]", "b.json", again);
    ASSERT_EQ(round.size(), 1u) << c.input;
    EXPECT_TRUE(again.empty()) << c.input;
    // CSL-JSON has no place for a handle, nor for a role with no CSL 1.0.2
    // variable, such as "Writer & Director", nor for a role for each name.
    Reference without_handle = reference;
    without_handle.author_handle.clear();
    if (without_handle.author_role == "Writer & Director") without_handle.author_role.clear();
    for (PersonName& name : without_handle.authors) name.role.clear();  // one role per name
    EXPECT_EQ(format_apa_text(round[0]), format_apa_text(without_handle)) << "via CSL-JSON";
  }
}

TEST(ApaMedia, KeepsTheRoleAndHandleAfterTheCreators) {
  Diagnostics diagnostics;
  const auto host =
      parse_apa_reference(kMediaCases[3].input, TextOrigin{"a.md", 1, 1}, diagnostics);
  ASSERT_TRUE(host.has_value());
  EXPECT_EQ(host->author_role, "Host");
  EXPECT_EQ(host->number, "443");
  const auto post =
      parse_apa_reference(kMediaCases[7].input, TextOrigin{"a.md", 1, 1}, diagnostics);
  ASSERT_TRUE(post.has_value());
  EXPECT_EQ(post->author_handle, "@MindCharity");
  ASSERT_EQ(post->authors.size(), 1u);
  EXPECT_EQ(post->authors[0].literal, "Mind");
  EXPECT_TRUE(diagnostics.empty());
}

// What the types do not settle is said, never guessed.
const testing_support::DoubtCase kMediaDoubtCases[] = {
    // A photograph in a museum is a work of art, not a post.
    {"Adams, A. (1927). *Monolith* [Photograph]. Museum of Modern Art. https://moma.org/x",
     "outside social media"},
    // A series whose people have a role mwp does not know.
    {"Barris, K. (Writer & Director). (2017, January 11). Lemons [TV series episode]. In K. "
     "Barris (Showrunner), *Black-ish*. ABC Studios.",
     "series an episode is in"},
    // A role after one name of several, not the last.
    {"Gilligan, V. (Writer), Johnson, R., & Cranston, B. (2013). *Ozymandias* [Film]. AMC.",
     "roles or handles"},
    // A kind of work APA 7 lists that mwp does not model.
    {"Beyoncé. (2016). Formation [Song]. On *Lemonade*. Parkwood.", "a kind of work"},
    // Software read as a page whose site holds its version and description.
    {"The jamovi project. (2022). jamovi (Version 2.3) [Computer Software]. Retrieved from "
     "https://www.jamovi.org",
     "note in brackets"},
};

TEST(ApaMedia, DoubtsWhatTheTypesDoNotSettle) {
  testing_support::expect_each_partly_read(kMediaDoubtCases);
}

// Read without doubt: a post's words closed by their own period, a table's
// number after its title, a series' code alone, a page on its author's own
// site.
TEST(ApaMedia, ReadsCodesPeriodsAndOwnSitesWithoutDoubt) {
  const auto read = [](const char* input) {
    const auto [reference, said] = testing_support::read_reference(input);
    EXPECT_EQ(said, "") << input;
    return reference;
  };

  const Reference post = read(
      "Obama, B. [@BarackObama]. (2012, November 6). *Four more years.* [Image attached] "
      "[Tweet]. Twitter. https://twitter.com/BarackObama/status/266031293945503744");
  EXPECT_EQ(post.type, ReferenceType::post);
  EXPECT_EQ(post.genre, "Tweet");
  EXPECT_EQ(post.description, "Image attached");
  EXPECT_EQ(post.container_title, "Twitter");

  const char* table =
      "Statistics Canada. (2021). *Leading causes of death, total population, by age group* "
      "(Table 13-10-0394-01) [Data table]. https://doi.org/10.25318/1310039401-eng";
  const Reference data = read(table);
  EXPECT_EQ(data.type, ReferenceType::dataset);
  EXPECT_EQ(data.title, "Leading causes of death, total population, by age group");
  EXPECT_EQ(data.number, "Table 13-10-0394-01");
  EXPECT_EQ(format_apa_text(data), PastedText(table).text());

  const char* guideline =
      "National Institute for Health and Care Excellence. (2013). *Social anxiety disorder: "
      "Recognition, assessment and treatment* (CG159). https://www.nice.org.uk/guidance/cg159";
  const Reference nice = read(guideline);
  EXPECT_EQ(nice.number, "CG159");
  EXPECT_EQ(format_apa_text(nice), PastedText(guideline).text());

  const Reference page = read(
      "Graham, P. (2009, July). *Maker's schedule, manager's schedule*. "
      "http://www.paulgraham.com/makersschedule.html");
  EXPECT_EQ(page.type, ReferenceType::webpage);
}

}  // namespace
}  // namespace mwp
