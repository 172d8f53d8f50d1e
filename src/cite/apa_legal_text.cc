#include "cite/apa_legal_text.h"

#include "cite/apa_fields.h"

namespace mwp {

std::string apa_legal_text(const Reference& r) {
  std::string text = r.title;
  const bool statute = r.type == ReferenceType::legislation;
  if (statute && r.number.starts_with("c. ") && !r.container_title.empty()) {
    // A Canadian act: its statutes' series and year before the chapter.
    text += ", " + r.container_title + " " + std::to_string(r.year) + ", " + r.number;
  } else if (!act_chapter_prefix(r.number).empty()) {
    text += ", " + r.number;
    if (!r.page.empty()) text += ", " + r.page;  // a section: "s. 76"
  } else if (statute && r.number.ends_with(" of " + std::to_string(r.year))) {
    text += " (No. " + r.number + ")";  // an Irish act: "(No. 25 of 2001)"
  } else if (statute && r.number.empty() && r.container_title.empty()) {
    // The act's name holds its year and jurisdiction.
  } else {
    if (!r.number.empty()) text += ", Pub. L. No. " + r.number;
    // "§§ 1681-1688": the sections' range in APA form, after their signs.
    const size_t number = r.page.find_first_of("0123456789");
    const std::string page = number == std::string::npos
                                 ? r.page
                                 : r.page.substr(0, number) + apa_page_range(r.page.substr(number));
    text += ", " + r.volume + " " + r.container_title + " " + page + " (" +
            (r.authority.empty() ? "" : r.authority + " ") + std::to_string(r.year) + ")";
  }
  return text;
}

}  // namespace mwp
