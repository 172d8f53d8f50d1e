// The diagnostics of the evidence check for one article. Each names the
// citation or entry it is about; when it concerns a research source, a note
// at that source's line follows it; a suggestion that can be applied comes
// with a Fix that the tests apply and check again.
#pragma once

#include <string>
#include <vector>

#include "cite/citation_mention.h"
#include "diag/diagnostic.h"
#include "model/reference.h"

namespace mwp {

// Where something was written in the article: line and column, and the
// Markdown there.
struct WrittenAt {
  int line = 0;
  int column = 0;
  std::string written;
};

class CitationReport {
 public:
  // `references` and `lines` (the line each reference was written on, 0 for
  // one from the bibliography) grow as the article is read; both must outlive
  // the report.
  CitationReport(std::string path, const std::vector<Reference>& references,
                 const std::vector<int>& lines, Diagnostics& diagnostics)
      : path_(std::move(path)), references_(references), lines_(lines), out_(diagnostics) {}

  // A dated citation that matches no work: an error, with the likely
  // intended work (a misspelt author, `nearest`) as a note and a fix;
  // `reordered` when it names that work's authors in another order.
  void unmatched(const CitationMention& mention, const WrittenAt& at,
                 const std::vector<size_t>& nearest, bool reordered = false);

  // The authors are in the list, but no work of theirs has this date.
  void year_mismatch(const CitationMention& mention, const WrittenAt& at,
                     const std::vector<size_t>& works);

  // A date later than next year: "Johnson (2103)".
  void impossible_year(const CitationMention& mention, const WrittenAt& at,
                       const std::vector<size_t>& works);

  // "et al." or "and colleagues" for a work with one or two authors.
  void et_al_misused(const CitationMention& mention, const WrittenAt& at, size_t work);

  // Several works match and nothing around the citation settles which.
  void ambiguous(const CitationMention& mention, const WrittenAt& at,
                 const std::vector<size_t>& works);

  // A work's author and year in a sentence, in a form no citation was read
  // from ("Bushman's team reported in 2002"): a warning, and a note at the
  // work's line. With the author's name `misspelt` ("Fillingham ... 2009"
  // for Fillingim), an error: the work is not in the list as written.
  void unread(const WrittenAt& at, size_t work, bool misspelt);

  void unknown_key(const WrittenAt& at, const std::string& key);
  void duplicate(const WrittenAt& at, const Reference& repeated, size_t first);
  void uncited(size_t work, int column);

 private:
  void add(Severity severity, const WrittenAt& at, const char* code, std::string message,
           std::string suggestion, std::optional<Fix> fix = std::nullopt);
  // A note at the line of `work`, which the diagnostic just added concerns.
  void note(size_t work, const char* code);
  std::string listed_works(const std::vector<size_t>& works) const;
  std::optional<Fix> single_date_fix(const CitationMention& mention, const WrittenAt& at,
                                     const std::vector<size_t>& works,
                                     std::string& suggestion) const;

  std::string path_;
  const std::vector<Reference>& references_;
  const std::vector<int>& lines_;
  Diagnostics& out_;
};

// The date of a citation as APA writes it: "2003a", "n.d.", "in press",
// "1900/1953".
std::string cited_date(const CitationMention& mention);

}  // namespace mwp
