// The in-text citation of a reference in APA 7's form (apa_formatter.h):
// "Gross & John, 2003", "Levant et al., 2009", a title's first words.
#include <string>
#include <string_view>
#include <vector>

#include "cite/apa_fields.h"
#include "cite/apa_formatter.h"

namespace mwp {
namespace {

// A work with no author is cited by the first words of its title (APA 7,
// 8.14): up to a colon, and at most six words.
std::string short_title(std::string_view title) {
  title = title.substr(0, title.find(": "));
  size_t end = 0;
  for (int words = 0; words < 6 && end != std::string_view::npos; ++words) {
    end = title.find(' ', end == 0 ? 0 : end + 1);
  }
  return std::string(title.substr(0, end));
}

}  // namespace

std::string format_apa_citation_authors(const Reference& reference) {
  const std::vector<PersonName>& names =
      reference.authors.empty() ? reference.editors : reference.authors;
  if (names.empty()) return short_title(reference.title);
  if (names.size() == 1) return apa_short_name(names[0]);
  if (names.size() == 2) return apa_short_name(names[0]) + " & " + apa_short_name(names[1]);
  return apa_short_name(names[0]) + " et al.";
}

std::string format_apa_citation(const Reference& reference) {
  std::string out = format_apa_citation_authors(reference) + ", ";
  if (reference.in_press) {
    out += "in press";
  } else if (reference.year == 0) {
    out += "n.d.";
  } else {
    if (reference.original_year != 0) out += std::to_string(reference.original_year) + "/";
    out += std::to_string(reference.year);
  }
  if (!reference.year_suffix.empty()) {
    out += (reference.year == 0 ? "-" : "") + reference.year_suffix;
  }
  return out;
}

}  // namespace mwp
