// A published work, with the CSL-JSON fields APA 7 needs.
#pragma once

#include <string>
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
};

enum class ReferenceType { article_journal, book, chapter, report, webpage };

struct Reference {
  std::string id;  // citation key ("gross2003"); unique within a site
  ReferenceType type = ReferenceType::article_journal;
  std::vector<PersonName> authors;
  bool authors_truncated = false;  // APA "..." (more than 20 authors)
  std::vector<PersonName> editors;
  int year = 0;             // 0 when "n.d."
  std::string year_suffix;  // "a" in 2003a
  std::string title;
  std::string container_title;  // journal, book (for chapters), website
  std::string volume;
  std::string issue;
  std::string page;  // "348-362" as in CSL-JSON
  std::string edition;
  std::string publisher;
  std::string doi;  // bare: "10.1037/0022-3514.85.2.348"
  std::string url;

  // Where this entry was written: a line of an article's source list, or
  // 0 when it comes from the site bibliography.
  int source_line = 0;
};

}  // namespace mwp
