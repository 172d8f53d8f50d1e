#include "cite/csl_fields.h"

#include <cstddef>

namespace mwp {

std::string text_field(const nlohmann::json& item, const char* key) {
  const auto it = item.find(key);
  if (it == item.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return {};
}

std::vector<PersonName> names_field(const nlohmann::json& item, const char* key) {
  std::vector<PersonName> names;
  const auto it = item.find(key);
  if (it == item.end() || !it->is_array()) return names;
  for (const nlohmann::json& entry : *it) {
    if (!entry.is_object()) continue;
    PersonName name;
    name.family = text_field(entry, "family");
    name.given = text_field(entry, "given");
    name.non_dropping_particle = text_field(entry, "non-dropping-particle");
    const std::string dropping = text_field(entry, "dropping-particle");
    if (name.non_dropping_particle.empty()) name.non_dropping_particle = dropping;
    name.suffix = text_field(entry, "suffix");
    name.literal = text_field(entry, "literal");
    if (name.literal.empty() && name.given.empty() && name.family.empty()) continue;
    names.push_back(std::move(name));
  }
  return names;
}

namespace {

int date_part(const nlohmann::json& part) {
  if (part.is_number_integer()) return part.get<int>();
  if (part.is_string()) {
    const std::string text = part.get<std::string>();
    if (!text.empty() && text.size() <= 4 &&
        text.find_first_not_of("0123456789") == std::string::npos) {
      return std::stoi(text);
    }
  }
  return 0;
}

}  // namespace

DateParts date_field(const nlohmann::json& item, const char* key) {
  DateParts date;
  const auto it = item.find(key);
  if (it == item.end() || !it->is_object()) return date;
  const auto parts = it->find("date-parts");
  if (parts != it->end() && parts->is_array() && !parts->empty() && (*parts)[0].is_array() &&
      !(*parts)[0].empty()) {
    const nlohmann::json& first = (*parts)[0];
    date.year = date_part(first[0]);
    if (first.size() > 1) date.month = date_part(first[1]);
    if (first.size() > 2 && date_part(first[2]) > 0) date.day = std::to_string(date_part(first[2]));
    if (parts->size() > 1 && (*parts)[1].is_array() && (*parts)[1].size() > 2 &&
        !date.day.empty()) {
      date.day += "-" + std::to_string(date_part((*parts)[1][2]));
      const int end_month = date_part((*parts)[1][1]);
      if (end_month != date.month) date.end_month = end_month;
    }
    if (parts->size() > 1 && (*parts)[1].is_array() && (*parts)[1].size() == 1 &&
        first.size() == 1 && date_part((*parts)[1][0]) > date.year) {
      date.year_end = date_part((*parts)[1][0]);  // a multivolume work's "1969–1980"
    }
    return date;
  }
  for (const char* form : {"raw", "literal"}) {
    const std::string text = text_field(*it, form);
    for (size_t i = 0; i + 4 <= text.size(); ++i) {
      if (text.substr(i, 4).find_first_not_of("0123456789") == std::string::npos) {
        date.year = std::stoi(text.substr(i, 4));
        return date;
      }
    }
  }
  return date;
}

nlohmann::json date_json(int year, int month, const std::string& day, int end_month) {
  nlohmann::json first = nlohmann::json::array({year});
  if (month > 0) first.push_back(month);
  const size_t dash = day.find('-');
  if (month > 0 && !day.empty()) first.push_back(std::stoi(day.substr(0, dash)));
  nlohmann::json parts = nlohmann::json::array({first});
  if (dash != std::string::npos) {
    parts.push_back({year, end_month > 0 ? end_month : month, std::stoi(day.substr(dash + 1))});
  }
  return {{"date-parts", parts}};
}

nlohmann::json names_json(const std::vector<PersonName>& names) {
  nlohmann::json out = nlohmann::json::array();
  for (const PersonName& name : names) {
    nlohmann::json entry = nlohmann::json::object();
    if (!name.literal.empty()) {
      entry["literal"] = name.literal;
    } else {
      entry["family"] = name.family;
      if (!name.given.empty()) entry["given"] = name.given;
      if (!name.non_dropping_particle.empty()) {
        entry["non-dropping-particle"] = name.non_dropping_particle;
      }
      if (!name.suffix.empty()) entry["suffix"] = name.suffix;
    }
    out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace mwp
