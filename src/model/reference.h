// A published work, with the CSL-JSON fields APA 7 needs.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace mwp {

// One CSL name. `literal` is set for organisations ("American Psychological
// Association") and then family/given are empty.
struct PersonName {
  std::string family;                 // "Hoeksema", "Waal"
  std::string given;                  // "J. J." or "James J."
  std::string non_dropping_particle;  // "de" in "de Waal", "van" ...
  std::string suffix;                 // "Jr."
  std::string literal;
  std::string role;  // what this creator did, when each has a role: "Writer", "Director"
};

// A person by family and given names: person_name("Gross", "J. J.").
inline PersonName person_name(std::string family, std::string given) {
  PersonName name;
  name.family = std::move(family);
  name.given = std::move(given);
  return name;
}

// A group, or any name kept whole: group_name("World Health Organization").
inline PersonName group_name(std::string literal) {
  PersonName name;
  name.literal = std::move(literal);
  return name;
}

// The CSL types of APA 7 references; see csl_type_name() for their CSL names.
enum class ReferenceType {
  article_journal,
  article_magazine,
  article_newspaper,
  book,
  chapter,
  report,
  thesis,
  paper_conference,  // a paper in published proceedings
  speech,            // a paper or poster presentation
  webpage,
  preprint,            // CSL "article"
  entry_dictionary,    // an entry "In *APA dictionary of psychology*"
  entry_encyclopedia,  // an entry "In *Wikipedia*", "In E. N. Zalta (Ed.), *The Stanford ...*"
  motion_picture,      // "[Film]", "[Video]"
  broadcast,           // "[Audio podcast episode]", "[TV series episode]"
  post,                // a social media post: "[Tweet]", "[Status update]"
  dataset,             // "[Data set]"
  software,            // "[Computer software]", "[Mobile app]"
  legislation,  // "Mental Health Act 1983, c. 20.", "..., Pub. L. No. 110-343, 122 Stat. 3881
                // (2008)."
  legal_case,   // "Tarasoff v. Regents ..., 17 Cal. 3d 425 (1976)."
};

// A retraction notice, as APA 7 writes it after a retracted article's DOI:
// "(Retraction published 2012, *Journal*, *38*[10], 1378)".
struct Retraction {
  int year = 0;  // 0: no notice
  std::string container_title;
  std::string volume;  // a TV episode's season
  std::string issue;
  std::string page;
};

// A periodical's article: a journal's, a magazine's or a newspaper's.
inline bool is_periodical_article(ReferenceType type) {
  return type == ReferenceType::article_journal || type == ReferenceType::article_magazine ||
         type == ReferenceType::article_newspaper;
}

// A kind of work APA 7 names in brackets after its title, kept as its genre:
// "[Film]", "[Audio podcast episode]", "[Tweet]", "[Data set]", "[Computer software]".
inline bool is_media(ReferenceType type) {
  return type == ReferenceType::motion_picture || type == ReferenceType::broadcast ||
         type == ReferenceType::post || type == ReferenceType::dataset ||
         type == ReferenceType::software;
}

struct Reference {
  std::string id;  // citation key ("gross2003"); unique within a site
  ReferenceType type = ReferenceType::article_journal;
  std::vector<PersonName> authors;
  std::string author_role;    // what the creators did: "Host", "Directors", "Writer & Director"
  std::string author_handle;  // a social media author's: "@MindCharity" of "Mind [@MindCharity]"
  bool authors_truncated = false;  // APA "..." (more than 20 authors)
  std::vector<PersonName> editors;
  std::string editor_role;  // a series' producers in place of editors: "Executive Producers"
  std::vector<PersonName> translators;
  int year = 0;                 // 0 when "n.d." or in press
  bool in_press = false;        // "(in press)"
  bool advance_online = false;  // "Advance online publication": no volume yet
  bool unpublished = false;     // "[Unpublished doctoral dissertation]"
  bool preprint_label = false;  // "[Preprint]" written after a preprint's title
  std::string year_suffix;      // "a" in 2003a
  int month = 0;                // of a full date: "(2019, March 4)"
  std::string day;              // "4", or a range "27-30"
  int end_month = 0;            // of a range across months: 4 for "March 30–April 2" (day "30-2")
  int original_year = 0;        // a reprint's original date: "(Original work published 1900)"
  bool ongoing = false;         // a series still running: "(2019–present)"
  int year_end = 0;             // the last year of a work published over years: "(1969–1980)"
  std::string title;
  std::string container_title;  // journal, book (for chapters), website
  std::string volume;
  std::string issue;
  std::string page;            // "348-362" as in CSL-JSON
  std::string article_number;  // "e0123" of "Article e0123"
  std::string edition;         // "2" of "(2nd ed.)", "Rev." of "(Rev. ed.)"
  std::string version;  // software's: "4.3.1" of "(Version 4.3.1)", or "R package version 2.3.9"
  std::string number;   // a report's: "7" of "(Report No. 7)"; an episode's: "443" of "(No. 443)"
  std::string genre;    // "Report", "Doctoral dissertation", "Paper presentation", "Film", "Tweet"
  std::string description;  // another bracketed description: "Editorial", "Review of the book ..."
  std::string publisher;    // a thesis's university, a preprint's repository
  std::string archive;      // a thesis's database
  std::string authority;    // a court case's court: "M.D. Ala." of "(M.D. Ala. 1971)"
  std::string event;        // a presentation's conference
  std::string event_place;
  std::string doi;  // bare: "10.1037/0022-3514.85.2.348"
  std::string url;
  std::string accessed;  // a retrieval date, ISO: "2021-03-04"
  Retraction retraction;

  // The entry exactly as written (Markdown), when it was not read with
  // confidence: it is published as written, never reformatted.
  std::string verbatim;

  // Where this entry was written: a line of an article's source list, or
  // 0 when it comes from the site bibliography.
  int source_line = 0;
};

}  // namespace mwp
