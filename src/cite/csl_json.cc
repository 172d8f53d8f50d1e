#include "cite/csl_json.h"

#include <algorithm>
#include <cstddef>
#include <set>

#include "cite/csl_fields.h"
#include "text/line_index.h"
#include "text/trim.h"

namespace mwp {
namespace {

struct TypeName {
  std::string_view csl;
  ReferenceType type;
};

// The first entry of each type is its CSL name.
constexpr TypeName kTypes[] = {
    {"article-journal", ReferenceType::article_journal},
    {"article-magazine", ReferenceType::article_magazine},
    {"article-newspaper", ReferenceType::article_newspaper},
    {"book", ReferenceType::book},
    {"chapter", ReferenceType::chapter},
    {"report", ReferenceType::report},
    {"thesis", ReferenceType::thesis},
    {"paper-conference", ReferenceType::paper_conference},
    {"speech", ReferenceType::speech},
    {"webpage", ReferenceType::webpage},
    {"article", ReferenceType::preprint},
    {"entry-dictionary", ReferenceType::entry_dictionary},
    {"entry-encyclopedia", ReferenceType::entry_encyclopedia},
    {"motion_picture", ReferenceType::motion_picture},
    {"broadcast", ReferenceType::broadcast},
    {"post", ReferenceType::post},
    {"dataset", ReferenceType::dataset},
    {"software", ReferenceType::software},
    {"legislation", ReferenceType::legislation},
    {"legal_case", ReferenceType::legal_case},
    {"post-weblog", ReferenceType::webpage},
};

// The roles APA 7 writes after creators' names, and the CSL 1.0.2 name
// variables that hold them.
struct RoleName {
  std::string_view one;
  std::string_view several;
  std::string_view variable;
};
constexpr RoleName kRoles[] = {
    {"Director", "Directors", "director"},
    {"Host", "Hosts", "host"},
    {"Writer", "Writers", "script-writer"},
    {"Producer", "Producers", "producer"},
    {"Executive Producer", "Executive Producers", "executive-producer"},
    {"Narrator", "Narrators", "narrator"},
    {"Interviewer", "Interviewers", "interviewer"},
    {"Chair", "Chairs", "chair"},  // a symposium's
};

std::string_view role_variable(std::string_view role) {
  for (const RoleName& known : kRoles) {
    if (role == known.one || role == known.several) return known.variable;
  }
  return {};
}

// Byte offsets of the elements of the top-level array, found by scanning the
// text (nlohmann::json keeps no positions).
std::vector<size_t> element_offsets(std::string_view json) {
  std::vector<size_t> offsets;
  int depth = 0;
  bool in_string = false;
  bool expect_element = false;
  for (size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    if (depth == 1 && expect_element && c != ']') {
      offsets.push_back(i);
      expect_element = false;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      ++depth;
      if (depth == 1 && c == '[') expect_element = true;
    } else if (c == ']' || c == '}') {
      --depth;
    } else if (c == ',' && depth == 1) {
      expect_element = true;
    }
  }
  return offsets;
}

std::string bare_doi(std::string doi) {
  for (std::string_view prefix : {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                                  "http://dx.doi.org/", "doi:"}) {
    if (doi.starts_with(prefix)) return doi.substr(prefix.size());
  }
  return doi;
}

class ItemReader {
 public:
  ItemReader(const std::string& path, Diagnostics& diagnostics)
      : path_(path), diagnostics_(diagnostics) {}

  // The creators' role: a film's directors alone, or another role's
  // variable naming the authors again.
  void read_author_role(const nlohmann::json& item, Reference& out) {
    for (const RoleName& known : kRoles) {
      std::vector<PersonName> names = names_field(item, std::string(known.variable).c_str());
      if (names.empty()) continue;
      if (out.authors.empty() && known.variable == "director") out.authors = names;
      const auto same = [](const PersonName& a, const PersonName& b) {
        return a.family == b.family && a.given == b.given && a.literal == b.literal;
      };
      if (!std::equal(names.begin(), names.end(), out.authors.begin(), out.authors.end(), same)) {
        continue;
      }
      out.author_role = std::string(names.size() == 1 ? known.one : known.several);
      return;
    }
  }

  // A broadcast's series producers, which APA writes where a book's editors stand.
  void read_producers(const nlohmann::json& item, Reference& out) {
    if (out.type != ReferenceType::broadcast || !out.editors.empty()) return;
    for (const RoleName& known : kRoles) {
      if (known.variable == "director" || known.variable == "script-writer") continue;
      std::vector<PersonName> names = names_field(item, std::string(known.variable).c_str());
      if (names.empty() || role_variable(out.author_role) == known.variable) continue;
      out.editor_role = std::string(names.size() == 1 ? known.one : known.several);
      out.editors = std::move(names);
      return;
    }
  }

  // Returns false (after a diagnostic) when the item cannot be used.
  bool read(const nlohmann::json& item, TextPosition at, Reference& out) {
    if (!item.is_object()) {
      error(at, "csl-empty-item", "bibliography item is not a JSON object");
      return false;
    }
    out.id = text_field(item, "id");
    if (out.id.empty()) {
      error(at, "csl-missing-id", "bibliography item has no \"id\"");
      return false;
    }
    if (!ids_.insert(out.id).second) {
      error(at, "csl-duplicate-id", "bibliography id \"" + out.id + "\" is used twice");
      return false;
    }
    read_type(text_field(item, "type"), at, out);
    out.authors = names_field(item, "author");
    read_author_role(item, out);
    out.editors = names_field(item, "editor");
    read_producers(item, out);
    out.translators = names_field(item, "translator");
    const DateParts issued = date_field(item, "issued");
    out.year = issued.year;
    out.month = issued.month;
    out.day = issued.day;
    out.end_month = issued.end_month;
    out.year_end = issued.year_end;
    out.in_press = text_field(item, "status") == "in press" && out.year == 0;
    out.advance_online = text_field(item, "status") == "Advance online publication";
    out.unpublished = text_field(item, "status") == "Unpublished";
    if (out.genre.starts_with("Unpublished ")) {
      out.unpublished = true;
      out.genre = out.genre.substr(12);
      if (!out.genre.empty() && out.genre[0] >= 'a' && out.genre[0] <= 'z') {
        out.genre[0] = static_cast<char>(out.genre[0] - 'a' + 'A');
      }
    }
    out.year_suffix = text_field(item, "year-suffix");
    out.original_year = date_field(item, "original-date").year;
    out.title = text_field(item, "title");
    out.container_title = text_field(item, "container-title");
    out.volume = text_field(item, "volume");
    out.issue = text_field(item, "issue");
    out.page = text_field(item, "page");
    if (const std::string section = text_field(item, "section"); !section.empty()) {
      // "1681–1688" as "§§ 1681–1688", "12101" as "§ 12101".
      const bool several = section.find_first_of("-,") != std::string::npos ||
                           section.find("\xE2\x80\x93") != std::string::npos;
      out.page = (several ? "\xC2\xA7\xC2\xA7 " : "\xC2\xA7 ") + section;
    }
    out.edition = text_field(item, "edition");
    out.version = text_field(item, "version");
    out.publisher = text_field(item, "publisher");
    out.doi = bare_doi(text_field(item, "DOI"));
    out.url = text_field(item, "URL");
    (is_periodical_article(out.type) ? out.article_number : out.number) =
        text_field(item, "number");
    out.genre = text_field(item, "genre");
    out.description = text_field(item, "medium");
    out.archive = text_field(item, "archive");
    out.authority = text_field(item, "authority");
    if (out.type == ReferenceType::preprint && out.genre == "Preprint") {
      out.preprint_label = true;  // apa.csl prints an article's genre: "[Preprint]"
      out.genre.clear();
    }
    out.event = text_field(item, "event-title");
    if (out.event.empty()) out.event = text_field(item, "event");
    out.event_place = text_field(item, "event-place");
    const DateParts accessed = date_field(item, "accessed");
    if (accessed.year > 0 && accessed.month > 0 && !accessed.day.empty()) {
      out.accessed = std::to_string(accessed.year) + (accessed.month < 10 ? "-0" : "-") +
                     std::to_string(accessed.month) + (accessed.day.size() < 2 ? "-0" : "-") +
                     accessed.day;
    }
    if (out.title.empty() && out.authors.empty()) {
      error(at, "csl-empty-item",
            "bibliography item \"" + out.id + "\" has neither title nor author");
      return false;
    }
    return true;
  }

 private:
  void read_type(const std::string& type, TextPosition at, Reference& out) {
    for (const TypeName& known : kTypes) {
      if (known.csl == type) {
        out.type = known.type;
        return;
      }
    }
    diagnostics_.warning(path_, at.line, at.column, "csl-unsupported-type",
                         "item \"" + out.id + "\" has " +
                             (type.empty() ? std::string("no type") : "type \"" + type + "\"") +
                             ", so mwp formats it as a journal article");
    out.type = ReferenceType::article_journal;
  }
  void error(TextPosition at, const char* code, std::string message) {
    diagnostics_.error(path_, at.line, at.column, code, std::move(message));
  }

  const std::string& path_;
  Diagnostics& diagnostics_;
  std::set<std::string> ids_;
};

}  // namespace

std::string_view csl_type_name(ReferenceType type) {
  for (const TypeName& known : kTypes) {
    if (known.type == type) return known.csl;
  }
  return "article-journal";
}

std::vector<Reference> parse_csl_json(std::string_view json, const std::string& display_path,
                                      Diagnostics& diagnostics) {
  std::vector<Reference> references;
  nlohmann::json document;
  try {
    document = nlohmann::json::parse(json);
  } catch (const nlohmann::json::parse_error& e) {
    const size_t offset = e.byte > 0 ? std::min(e.byte - 1, json.size()) : 0;
    const TextPosition at = LineIndex(json).position(offset);
    diagnostics.error(display_path, at.line, at.column, "csl-json-syntax",
                      std::string("not valid JSON: ") + e.what());
    return references;
  }
  if (!document.is_array()) {
    diagnostics.error(display_path, 1, 1, "csl-json-not-array",
                      "a CSL-JSON bibliography must be an array of items");
    return references;
  }
  const std::vector<size_t> offsets = element_offsets(json);
  const LineIndex lines(json);
  ItemReader reader(display_path, diagnostics);
  for (size_t i = 0; i < document.size(); ++i) {
    const TextPosition at = lines.position(i < offsets.size() ? offsets[i] : 0);
    Reference reference;
    if (reader.read(document[i], at, reference)) references.push_back(std::move(reference));
  }
  return references;
}

nlohmann::json to_csl_json(const Reference& reference) {
  nlohmann::json item = nlohmann::json::object();
  item["id"] = reference.id;
  item["type"] = csl_type_name(reference.type);
  if (!reference.authors.empty()) {
    // apa.csl writes "Docter, P. (Director)." from the director; the other
    // roles go in their CSL 1.0.2 variable beside the author.
    const std::string_view role = role_variable(reference.author_role);
    if (role != "director") item["author"] = names_json(reference.authors);
    if (!role.empty()) item[std::string(role)] = names_json(reference.authors);
  }
  if (!reference.editors.empty()) {
    // A series' producers go in their own variable: "executive-producer".
    const std::string_view role = role_variable(reference.editor_role);
    item[role.empty() ? std::string("editor") : std::string(role)] = names_json(reference.editors);
  }
  if (!reference.translators.empty()) item["translator"] = names_json(reference.translators);
  if (reference.year != 0 && reference.year_end != 0) {
    item["issued"] = {{"date-parts", {{reference.year}, {reference.year_end}}}};
  } else if (reference.year != 0) {
    item["issued"] = date_json(reference.year, reference.month, reference.day, reference.end_month);
  }
  if (reference.in_press) item["status"] = "in press";
  if (reference.advance_online) item["status"] = "Advance online publication";
  if (!reference.year_suffix.empty()) item["year-suffix"] = reference.year_suffix;
  if (reference.original_year != 0) {
    item["original-date"] = {{"date-parts", {{reference.original_year}}}};
  }
  if (reference.accessed.size() == 10) {
    item["accessed"] = {
        {"date-parts",
         {{std::stoi(reference.accessed.substr(0, 4)), std::stoi(reference.accessed.substr(5, 2)),
           std::stoi(reference.accessed.substr(8, 2))}}}};
  }
  const std::pair<const char*, const std::string*> fields[] = {
      {"title", &reference.title},
      {"container-title", &reference.container_title},
      {"volume", &reference.volume},
      {"issue", &reference.issue},
      {"page", &reference.page},
      {"edition", &reference.edition},
      {"version", &reference.version},
      {"publisher", &reference.publisher},
      {"DOI", &reference.doi},
      {"URL", &reference.url},
      {"number",
       is_periodical_article(reference.type) ? &reference.article_number : &reference.number},
      {"genre", &reference.genre},
      {"archive", &reference.archive},
      {"authority", &reference.authority},
      {"event-title", &reference.event},
      {"event-place", &reference.event_place},
  };
  for (const auto& [key, value] : fields) {
    if (!value->empty()) item[key] = *value;
  }
  // A code's sections, "§§ 1681–1688": CSL's section, which apa.csl prints after "§".
  if (reference.page.starts_with("\xC2\xA7")) {
    item.erase("page");
    std::string_view section = reference.page;
    while (section.starts_with("\xC2\xA7")) section = trim(section.substr(2));
    item["section"] = std::string(section);
  }
  if (reference.unpublished && !reference.genre.empty()) {
    std::string genre = reference.genre;  // apa.csl prints it: "Unpublished doctoral dissertation"
    if (genre[0] >= 'A' && genre[0] <= 'Z') genre[0] = static_cast<char>(genre[0] - 'A' + 'a');
    item["genre"] = "Unpublished " + genre;
  }
  // A description beside a kind, a post's "[Image attached]", is CSL's medium.
  if (!reference.description.empty()) {
    item[reference.genre.empty() ? "genre" : "medium"] = reference.description;
  }
  if (reference.preprint_label) item["genre"] = "Preprint";
  return item;
}

}  // namespace mwp
