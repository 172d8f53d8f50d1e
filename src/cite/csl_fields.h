// CSL-JSON's fields as mwp reads and writes them: text, names and dates.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/reference.h"

namespace mwp {

// A field as text: CSL-JSON allows numbers for volume, issue, page ... Empty
// when the field is missing or neither a string nor an integer.
std::string text_field(const nlohmann::json& item, const char* key);

// A name variable ("author", "editor", "director"): its names, skipping
// entries that are not objects or name no one.
std::vector<PersonName> names_field(const nlohmann::json& item, const char* key);
nlohmann::json names_json(const std::vector<PersonName>& names);

struct DateParts {
  int year = 0;
  int month = 0;
  std::string day;    // "4", or a range "27-30"
  int end_month = 0;  // of a range across months
  int year_end = 0;   // of a range of years: [[1969], [1980]]
};

// A CSL date: date-parts (year, month, day; a second part is the end of a
// range), or the first four digits of raw/literal.
DateParts date_field(const nlohmann::json& item, const char* key);
nlohmann::json date_json(int year, int month, const std::string& day, int end_month = 0);

}  // namespace mwp
