#include "cite/foreign_reference.h"

#include <gtest/gtest.h>

#include <string>

namespace mwp {
namespace {

struct ForeignCase {
  const char* text;
  const char* authors;  // "Family/Given; ...", or nullptr when nothing is read
  int year;
};

const ForeignCase kForeignCases[] = {
    // MLA: the year after the container.
    {"Sternberg, Robert J. \"A Triangular Theory of Love.\" Psychological Review, vol. 93, no. 2, "
     "1986, pp. 119-135.",
     "Sternberg/Robert J", 1986},
    // Chicago author-date: the year after the authors.
    {"Kiecolt-Glaser, Janice K., and Tamara L. Newton. 2001. \"Marriage and Health.\" "
     "Psychological Bulletin 127 (4): 472-503.",
     "Kiecolt-Glaser/Janice K.; Newton/Tamara L.", 2001},
    // Chicago notes and bibliography: the year after the publisher.
    {"Cacioppo, John T., and William Patrick. Loneliness. New York: W. W. Norton, 2008.",
     "Cacioppo/John T.; Patrick/William", 2008},
    // Harvard with the year after the names, set off by commas.
    {"Pinquart M and Sorensen S, 2006, Gender differences in caregiver stressors, Journal of "
     "Gerontology 61(1) P33-P45.",
     "Pinquart/M.; Sorensen/S.", 2006},
    {"Kohut H, 1971, The analysis of the self, International Universities Press, New York.",
     "Kohut/H.", 1971},
    // AGPS Harvard: each family name, a comma and initials, then the year.
    {"Wiseman, R, Watt, C & Kornbrot, DE 2019, 'Registered reports', PeerJ, vol. 7, e6232.",
     "Wiseman/R.; Watt/C.; Kornbrot/D. E.", 2019},
    {"Wiseman, R. and Watt, C. 2019, Registered reports, PeerJ.", "Wiseman/R.; Watt/C.", 2019},
    {"Wiseman, Richard 2019, Registered reports, PeerJ.", nullptr, 0},
    // Australian Harvard: a group's name, its year and no comma between.
    {"Productivity Commission 2020, Mental health, Report no. 95, Canberra.",
     "Productivity Commission", 2020},
    {"Mental Health 2020, Title, Publisher.", nullptr, 0},
    {"Department of Health, 2008. Code of practice: Mental Health Act 1983. London: TSO.",
     "Department of Health", 2008},
    {"Statistics South Africa. 2019. General Household Survey 2018. Statistical release P0318. "
     "Pretoria: Statistics South Africa.",
     "Statistics South Africa", 2019},
    // Vancouver and AMA, as PubMed writes them; Wikipedia's Vancouver names.
    {"Robles TF, Slatcher RB, McGinn MM. Marital quality and health. Psychol Bull. "
     "2014;140(1):140-187.",
     "Robles/T. F.; Slatcher/R. B.; McGinn/M. M.", 2014},
    {"Costa PT Jr, McCrae RR (August 2001). \"Gender differences\". Journal. 81 (2): 322.",
     "Costa/P. T.; McCrae/R. R.", 2001},
    // A title in quotation marks after two Vancouver names, not MLA's
    // "Family, Given." of one person.
    {"Etheridge J, Slade P. \"Nothing's actually happened to me.\": the experiences of fathers. "
     "BMC Pregnancy Childbirth. 2017;17(1):80.",
     "Etheridge/J.; Slade/P.", 2017},
    // The ACM's: names in direct order, then the year as a sentence.
    {"Nicole A. Beres, Julian Frommel, and Madison Klarkowski. 2021. Don't You Know That You're "
     "Toxic. In Proceedings of CHI '21. ACM, New York, NY, USA.",
     "Beres/Nicole A.; Frommel/Julian; Klarkowski/Madison", 2021},
    // IEEE: names in direct order up to the quoted title.
    {"J. A. Coan, H. S. Schaefer, and R. J. Davidson, \"Lending a hand,\" Psychol. Sci., vol. 17, "
     "Dec. 2006.",
     "Coan/J. A.; Schaefer/H. S.; Davidson/R. J.", 2006},
    // Not references: APA with its date missing, notes, a bare link, no year.
    {"Gross, J. J. Emotion regulation. Review of General Psychology, 2(3), 271-299.", nullptr, 0},
    {"see ref list from last draft - ask Sam", nullptr, 0},
    {"https://doi.org/10.1037/0033-2909.98.2.310", nullptr, 0},
    {"Sternberg, Robert J. \"A Triangular Theory of Love.\" Psychological Review.", nullptr, 0},
};

std::string describe(const ForeignReading& reading) {
  std::string out;
  for (const PersonName& name : reading.authors) {
    out += (out.empty() ? "" : "; ") +
           (name.literal.empty() ? name.family + "/" + name.given : name.literal);
  }
  return out;
}

TEST(ForeignReference, ReadsAuthorsAndYear) {
  for (const ForeignCase& c : kForeignCases) {
    const std::optional<ForeignReading> reading = read_foreign_reference(c.text);
    if (c.authors == nullptr) {
      EXPECT_FALSE(reading.has_value()) << c.text;
      continue;
    }
    ASSERT_TRUE(reading.has_value()) << c.text;
    EXPECT_EQ(describe(*reading), c.authors) << c.text;
    EXPECT_EQ(reading->year, c.year) << c.text;
  }
}

TEST(ForeignReference, LinearOnLongInput) {
  std::string text = "Gross, James J., and ";
  for (int i = 0; i < 50000; ++i) text += "Ann B. Smith and ";
  text += "Jo Lee. 2001.";
  EXPECT_TRUE(read_foreign_reference(text).has_value());
}

}  // namespace
}  // namespace mwp
