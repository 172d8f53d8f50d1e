#include "cite/citation_scanner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cite/name_citations.h"
#include "text_table.h"

namespace mwp {
namespace {

// "range text | Surname+Surname[ et al.] | year" per mention, joined by " ## ".
std::string describe(std::string_view text, const std::vector<CitationMention>& mentions) {
  std::string out;
  for (const CitationMention& m : mentions) {
    if (!out.empty()) out += " ## ";
    out += std::string(text.substr(m.begin, m.end - m.begin)) + " | ";
    if (!m.key.empty()) out += "@" + m.key;
    if (!m.title.empty()) out += "\"" + m.title + "\"";
    for (size_t i = 0; i < m.names.size(); ++i) out += (i > 0 ? "+" : "") + m.names[i].surname;
    if (m.et_al) out += " et al.";
    if (m.has_year) {
      out += " | ";
      if (m.original_year != 0) out += std::to_string(m.original_year) + "/";
      out += m.in_press ? std::string("in press")
                        : (m.year == 0 ? std::string("n.d.") : std::to_string(m.year));
      out += m.year_suffix;
      if (m.year_end != 0) out += "-" + std::to_string(m.year_end);
    }
    if (!m.abbreviation.empty()) out += " [" + m.abbreviation + "]";
    if (m.secondary) out += " (secondary)";
    if (m.strong) out += " !";
    if (m.named_year != 0) out += " (named " + std::to_string(m.named_year) + ")";
  }
  return out;
}

const testing::TextCase kDatedCases[] = {
    {"As Gross (1998) showed.", "Gross (1998) | Gross | 1998 !"},
    // As many names as tell two works apart (APA 7, 8.18), and initials that
    // tell two first authors apart (8.20).
    {"Cacioppo, Hawkley, et al. (2006) found.",
     "Cacioppo, Hawkley, et al. (2006) | Cacioppo+Hawkley et al. | 2006 !"},
    {"lonely (Cacioppo, Hughes, et al., 2006).",
     "Cacioppo, Hughes, et al., 2006 | Cacioppo+Hughes et al. | 2006 !"},
    {"grief (M. Stroebe & Schut, 2001).", "M. Stroebe & Schut, 2001 | Stroebe+Schut | 2001 !"},
    // A particle opening the name without given names; a surname that is also
    // a sentence's first word, joined to the next; an abbreviation defined
    // before the date.
    {"as de Jong Gierveld and van Tilburg (2006) do",
     "de Jong Gierveld and van Tilburg (2006) | de Jong Gierveld+van Tilburg | 2006 !"},
    {"Overall and McNulty (2017) note it.",
     "Overall and McNulty (2017) | Overall+McNulty | 2017 !"},
    {"Overall (2017) was a hard year.", ""},
    // A suffix after the surname; "and her team"; full names listed before
    // "and their co-workers"; an Irish surname's "Mac an".
    {"Glen H. Elder Jr. (1974) found.", "Glen H. Elder Jr. (1974) | Elder | 1974 !"},
    {"Postmus and her team (2012) found.", "Postmus and her team (2012) | Postmus et al. | 2012 !"},
    {"Rand Conger, Glen H. Elder Jr. and their co-workers (1990) followed.",
     "Rand Conger, Glen H. Elder Jr. and their co-workers (1990) | Conger+Elder et al. | 1990 !"},
    {"as Mac an Ghaill (1994) showed", "Mac an Ghaill (1994) | Mac an Ghaill | 1994 !"},
    {"learned (Mac an Ghaill, 1994).", "Mac an Ghaill, 1994 | Mac an Ghaill | 1994 !"},
    {"men (Department for Transport [DfT], 2023).",
     "Department for Transport [DfT], 2023 | Department for Transport | 2023 [DfT] !"},
    // A page after a colon, as European writers give it; "with colleagues";
    // a group's name with "in".
    {"as Unruh (1996: 150) put it", "Unruh (1996: 150) | Unruh | 1996"},
    {"June Tangney with colleagues (1992) found.",
     "Tangney with colleagues (1992) | Tangney et al. | 1992 !"},  // "June" is a month
    {"girls drop out (Women in Sport, 2022).", "Women in Sport, 2022 | Women in Sport | 2022 !"},
    // A reporting verb, or one after an adverb, makes a lone name a citation.
    {"Sandberg (2013) urged women to lean in.", "Sandberg (2013) | Sandberg | 2013 !"},
    {"Gross (1998) famously found it.", "Gross (1998) | Gross | 1998 !"},
    {"Sweden (1974) was the first.", "Sweden (1974) | Sweden | 1974"},
    {"The World Health Organization [WHO] (2022) now recommends it.",
     "World Health Organization [WHO] (2022) | Organization | 2022 [WHO] !"},
    // A title before each name.
    {"Work by Prof. Mario Mikulincer and Prof. Phillip Shaver (2016) shows it.",
     "Prof. Mario Mikulincer and Prof. Phillip Shaver (2016) | Mikulincer+Shaver | 2016 !"},
    {"The WHO Regional Office for Africa [WHO AFRO] (2022) now recommends it.",
     "Africa [WHO AFRO] (2022) | Africa | 2022 [WHO AFRO] !"},
    {"Gross and John (2003) found this.", "Gross and John (2003) | Gross+John | 2003 !"},
    {"In Gross and John's research (2003), suppressors",
     "Gross and John's research (2003) | Gross+John | 2003 !"},
    {"Levant et al. (2009) describe it.", "Levant et al. (2009) | Levant et al. | 2009 !"},
    {"Work by Ronald Levant and colleagues (2009) describes",
     "Ronald Levant and colleagues (2009) | Levant et al. | 2009 !"},
    {"such as those by Ann Kring and Albert Gordon (1998), find",
     "Ann Kring and Albert Gordon (1998) | Kring+Gordon | 1998 !"},
    {"Janet Hyde's gender similarities hypothesis (2005) shows",
     "Janet Hyde's gender similarities hypothesis (2005) | Hyde | 2005 !"},
    {"James Gross's work on emotion regulation (1998) distinguishes",
     "James Gross's work on emotion regulation (1998) | Gross | 1998 !"},
    {"this (Gross & John, 2003).", "Gross & John, 2003 | Gross+John | 2003 !"},
    {"overlap (Hyde, 2005; Levant et al., 2009).",
     "Hyde, 2005 | Hyde | 2005 ! ## Levant et al., 2009 | Levant et al. | 2009 !"},
    {"Yes, and Gross and John's research (2003) agrees.",
     "Gross and John's research (2003) | Gross+John | 2003 !"},
    {"Zell, Krizan, and Teeter (2015) pooled",
     "Zell, Krizan, and Teeter (2015) | Zell+Krizan+Teeter | 2015 !"},
    {"(Zell, Krizan, & Teeter, 2015)",
     "Zell, Krizan, & Teeter, 2015 | Zell+Krizan+Teeter | 2015 !"},
    {"Nolen-Hoeksema (2001) on rumination", "Nolen-Hoeksema (2001) | Nolen-Hoeksema | 2001"},
    {"as Frans de Waal (1996) argued", "Frans de Waal (1996) | de Waal | 1996 !"},
    {"(de Waal, 1996)", "de Waal, 1996 | de Waal | 1996 !"},
    {"Éluard and Müller (2010) agree", "Éluard and Müller (2010) | Éluard+Müller | 2010 !"},
    {"(e.g., Hyde, 2005, p. 581)", "Hyde, 2005 | Hyde | 2005 !"},
    {"Gross (1998, 2003a) argued", "Gross (1998 | Gross | 1998 ! ## 2003a | Gross | 2003a !"},
    {"Gross (1998, 2003a) in", "Gross (1998 | Gross | 1998 ## 2003a | Gross | 2003a"},
    {"Hyde (n.d.) notes", "Hyde (n.d.) | Hyde | n.d. !"},
    {"(American Psychological Association, 2019)",
     "American Psychological Association, 2019 | American Psychological Association | 2019 !"},
    {"(American Psychological Association [APA], 2020)",
     "American Psychological Association [APA], 2020 | American Psychological Association | "
     "2020 [APA] !"},
    {"(APA, 2020)", "APA, 2020 | APA | 2020 !"},
    {"the World Health Organization (WHO, 2019) reports",
     "World Health Organization (WHO, 2019 | World Health Organization | 2019 [WHO] !"},
    {"(Centers for Disease Control and Prevention, 2021)",
     "Centers for Disease Control and Prevention, 2021 | Centers for Disease Control and "
     "Prevention | 2021 !"},
    {"APA (2020) recommends", "APA (2020) | APA | 2020 !"},
    {"Smith (in press) argues", "Smith (in press) | Smith | in press !"},
    {"(Smith, in press-a)", "Smith, in press-a | Smith | in pressa !"},
    {"Bowlby (1969/1982) described", "Bowlby (1969/1982) | Bowlby | 1969/1982 !"},
    {"(Bowlby, 1969/1982)", "Bowlby, 1969/1982 | Bowlby | 1969/1982 !"},
    {"(Freud, 1923, as cited in Gross, 1998)",
     "Freud, 1923 | Freud | 1923 (secondary) ! ## Gross, 1998 | Gross | 1998 !"},
    // A page of the primary work before "as cited in".
    {"(Freud, 1923, p. 3, as cited in Gross, 1998)",
     "Freud, 1923 | Freud | 1923 (secondary) ! ## Gross, 1998 | Gross | 1998 !"},
    {"Freud (1923, as cited in Gross, 1998) wrote",
     "Freud (1923 | Freud | 1923 (secondary) ## Gross, 1998 | Gross | 1998 !"},
    // A group's name ending in an acronym before the abbreviation it defines;
    // a username with an underscore.
    {"(National Center for PTSD [NCPTSD], n.d.-a)",
     "National Center for PTSD [NCPTSD], n.d.-a | National Center for PTSD | n.d.a [NCPTSD] !"},
    {"(attachmentnerd_kay, 2023)", "attachmentnerd_kay, 2023 | attachmentnerd_kay | 2023 !"},
    // The Latin "apud" for "as cited in", with or without a comma before it.
    {"(Symons, 1979 apud Buss, 2000)",
     "Symons, 1979 | Symons | 1979 (secondary) ! ## Buss, 2000 | Buss | 2000 !"},
    {"(Symons, 1979, apud Buss, 2000)",
     "Symons, 1979 | Symons | 1979 (secondary) ! ## Buss, 2000 | Buss | 2000 !"},
    {"(Hyde, 2005, para. 3)", "Hyde, 2005 | Hyde | 2005 !"},
    {"(Hyde, 2005, Table 2)", "Hyde, 2005 | Hyde | 2005 !"},
    {"(for a review, see Hyde, 2005)", "Hyde, 2005 | Hyde | 2005 !"},
    {"Van Dongen et al. (2003) found", "Van Dongen et al. (2003) | Van Dongen et al. | 2003 !"},
    {"(van Dongen et al., 2003)", "van Dongen et al., 2003 | van Dongen et al. | 2003 !"},
    {"(van IJzendoorn, 1995)", "van IJzendoorn, 1995 | van IJzendoorn | 1995 !"},
    {"Luckily Gross (1998) found", "Gross (1998) | Gross | 1998 !"},
    {"Janet Hyde and Emily Durbin (2010) found",
     "Janet Hyde and Emily Durbin (2010) | Hyde+Durbin | 2010 !"},
    {"Yoo, et al (2007) showed", "Yoo, et al (2007) | Yoo et al. | 2007 !"},
    // Harvard's parenthetical form, without the comma; an acronym alone before
    // a year may name no author; a U.K. act's name is law_names.h's.
    {"as men do (Averill 1983; Kring & Gordon 1998, p. 4; Cox et al. 1999).",
     "Averill 1983 | Averill | 1983 ! ## Kring & Gordon 1998 | Kring+Gordon | 1998 ! ## "
     "Cox et al. 1999 | Cox et al. | 1999 !"},
    {"(Mind n.d.) and (Gross 1998b)", "Mind n.d. | Mind | n.d. ! ## Gross 1998b | Gross | 1998b !"},
    {"(COVID 2020)", "COVID 2020 | COVID | 2020"},
    // A citation with no parentheses after "see", "cf." or a colon, closing
    // its sentence; inside parentheses it is read once.
    {"See Evans, 1991, 2004.", "Evans, 1991 | Evans | 1991 ! ## 2004 | Evans | 2004 !"},
    {"risk compensation, cf. Wilde 1982.", "Wilde 1982 | Wilde | 1982 !"},
    {"are male: World Health Organization, 2018.",
     "World Health Organization, 2018 | World Health Organization | 2018 !"},
    {"(see Evans, 1991)", "Evans, 1991 | Evans | 1991 !"},
    {"See Table 2, 2010. The time: 10:30.", ""},
    {"in England (Domestic Abuse Act 2021).", ""},
    {"under the Regulations 2002 (SI 2002/2788), but", ""},
    {"Smith (2010; Jones, 2012) found",
     "Smith (2010 | Smith | 2010 ## Jones, 2012 | Jones | 2012 !"},
    {"see [@gross2003] and [@hyde2005; @levant2009, p. 3]. @kring1998 says.",
     "[@gross2003] | @gross2003 ! ## @hyde2005 | @hyde2005 ! ## @levant2009 | @levant2009 ! ## "
     "@kring1998 | @kring1998 !"},
    // "et al" without its period, as British writers leave it.
    {"overlap (Holt-Lunstad et al, 2015).",
     "Holt-Lunstad et al, 2015 | Holt-Lunstad et al. | 2015 !"},
    {"Curran et al (2019) found", "Curran et al (2019) | Curran et al. | 2019 !"},
    // A work with no author, cited by its title.
    {"It spread (\"Women's Sleep Has Been More Affected,\" 2020).",
     "\"Women's Sleep Has Been More Affected,\" 2020 | \"Women's Sleep Has Been More Affected\" | "
     "2020 !"},
    {"It spread (\xE2\x80\x9CSleep Study,\xE2\x80\x9D 2020; Hyde, 2005).",
     "\xE2\x80\x9CSleep Study,\xE2\x80\x9D 2020 | \"Sleep Study\" | 2020 ! ## Hyde, 2005 | Hyde | "
     "2005 !"},
    {"He said (\"not now\") and left (2020).", ""},
    // Not citations.
    {"write to team@example.org (2020)", ""},
    {"The study began in March (2019) and ended.", ""},
    {"The Great Recession hit hard in those years (2008).", ""},
    {"It rose (from 12% to 30%) in DSM (2013) terms.", "DSM (2013) | DSM | 2013"},
    // A range: life dates, or a multivolume work's years; only a reference
    // of that range makes it a citation (citation_resolver_test.cc).
    {"Sigmund Freud (1856–1939) founded", "Sigmund Freud (1856–1939) | Freud | 1856-1939"},
    {"John Bowlby (1907-1990) proposed", "John Bowlby (1907-1990) | Bowlby | 1907-1990 !"},
    {"three volumes (Bowlby 1969–1980).", "Bowlby 1969–1980 | Bowlby | 1969-1980 !"},
    {"the years (2001–2005) saw", ""},
    {"A trial (2010 participants) found", ""},
    {"Smith (2010 participants) found", ""},
    {"men (aged 35) and women (N = 1,500)", ""},
    {"the class of 2015 (2015) cohort", ""},
    {"Hyde (2005 and later) said", ""},
    {"a value (2003) alone", ""},
    {"In (2003) nothing", ""},
    {"as shown (see Table 2, 2003).", ""},
    {"Psychologist James Gross (1998) wrote", "Psychologist James Gross (1998) | Gross | 1998 !"},
    // Square brackets in place of parentheses; brackets with no date, and an
    // abbreviation's inside parentheses, stay as they are.
    {"samples, [Ellis et al., 2003] found", "Ellis et al., 2003 | Ellis et al. | 2003 !"},
    {"as Ellis [2003] found", "Ellis [2003] | Ellis | 2003 !"},
    {"the [Ellis et al.] team", ""},
    // A possessive name's co-author after "with".
    {"Gottman's book with Joan DeClaire (1997) turns",
     "Gottman's book with Joan DeClaire (1997) | Gottman+DeClaire | 1997 !"},
    {"He met with Joan DeClaire (1997) once", "Joan DeClaire (1997) | DeClaire | 1997"},
    // A place after "in" or "at" names no author when a possessive name does.
    {"Thomas Denson's group in Sydney (2011) showed",
     "Thomas Denson's group in Sydney (2011) | Denson | 2011 !"},
    {"as shown in Smith (2003)", "Smith (2003) | Smith | 2003"},
    // A degree after a name; Chicago's page, a bare number; a locator's
    // "p." after a year's letter.
    {"Edward Hallowell, MD, and John Ratey (1994) were",
     "Edward Hallowell, MD, and John Ratey (1994) | Hallowell+Ratey | 1994 !"},
    {"as John Ratey, MD (1994) wrote", "John Ratey, MD (1994) | Ratey | 1994 !"},
    {"criteria (Pope et al. 1997, 548).", "Pope et al. 1997 | Pope et al. | 1997 !"},
    {"three parts (Neff, 2003a, p. 85), and", "Neff, 2003a | Neff | 2003a !"},
    // The year before one name and a word for research; not strong.
    {"The 2002 Bushman study is the one", "2002 Bushman | Bushman | 2002"},
    {"in a 2015 Levant paper", "2015 Levant | Levant | 2015"},
    {"the 2016 Rio Olympics", ""},
    // A name and a word for the work after "the", before the years.
    {"The Kinsey reports (1948, 1953) changed minds",
     "Kinsey reports (1948 | Kinsey | 1948 ## 1953 | Kinsey | 1953"},
    {"Kinsey reports (1948) said", ""},
    {"a 2019 Pew Research Center survey", "2019 Pew Research Center | Pew Research Center | 2019"},
    {"a 2020 Office for National Statistics report",
     "2020 Office for National Statistics | Office for National Statistics | 2020"},
    {"a 2019 survey by the Mental Health Foundation",
     "2019 survey by the Mental Health Foundation | Mental Health Foundation | 2019"},
    {"a 2019 survey by the way", ""},
    {"the 2019 Office for study", ""},
    {"the 2002 Bushman and Baumeister study", ""},
    {"it [sic] said (Hyde, 2005).", "Hyde, 2005 | Hyde | 2005 !"},
    // "et al.'s"; an aside that opens with its own words and ends with a period.
    {"Greenberg et al.'s (2018) study", "Greenberg et al.'s (2018) | Greenberg et al. | 2018 !"},
    {"(My paraphrase of Johnson, 2008.)", "Johnson, 2008 | Johnson | 2008 !"},
    {"(Adapted from Gross, 1998)", "Gross, 1998 | Gross | 1998 !"},
    {"(Department of Health, 2016)", "Department of Health, 2016 | Department of Health | 2016 !"},
    // A group's name that opens with an acronym or "The", or is a web address.
    {"(NHS England, 2023)", "NHS England, 2023 | NHS England | 2023 !"},
    {"(McKinsey & Company & LeanIn.Org, 2022)",
     "McKinsey & Company & LeanIn.Org, 2022 | McKinsey+Company+LeanIn.Org | 2022 !"},
    {"(The Dance of Intimacy, 1989)", ""},
    // The group's abbreviation in parentheses before the year, with partners.
    {"The Indian Council of Medical Research (ICMR) and its partners (2017) showed",
     "ICMR) and its partners (2017) | ICMR et al. | 2017 !"},
};

TEST(CitationScanner, FindsDatedCitationForms) {
  testing::expect_each_row(
      kDatedCases, [](const char* text) { return describe(text, find_dated_citations(text)); });
}

const testing::TextCase kNameCases[] = {
    {"Pennebaker's research on expressive writing suggests", "Pennebaker | Pennebaker !"},
    {"as Levant's work describes", "Levant | Levant !"},
    {"But Gross and John's research suggests that", "Gross and John | Gross+John !"},
    {"Work by Ronald Levant and colleagues describes",
     "Ronald Levant and colleagues | Levant et al. !"},
    {"Levant frames this not as", "Levant | Levant"},
    {"Addis and Mahalik's framing of help-seeking", "Addis and Mahalik | Addis+Mahalik !"},
    {"on Hyde Park corner", ""},
    {"gross domestic product", ""},
    // A sentence's first word is a name only when research is reported.
    {"White lies are found out.", ""},
    {"It hurt. Young women say so.", ""},
    {"It hurt. Young argues so.", "Young | Young"},
    // A year after a possessive.
    {"Hyde's 2005 paper", "Hyde | Hyde ! (named 2005)"},
    // A year in the clause after the name.
    {"As Kristin Neff puts it in her 2011 book, it", "Kristin Neff | Neff (named 2011)"},
    {"Kristin Neff, writing with Christopher Germer in 2013, found",
     "Kristin Neff | Neff (named 2013)"},
    {"when Neff moved in 2013 to Texas", "Neff | Neff"},
    // A co-author written with an initial and a given name.
    {"Janet Hyde and K. Daniel Levant's 2004 meta-analysis",
     "Janet Hyde and K. Daniel Levant | Hyde+Levant ! (named 2004)"},
};

std::vector<CitationMention> names_in(std::string_view text,
                                      const std::vector<std::string>& surnames,
                                      const std::vector<CitationMention>& taken) {
  return find_name_citations(text, tokenize_prose(text), surnames, taken);
}

TEST(CitationScanner, FindsNamesOfCitedResearchers) {
  const std::vector<std::string> surnames = {"Pennebaker", "Levant", "Gross", "Addis",
                                             "Hyde",       "White",  "Young", "Neff"};
  testing::expect_each_row(
      kNameCases, [&](const char* text) { return describe(text, names_in(text, surnames, {})); });
}

TEST(CitationScanner, NameCitationsSkipDatedOnes) {
  const std::string text = "Gross and John (2003) found it; Gross's view";
  const auto dated = find_dated_citations(text);
  EXPECT_EQ(describe(text, names_in(text, {"Gross"}, dated)), "Gross | Gross !");
}

TEST(CitationScanner, TenThousandCitationsOnOneLineTakeLinearTime) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "Gross (1998) and (Hyde, 2005); ";
  const auto dated = find_dated_citations(text);
  EXPECT_EQ(dated.size(), 20000u);
  EXPECT_EQ(names_in(text, {"Gross", "Hyde"}, dated).size(), 0u);
}

}  // namespace
}  // namespace mwp
