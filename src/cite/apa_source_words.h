// The small grammars of an APA 7 reference's source element: a periodical's
// volume, issue and pages; a title's details "(2nd ed., Vol. 2)" and
// description "[Doctoral dissertation, ...]".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/reference.h"

namespace mwp {

// After "Journal, ": "10(3), 190–203", "85, Article e0123", "12(Suppl. 1)",
// "A1, A4", APA 6's "Vol. 63, No. 2, pp. 221–233", and an issue with no
// volume, "(1), CD001848".
struct PeriodicalTail {
  std::string volume;
  std::string issue;
  std::string page;  // CSL form: "190-203"
  std::string article_number;
};
std::optional<PeriodicalTail> read_periodical_tail(std::string_view text);

// "[Doctoral dissertation, University of X]" -> thesis, "Doctoral
// dissertation", "University of X"; "[Paper presentation]" -> speech;
// "[Preprint]" -> preprint; "[Film]", "[Video]" -> motion_picture; "[Audio
// podcast episode]" -> broadcast; "[Tweet]", "[Photograph]" -> post (a
// photograph or video is a post only on a social platform: the caller
// decides); "[Data set]" -> dataset; "[Computer software]", "[Mobile app]"
// -> software. type is nullopt for other descriptions.
struct Description {
  std::optional<ReferenceType> type;
  std::string genre;
  std::string institution;
  bool unpublished = false;
};
Description read_description_text(std::string_view description);

enum class DetailKind {
  edition,
  volume,
  pages,
  number,
  version,
  editors,
  translators,
  editors_translators,
  unknown
};

struct DetailItem {
  DetailKind kind = DetailKind::unknown;
  std::string
      value;  // "2", "Rev.", "1-2", "190-203", "7", "4.3.1", the names, or the item as written
  std::string genre;  // of a number: "Report", "NIH Publication"
};

// The items of a details group: "2nd ed., Vol. 2, pp. 1–20" or
// "J. Strachey, Trans.; 2nd ed." or "NIH Publication No. 18-2424" or
// "Version 4.3.1".
std::vector<DetailItem> split_details(std::string_view details);

// Whether every item of a title's parenthesised group is a detail
// split_details() knows: "(CMNI-30)" after a title is part of it.
bool all_details(std::string_view details);

// "190–203", "190 - 203", "348--362" -> "190-203" (CSL-JSON form).
std::string csl_pages(std::string_view pages);

}  // namespace mwp
