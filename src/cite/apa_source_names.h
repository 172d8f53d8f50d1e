// The names in an APA 7 reference's source element that tell its type: a
// publisher from a periodical, an organisation, a preprint server.
#pragma once

#include <string>
#include <string_view>

namespace mwp {

bool is_magazine_name(std::string_view name);
bool is_newspaper_name(std::string_view name);
// A government body, university, society or charity: "U.S. Department of Commerce".
bool is_organization_name(std::string_view name);
// "New York", "Thousand Oaks, CA", "London, England", "Singapore": one to
// four capitalised words, as APA 6 wrote a publisher's place.
bool is_place(std::string_view text);
// A body's name, whatever lower-case words follow its first three: "Royal
// Commission into Institutional Responses to Child Sexual Abuse", "Institut
// national de santé publique du Québec".
bool opens_as_body(std::string_view name);
bool is_preprint_server(std::string_view name);
// A description naming a kind of work APA 7 lists and mwp does not format:
// "Song", "Painting", "Interview", "PowerPoint slides".
bool names_unmodelled_type(std::string_view description);
// A kind of work a description names, which CSL keeps as its genre: "Fact
// sheet", "Press release", "Policy brief", a periodical's "Special issue".
bool is_report_kind(std::string_view description);
// A kind of report that is a document, not a page, however it is dated:
// "Statistical bulletin", "Policy brief", "White paper". ("Fact sheet" and
// "Press release" are also published as a site's pages.)
bool is_document_kind(std::string_view description);
// A reference work whose entries are cited: "Wikipedia", "The Stanford
// encyclopedia of philosophy", "Encyclopaedia Britannica".
bool is_reference_work_name(std::string_view name);
// A social media platform, where a post, photograph or video is a post:
// "X", "Twitter", "Instagram", "Facebook", "TikTok".
bool is_social_platform(std::string_view name);
// Whether the host of `url` holds `family`, a person's family name of four
// letters or more, in its letters: "www.paulgraham.com" for "Graham". Such a
// site is the person's own, which APA 7 does not name again.
bool is_own_site(std::string_view url, std::string_view family);
// A province or state spelled out, as a place between a town and its
// country: "Quebec", "Ontario", "New South Wales", "Victoria".
bool is_region_name(std::string_view name);
// A site named by its address: "HealthyChildren.org", "nhs.uk".
bool is_site_address(std::string_view name);
// A DOI a preprint server registers: "10.31234/osf.io/y38m9" (PsyArXiv),
// "10.1101/..." (bioRxiv, medRxiv), "10.2139/ssrn...." (SSRN).
bool is_preprint_doi(std::string_view doi);
// "Draft Mental Health Bill", "Inquiries Act 2013": a bill's or an act's
// name; not a body named for one ("Independent Review of the Mental Health
// Act 1983").
bool names_a_law(std::string_view name);
// A title that names a report: "... task force report", "Guidelines for ...".
bool is_report_title(std::string_view title);
bool is_publisher_name(std::string_view name);
bool is_periodical_name(std::string_view name);

// A publisher as APA 7 writes it: "New York, NY: Basic Books" -> "Basic Books".
std::string publisher_name(std::string_view written);

}  // namespace mwp
