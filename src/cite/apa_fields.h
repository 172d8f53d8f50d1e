// The APA 7 renderings of single reference fields: names, page ranges, DOIs.
// Shared by the reference-list formatter and the citation resolver.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/reference.h"

namespace mwp {

// Initials of a given name as APA writes them: "James J." -> "J. J.",
// "Anna-Maria" -> "A.-M.", "J.J." -> "J. J.". Empty for an empty name.
std::string apa_initials(std::string_view given);

// "Levant, R. F.", "de Waal, F. B. M.", "King, M. L., Jr.", or the literal.
std::string apa_inverted_name(const PersonName& name);

// "R. F. Levant", "F. B. M. de Waal" (editors inside a chapter entry).
std::string apa_given_first_name(const PersonName& name);

// The surname as cited in text: "Levant", "de Waal", or the literal.
std::string apa_short_name(const PersonName& name);

// An author list for a reference entry: "A, B, & C"; "A, & B" for two (APA
// keeps the comma); with more than 20 names or `truncated`, the first 19, an
// ellipsis and the last ("A1, ..., A19, … A21").
std::string apa_name_list(const std::vector<PersonName>& names, bool truncated);

// Editors in given-first form: "J. J. Gross", "J. J. Gross & A.-M. Smith",
// "E. Ed, F. Fd, & G. Gd".
std::string apa_name_list_given_first(const std::vector<PersonName>& names);

// A page range in APA form: hyphens become en dashes and abbreviated ends are
// expanded ("348-62" -> "348–362"); lists ("15, 18-9") are handled per item.
std::string apa_page_range(std::string_view pages);

// The last page of a range in full: "1124" and "31" give "1131". `last` as it
// is when it is not a shortened page ("1999" and "5" stay "5"). A page of
// a supplement or section keeps its letters: "S7" and "10" give "S10".
std::string full_last_page(std::string_view first, std::string_view last);

// A number that is a code, which APA 7 writes as it is, without "No.": a
// code with hyphens or slashes ("WHO/MSD/MER/2017.2", "MG-720-CCF"), a
// series' capitals before digits ("CG159", "CR231"), or a
// number ("23-315", "35531") or a series' code ("NG69", "[NG225]") after
// capitalised words that hold the agency's initials or name the kind of
// document ("NSF 23-315", "ICPSR 35531", "Special Report NSF 23-315", "NICE
// Guideline NG69", "Clinical Guideline CG159", "Innocenti Report Card 16",
// "NICE guideline [NG225]", "Table 13-10-0394-01"), an EU document's
// "COM(2023) 298 final", an arXiv identifier ("arXiv:1810.04805"), or after a series' short prefix
// ("Cm 9523"). The whole is the reference's number, with no genre: CSL's APA style writes a genre
// with "No.".
bool is_code_number(std::string_view number);

// The number a U.K. act's chapter has in its parliament's series: "c. 20"
// (Westminster), "asp 4" (Scottish Parliament), "anaw 1" (Senedd), "nia 2"
// (Northern Ireland Assembly). Its series' prefix, with its space, or empty.
std::string_view act_chapter_prefix(std::string_view number);

// "https://doi.org/" + doi for a bare DOI.
std::string apa_doi_url(std::string_view doi);

// An edition as APA writes it in parentheses: "2" -> "2nd ed."; other
// editions as written ("Rev. ed.", "5th ed., text rev."), as citeproc-js does.
std::string apa_edition_text(const std::string& edition);

}  // namespace mwp
