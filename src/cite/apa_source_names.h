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
bool is_preprint_server(std::string_view name);
// A title that names a report: "... task force report", "Guidelines for ...".
bool is_report_title(std::string_view title);
bool is_publisher_name(std::string_view name);
bool is_periodical_name(std::string_view name);

// A publisher as APA 7 writes it: "New York, NY: Basic Books" -> "Basic Books".
std::string publisher_name(std::string_view written);

}  // namespace mwp
