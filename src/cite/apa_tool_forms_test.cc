// Forms that citation generators, exports and PDFs leave in a reference,
// read without doubt (apa_tail.cc, apa_author_list.cc, pasted_text.cc).
#include <gtest/gtest.h>

#include <string>

#include "cite/cite_test_support.h"

namespace mwp {
namespace {

using testing_support::read_reference;

struct ToolCase {
  const char* input;
  ReferenceType type;
  const char*
      field;  // "doi", "site", "number", "title", "authors", "version", "publisher", "genre"
  const char* value;
};

const ToolCase kToolCases[] = {
    // Zotero's field code, braces inside it, before the first entry.
    {"{ ADDIN ZOTERO_BIBL {\"uncited\":[],\"omitted\":[],\"custom\":[]} CSL_BIBLIOGRAPHY "
     "}Baumeister, R. F., & Leary, M. R. (1995). The need to belong. *Psychological Bulletin*, "
     "*117*(3), 497\u2013529.",
     ReferenceType::article_journal, "authors", "Baumeister|Leary"},
    // A superscript reference number a PDF ran into the first name.
    {"12Hawton, K., & O'Connor, R. C. (2012). Self-harm and suicide in adolescents. *The "
     "Lancet*, *379*(9834), 2373\u20132382.",
     ReferenceType::article_journal, "authors", "Hawton|O'Connor"},
    // Two bodies joined by "&" without APA's comma.
    {"Public Health England & Department for Education. (2021). *Promoting children and young "
     "people's mental health*. https://www.gov.uk/x",
     ReferenceType::report, "authors", "Public Health England|Department for Education"},
    // A URL's underscore is no italics.
    {"TED. (2012, October 1). *Your body language may shape who you are* [Video]. YouTube. "
     "https://www.youtube.com/watch?v=Ks-_Mh1QhMc",
     ReferenceType::motion_picture, "url", "https://www.youtube.com/watch?v=Ks-_Mh1QhMc"},
    // A range of ages closing a title; a document's kind before its number.
    {"Herbenick, D. (2010). Sexual behavior in men and women ages 14-94. *The Journal of Sexual "
     "Medicine*, *7*(Suppl. 5), 255\u2013265.",
     ReferenceType::article_journal, "authors", "Herbenick"},
    {"U.S. Department of Defense. (2013). *Mental health evaluations* (DoD Instruction 6490.04). "
     "https://www.esd.whs.mil/x.pdf",
     ReferenceType::report, "number", "DoD Instruction 6490.04"},
    // A company's name is no person's in direct order.
    {"Janssen Pharmaceuticals. (2019). *Spravato (esketamine) nasal spray* [Package insert]. "
     "https://www.accessdata.fda.gov/x.pdf",
     ReferenceType::report, "authors", "Janssen Pharmaceuticals"},
    // A body's name with a possessive is no person's in direct order.
    {"Women's Aid. (2023). *The domestic abuse report 2023*. Women's Aid.", ReferenceType::report,
     "authors", "Women's Aid"},
    {"Tversky, A., & Kahneman, D. (1974). Judgment under uncertainty. Science, 185(4157), "
     "1124\u20131131. doi:https://doi.org/10.1126/science.185.4157.1124.",
     ReferenceType::article_journal, "doi", "10.1126/science.185.4157.1124"},
    {"World Health Organization. (n.d.). Depressive disorder (depression). Retrieved March 4, "
     "2024, from World Health Organization: https://www.who.int/news-room/fact-sheets/detail/x",
     ReferenceType::webpage, "site", "World Health Organization"},
    {"Mayo Clinic (2024). Anxiety disorders - Symptoms and causes. [online] Mayo Clinic. "
     "Available at: https://www.mayoclinic.org/x [Accessed 4 Mar. 2024].",
     ReferenceType::webpage, "site", "Mayo Clinic"},
    {"American Academy of Pediatrics (no date) \u2018Temper Tantrums\u2019, HealthyChildren.org. "
     "Available at: https://www.healthychildren.org/x (Accessed: 4 March 2024).",
     ReferenceType::webpage, "site", "HealthyChildren.org"},
    {"Devlin, J., Chang, M. W., Lee, K., & Toutanova, K. (2018). Bert: Pre-training of deep "
     "bidirectional transformers. arXiv preprint arXiv:1810.04805.",
     ReferenceType::preprint, "number", "arXiv:1810.04805"},
    {"OpenAI. (2023). *ChatGPT* (Mar 14 version) [Large language model]. "
     "https://chat.openai.com/chat",
     ReferenceType::software, "version", "Mar 14 version"},
    {"*Berger, J. M., & Levant, R. (2005). Impact of gender role conflict. Psychology of Men & "
     "Masculinity, 6(1), 73\u201378.",
     ReferenceType::article_journal, "authors", "Berger|Levant"},
    {"McKinsey & Company, & LeanIn.Org. (2022). *Women in the workplace 2022*. "
     "https://wiw-report.s3.amazonaws.com/x.pdf",
     ReferenceType::report, "authors", "McKinsey & Company|LeanIn.Org"},
    {"Darwin, C. (1965). *The expression of the emotions in man and animals*. University of "
     "Chicago Press. (Original work published 1872).",
     ReferenceType::book, "title", "The expression of the emotions in man and animals"},
    {"Dlamini, S. S. (2019). *Student support services* [Master's dissertation, University of "
     "KwaZulu-Natal]. ResearchSpace.",
     ReferenceType::thesis, "publisher", "University of KwaZulu-Natal"},
    {"Reardon, C. L., & Hainline, B. (2019). Mental health in elite athletes: International "
     "Olympic Committee consensus statement (2019). *British Journal of Sports Medicine*, "
     "*53*(11), 667\u2013699.",
     ReferenceType::article_journal, "title",
     "Mental health in elite athletes: International Olympic Committee consensus statement "
     "(2019)"},
    {"European Commission. (2023). *A comprehensive approach to mental health* (COM(2023) 298 "
     "final). https://eur-lex.europa.eu/x",
     ReferenceType::report, "number", "COM(2023) 298 final"},
    // natbib's and biblatex's: a publisher's town after it, a volume, a
    // thesis, a report's number before its publisher.
    {"Kahneman, D. (2011). Thinking, Fast and Slow. Farrar, Straus and Giroux, New York.",
     ReferenceType::book, "publisher", "Farrar, Straus and Giroux"},
    {"James, W. (1890). The Principles of Psychology, volume 1. Henry Holt and Company, New "
     "York.",
     ReferenceType::book, "title", "The Principles of Psychology"},
    {"Duckworth, A. L. (2006). Intelligence is not enough. PhD thesis, University of "
     "Pennsylvania.",
     ReferenceType::thesis, "publisher", "University of Pennsylvania"},
    {"Lang, P. J. (2008). International affective picture system. Technical Report A-8, "
     "University of Florida, Gainesville, FL.",
     ReferenceType::report, "number", "Technical Report A-8"},
    // Harvard's editors, edition and a parliamentary paper's number; Wiley's links pasted on.
    {"McCormack, B. and McCance, T. (eds) (2017) Person-centred practice in nursing. 2nd edn. "
     "Chichester: Wiley Blackwell.",
     ReferenceType::book, "publisher", "Wiley Blackwell"},
    {"Francis, R. (2013) Report of the Mid Staffordshire NHS Foundation Trust Public Inquiry. HC "
     "947. London: The Stationery Office.",
     ReferenceType::report, "number", "HC 947"},
    {"Gross, J. J. (1998). The emerging field of emotion regulation. Review of General "
     "Psychology, 2, 271\u2013299. 10.1037/1089-2680.2.3.271 Web of Science\u00aeGoogle Scholar",
     ReferenceType::article_journal, "doi", "10.1037/1089-2680.2.3.271"},
    // Groups: a body's name with lower-case words, "World Bank", "UN Women"; a Reddit user.
    {"Royal Commission into Institutional Responses to Child Sexual Abuse. (2017). *Final "
     "report: Preface and executive summary*. Commonwealth of Australia.",
     ReferenceType::report, "publisher", "Commonwealth of Australia"},
    {"World Bank. (2015). *World development report 2015: Mind, society, and behavior*. "
     "https://doi.org/10.1596/978-1-4648-0342-0",
     ReferenceType::report, "authors", "World Bank"},
    {"UN Women & United Nations Department of Economic and Social Affairs. (2023). *Progress on "
     "the Sustainable Development Goals*. https://www.unwomen.org/x",
     ReferenceType::report, "authors",
     "UN Women|United Nations Department of Economic and Social Affairs"},
    {"National Aeronautics and Space Administration [nasa]. (2018, September 12). I\u2019m NASA "
     "astronaut Scott Tingle. Ask me anything [Online forum post]. Reddit. "
     "https://www.reddit.com/r/IAmA/x",
     ReferenceType::post, "site", "Reddit"},
    {"Adeyemi, F. (2023, October 12). *Recognising the deteriorating patient* [PowerPoint "
     "slides]. School of Health and Social Work, University of Hertfordshire.",
     ReferenceType::speech, "publisher",
     "School of Health and Social Work, University of "
     "Hertfordshire"},
    {"IBM Corp. (2021). IBM SPSS Statistics for Windows (Version 28.0) [Computer software]. "
     "Armonk, NY: IBM Corp.",
     ReferenceType::software, "publisher", "IBM Corp."},
    // EndNote's doubled resolver; a body before a year without parentheses;
    // groups listed, the last by its abbreviation; a report's number in
    // sentence case; a bill standing first; a report's description.
    {"Hofmann, S. G., & Oh, D. (2010). The effect of mindfulness. *Journal of Consulting and "
     "Clinical Psychology*, *78*(2), 169\u2013183. "
     "https://doi.org/https://doi.org/10.1037/a0018555",
     ReferenceType::article_journal, "doi", "10.1037/a0018555"},
    {"Ministry of Health. 2012. Guidelines to the Mental Health (Compulsory Assessment and "
     "Treatment) Act 1992. Wellington: Ministry of Health.",
     ReferenceType::report, "authors", "Ministry of Health"},
    {"Scottish Government, & Convention of Scottish Local Authorities (COSLA). (2022). *Creating "
     "hope together: Scotland's suicide prevention strategy 2022\u20132032*.",
     ReferenceType::report, "authors",
     "Scottish Government|Convention of Scottish Local Authorities"},
    {"National Institute for Health and Care Excellence. (2023). Digitally enabled therapies for "
     "adults with depression: Early value assessment (Health technology evaluation HTE8). "
     "https://www.nice.org.uk/guidance/hte8",
     ReferenceType::report, "number", "Health technology evaluation HTE8"},
    {"Draft Mental Health Bill. (2022, June 28). Hansard. https://hansard.parliament.uk/x",
     ReferenceType::webpage, "title", "Draft Mental Health Bill"},
    {"Division of Clinical Psychology. (2013). *Classification of behaviour and experience* "
     "[Position statement]. British Psychological Society.",
     ReferenceType::report, "genre", "Position statement"},
    // Government and charity documents: a series' number with the agency's
    // small words, a number with a slash, a site named by its address, a
    // page's kind, a data set dated in its title, a lecture's recording.
    {"Langan, P. A., & Levin, D. J. (2002). Recidivism of prisoners released in 1994 (Bureau of "
     "Justice Statistics Special Report NCJ 193427). Washington, DC: U.S. Department of Justice.",
     ReferenceType::report, "number", "Bureau of Justice Statistics Special Report NCJ 193427"},
    {"Mirrlees-Black, C. (1999). Domestic violence (Home Office Research Study 191). London: Home "
     "Office.",
     ReferenceType::report, "number", "Home Office Research Study 191"},
    {"Royal College of Psychiatrists. (2010). *No health without public mental health* (Position "
     "Statement PS4/2010). Royal College of Psychiatrists.",
     ReferenceType::report, "number", "Position Statement PS4/2010"},
    {"HM Prison and Probation Service. (n.d.). *Offending behaviour programmes*. GOV.UK. "
     "https://www.gov.uk/guidance/x",
     ReferenceType::webpage, "site", "GOV.UK"},
    {"National Institute for Health and Care Excellence. (n.d.). *Insomnia* [Clinical Knowledge "
     "Summary]. Retrieved March 4, 2024, from https://cks.nice.org.uk/topics/insomnia/",
     ReferenceType::webpage, "genre", "Clinical Knowledge Summary"},
    {"NHS Digital. (2016). *Adult Psychiatric Morbidity Survey: Survey of mental health and "
     "wellbeing, England, 2014* [Data set]. https://digital.nhs.uk/x",
     ReferenceType::dataset, "genre", "Data set"},
    {"Bloom, P. (2007). *Introduction to psychology* [Lecture recording]. Open Yale Courses. "
     "https://oyc.yale.edu/psychology/psyc-110",
     ReferenceType::motion_picture, "genre", "Lecture recording"},
    {"George, C., Kaplan, N., & Main, M. (1985). *Adult Attachment Interview* [Unpublished "
     "manuscript]. Department of Psychology, University of California, Berkeley.",
     ReferenceType::preprint, "publisher",
     "Department of Psychology, University of California, Berkeley"},
    // A link on the whole entry, as a page's list links each.
    {"[Gross, J. J. (1998). The emerging field of emotion regulation. *Review of General "
     "Psychology*, *2*(3), 271\u2013299.](https://doi.org/10.1037/1089-2680.2.3.271)",
     ReferenceType::article_journal, "doi", "10.1037/1089-2680.2.3.271"},
};

std::string field_of(const Reference& r, std::string_view field) {
  if (field == "doi") return r.doi;
  if (field == "site") return r.container_title.empty() ? r.publisher : r.container_title;
  if (field == "number") return r.number;
  if (field == "url") return r.url;
  if (field == "title") return r.title;
  if (field == "version") return r.version;
  if (field == "publisher") return r.publisher;
  if (field == "genre") return r.genre;
  std::string names;
  for (const PersonName& name : r.authors) {
    names += (names.empty() ? "" : "|") + (name.literal.empty() ? name.family : name.literal);
  }
  return names;
}

TEST(ApaToolForms, ReadsWhatToolsWriteWithoutDoubt) {
  for (const ToolCase& c : kToolCases) {
    const auto [reference, said] = read_reference(c.input);
    EXPECT_EQ(said, "") << c.input;
    EXPECT_EQ(reference.type, c.type) << c.input;
    EXPECT_EQ(field_of(reference, c.field), c.value) << c.input;
  }
}

TEST(ApaToolForms, DoubtsWhatTheyGarble) {
  const std::pair<const char*, const char*> cases[] = {
      {"DEPRESSION. (n.d.). NHS. Retrieved March 4, 2024, from https://www.nhs.uk/x",
       "in capitals"},
      {"Joyce, M, Daly, C, Corcoran, P (2020). National Self-Harm Registry Ireland annual "
       "report 2019. Cork: National Suicide Research Foundation.",
       "without their periods"},
      {"Dr Laura Markham (2012) Peaceful parent, happy kids. Perigee.", "not a name"},
      {"Royal College of Physicians (2017) National Early Warning Score: Standardising the "
       "assessment of acute-illness severity in the NHS. Updated report of a working party. "
       "London: RCP.",
       "second sentence"},
      {"Barrett, L. F., & RUSSELL, J. A. (Eds.). (2015). The psychological construction of "
       "emotion. The Guilford Press.",
       "in capitals"},
      {"Gross, J. J., & Thompson, R. A. (2007). Emotion regulation. In Gross, J. J., editor, "
       "Handbook of Emotion Regulation, pages 3\u201324. Guilford Press, New York, NY.",
       "another style's form"},
      {"Okonkwo, C. (2023) Week 4: Safeguarding adults [Lecture], NUR4002. University of "
       "Hertfordshire. 9 October.",
       "9 October"},
      {"Richtel, M. (2022). \u2018It\u2019s life or death\u2019. The New York Times. [online] 23 "
       "Apr. Available at: https://www.nytimes.com/x",
       "23 Apr"},
      {"Engel (1977) Science 196:129\u2013136", "volume and pages"},
      {"Association, A. P. (2020). *Publication manual of the American Psychological Association* "
       "(7th ed.). American Psychological Association.",
       "a body's name"},
      {"NHS inform. (n.d.). Panic disorder. Retrieved March 4, 2024, from "
       "https://www.nhsinform.scot/x",
       "a body's name or a title"},
      {"Maccoby, E. E., & Martin, J. A. (1983). Socialization in the context of the family. In P. "
       "H. "
       "Mussen (Series Ed.) & E. M. Hetherington (Vol. Ed.), Handbook of child psychology: Vol. 4. "
       "Socialization (4th ed., pp. 1\u2013101). Wiley.",
       "editors' roles"},
      {"Johnstone, L., & Boyle, M., with Cromby, J., & Read, J. (2018). *The Power Threat Meaning "
       "Framework*. British Psychological Society.",
       "after \"with\""},
      {"HOME OFFICE. (2022). Tackling domestic abuse plan (CP 639). HM Government.", "in capitals"},
      {"El-Islam, M F. (2008). Arab culture and mental health care. Transcultural Psychiatry, "
       "45(4), 671\u2013682.",
       "without their periods"},
      {"World Health Organization. (2021). Suicide worldwide in 2019: Global health estimates. "
       "Geneva: World Health Organization. ISBN 978-92-4-002664-3.",
       "ISBN"},
      {"Hazel Rose Markus and Shinobu Kitayama (1991). Culture and the self. Psychological "
       "Review, 98(2), 224\u2013253.",
       "in direct order"},
      {"Nock, M. K. (2010). Self-injury. Annual Review of Clinical NOCK 352 Psychology, 6, "
       "339\u2013363.",
       "page number"},
      {"Stone, P. (2007). Opting out? Why women really quit careers and head home, University of "
       "California Press.",
       "reads as a sentence"},
      {"Kessler, R. C. (2005). Lifetime prevalence of {DSM-IV} disorders. *Archives of General "
       "Psychiatry*, *62*(6), 593\u2013602.",
       "braces"},
      {"Kessler, R. C. (2005). Lifetime prevalence. *Archives of General Psychiatry*, (6), "
       "593\u2013602.",
       "holds a volume or issue"},
  };
  for (const auto& [input, mentioned] : cases) {
    EXPECT_NE(read_reference(input).said.find(mentioned), std::string::npos) << input;
  }
}

}  // namespace
}  // namespace mwp
