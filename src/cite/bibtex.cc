#include "cite/bibtex.h"

#include <cctype>
#include <map>
#include <set>

#include "cite/apa_author_list.h"
#include "cite/latex_text.h"
#include "text/code_point.h"
#include "text/line_index.h"
#include "text/trim.h"

namespace mwp {
namespace {

struct RawEntry {
  std::string type;  // lower case
  std::string key;
  std::map<std::string, std::string> fields;  // lower-case names, raw values
  size_t offset = 0;
};

class BibReader {
 public:
  BibReader(std::string_view text, const std::string& path, Diagnostics& diagnostics)
      : text_(text), path_(path), diagnostics_(diagnostics), lines_(text) {}

  std::vector<RawEntry> read() {
    std::vector<RawEntry> entries;
    for (size_t at = text_.find('@'); at != std::string_view::npos; at = text_.find('@', pos_)) {
      pos_ = at + 1;
      RawEntry entry;
      entry.offset = at;
      if (read_entry(entry)) entries.push_back(std::move(entry));
    }
    return entries;
  }

  int line_of(size_t offset) const { return lines_.position(std::min(offset, text_.size())).line; }

  void error(size_t offset, const char* code, std::string message,
             Severity severity = Severity::error) {
    const TextPosition at = lines_.position(std::min(offset, text_.size()));
    diagnostics_.add({severity, path_, at.line, at.column, code, std::move(message), ""});
  }

 private:
  void skip_space() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }

  std::string read_name() {
    skip_space();
    const size_t start = pos_;
    while (pos_ < text_.size() &&
           (std::isalnum(static_cast<unsigned char>(text_[pos_])) ||
            std::string_view("_-:./+").find(text_[pos_]) != std::string_view::npos)) {
      ++pos_;
    }
    return ascii_lower(text_.substr(start, pos_ - start));
  }

  bool read_entry(RawEntry& entry) {
    entry.type = read_name();
    skip_space();
    if (pos_ >= text_.size() || (text_[pos_] != '{' && text_[pos_] != '(')) {
      if (entry.type != "comment")
        error(entry.offset, "bibtex-syntax", "expected '{' after @" + entry.type);
      return false;
    }
    const char close = text_[pos_] == '{' ? '}' : ')';
    ++pos_;
    if (entry.type == "comment" || entry.type == "preamble") {
      skip_group(close);
      return false;
    }
    if (entry.type == "string") {
      read_fields(entry, close);
      for (const auto& [name, value] : entry.fields) macros_[name] = value;
      return false;
    }
    skip_space();
    const size_t key_start = pos_;
    while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != close &&
           !std::isspace(static_cast<unsigned char>(text_[pos_]))) {
      ++pos_;
    }
    entry.key = std::string(text_.substr(key_start, pos_ - key_start));
    if (entry.key.empty()) {
      error(entry.offset, "bibtex-syntax", "@" + entry.type + " entry has no citation key");
      skip_group(close);
      return false;
    }
    return read_fields(entry, close);
  }

  bool read_fields(RawEntry& entry, char close) {
    while (true) {
      skip_space();
      if (pos_ < text_.size() && text_[pos_] == ',') ++pos_;
      skip_space();
      if (pos_ >= text_.size()) {
        error(entry.offset, "bibtex-syntax", "entry \"" + entry.key + "\" is not closed");
        return false;
      }
      if (text_[pos_] == close) {
        ++pos_;
        return true;
      }
      const size_t field_start = pos_;
      const std::string name = read_name();
      skip_space();
      if (name.empty() || pos_ >= text_.size() || text_[pos_] != '=') {
        error(field_start, "bibtex-syntax",
              "expected \"field = value\" in entry \"" + entry.key + "\"");
        skip_group(close);
        return false;
      }
      ++pos_;
      std::string value;
      if (!read_value(value)) {
        error(field_start, "bibtex-syntax",
              "unterminated value of field \"" + name + "\" in entry \"" + entry.key + "\"");
        return false;
      }
      entry.fields[name] = value;
    }
  }

  // value = part ("#" part)*; part = {...} | "..." | number | macro.
  bool read_value(std::string& value) {
    while (true) {
      skip_space();
      if (pos_ >= text_.size()) return false;
      if (text_[pos_] == '{') {
        const size_t start = pos_;
        if (!skip_braces()) return false;
        value += text_.substr(start + 1, pos_ - start - 2);
      } else if (text_[pos_] == '"') {
        const size_t start = ++pos_;
        int depth = 0;
        while (pos_ < text_.size() && (text_[pos_] != '"' || depth > 0)) {
          if (text_[pos_] == '{') ++depth;
          if (text_[pos_] == '}') --depth;
          ++pos_;
        }
        if (pos_ >= text_.size()) return false;
        value += text_.substr(start, pos_ - start);
        ++pos_;
      } else {
        const std::string word = read_name();
        if (word.empty()) return false;
        const auto macro = macros_.find(word);
        value += macro != macros_.end() ? macro->second : word;
      }
      skip_space();
      if (pos_ < text_.size() && text_[pos_] == '#') {
        ++pos_;
        continue;
      }
      return true;
    }
  }

  bool skip_braces() {
    int depth = 0;
    for (; pos_ < text_.size(); ++pos_) {
      if (text_[pos_] == '{') ++depth;
      if (text_[pos_] == '}' && --depth == 0) {
        ++pos_;
        return true;
      }
    }
    return false;
  }

  void skip_group(char close) {
    int depth = 1;
    for (; pos_ < text_.size() && depth > 0; ++pos_) {
      if (text_[pos_] == '{' || text_[pos_] == '(') ++depth;
      if (text_[pos_] == '}' || text_[pos_] == ')' || text_[pos_] == close) --depth;
    }
  }

  std::string_view text_;
  const std::string& path_;
  Diagnostics& diagnostics_;
  LineIndex lines_;
  size_t pos_ = 0;
  std::map<std::string, std::string> macros_ = {
      {"jan", "January"},   {"feb", "February"}, {"mar", "March"},    {"apr", "April"},
      {"may", "May"},       {"jun", "June"},     {"jul", "July"},     {"aug", "August"},
      {"sep", "September"}, {"oct", "October"},  {"nov", "November"}, {"dec", "December"},
  };
};

// Splits at " and " outside braces.
std::vector<std::string> split_names(const std::string& raw) {
  std::vector<std::string> parts;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '{') ++depth;
    if (raw[i] == '}') --depth;
    if (depth == 0 && raw.compare(i, 5, " and ") == 0) {
      parts.push_back(raw.substr(start, i - start));
      start = i + 5;
    }
  }
  parts.push_back(raw.substr(start));
  return parts;
}

constexpr std::string_view kBlank = " \t\n\r";

std::string trimmed(std::string_view text) {
  return std::string(trim(text, kBlank));
}

PersonName bib_name(const std::string& raw) {
  std::string name = trimmed(raw);
  for (char& c : name) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  PersonName person;
  if (name.size() > 2 && name.front() == '{' && name.back() == '}' &&
      name.find('{', 1) == std::string::npos) {
    person.literal = latex_to_unicode(name);
    return person;
  }
  std::vector<std::string> parts;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < name.size(); ++i) {
    if (name[i] == '{') ++depth;
    if (name[i] == '}') --depth;
    if (name[i] == ',' && depth == 0) {
      parts.push_back(trimmed(name.substr(start, i - start)));
      start = i + 1;
    }
  }
  parts.push_back(trimmed(name.substr(start)));
  if (parts.size() == 1) {
    // "Given von Family": the family is the last word, with lower-case words before it.
    const std::string text = latex_to_unicode(parts[0]);
    size_t family_start = text.rfind(' ');
    if (family_start == std::string::npos) {
      person.family = text;
      return person;
    }
    size_t particle_start = family_start;
    while (particle_start > 0) {
      const size_t previous = text.rfind(' ', particle_start - 1);
      const size_t word = previous == std::string::npos ? 0 : previous + 1;
      if (!std::islower(static_cast<unsigned char>(text[word])) || previous == std::string::npos)
        break;
      particle_start = previous;
    }
    person = person_from_family(text.substr(particle_start + 1));
    person.given = trimmed(text.substr(0, particle_start));
    return person;
  }
  person = person_from_family(latex_to_unicode(parts[0]));
  person.given = latex_to_unicode(parts.back());
  if (parts.size() == 3) person.suffix = latex_to_unicode(parts[1]);
  return person;
}

std::vector<PersonName> bib_names(const std::map<std::string, std::string>& fields,
                                  const char* key) {
  std::vector<PersonName> names;
  const auto it = fields.find(key);
  if (it == fields.end()) return names;
  for (const std::string& part : split_names(it->second)) {
    if (trimmed(part) == "others") continue;
    names.push_back(bib_name(part));
  }
  return names;
}

std::string field(const std::map<std::string, std::string>& fields,
                  std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    const auto it = fields.find(key);
    if (it != fields.end()) return trimmed(latex_to_unicode(it->second));
  }
  return {};
}

bool read_type(const std::string& type, bool has_url, ReferenceType& out) {
  static const std::map<std::string, ReferenceType> kTypes = {
      {"article", ReferenceType::article_journal}, {"book", ReferenceType::book},
      {"incollection", ReferenceType::chapter},    {"inbook", ReferenceType::chapter},
      {"inproceedings", ReferenceType::chapter},   {"techreport", ReferenceType::report},
      {"report", ReferenceType::report},           {"phdthesis", ReferenceType::report},
      {"mastersthesis", ReferenceType::report},    {"online", ReferenceType::webpage},
      {"webpage", ReferenceType::webpage},         {"electronic", ReferenceType::webpage},
  };
  if (type == "misc") {
    out = has_url ? ReferenceType::webpage : ReferenceType::book;
    return true;
  }
  const auto it = kTypes.find(type);
  if (it == kTypes.end()) return false;
  out = it->second;
  return true;
}

}  // namespace

std::vector<Reference> parse_bibtex(std::string_view text, const std::string& display_path,
                                    Diagnostics& diagnostics) {
  BibReader reader(text, display_path, diagnostics);
  std::vector<Reference> references;
  std::set<std::string> keys;
  for (const RawEntry& entry : reader.read()) {
    if (!keys.insert(entry.key).second) {
      reader.error(entry.offset, "bibtex-duplicate-key",
                   "citation key \"" + entry.key + "\" is used twice");
      continue;
    }
    const auto& f = entry.fields;
    Reference r;
    r.id = entry.key;
    r.source_line = reader.line_of(entry.offset);
    r.url = field(f, {"url"});
    if (!read_type(entry.type, !r.url.empty(), r.type)) {
      reader.error(entry.offset, "bibtex-unsupported-type",
                   "@" + entry.type + " \"" + entry.key + "\" is read as a journal article",
                   Severity::warning);
    }
    r.authors = bib_names(f, "author");
    r.editors = bib_names(f, "editor");
    std::string year = field(f, {"year", "date"});
    if (year.size() >= 4 &&
        year.substr(0, 4).find_first_not_of("0123456789") == std::string::npos) {
      r.year = std::stoi(year.substr(0, 4));
    }
    r.title = field(f, {"title"});
    r.container_title = field(f, {"journal", "journaltitle", "booktitle"});
    if (r.type == ReferenceType::webpage && r.container_title.empty()) {
      r.container_title = field(f, {"organization", "publisher", "howpublished"});
    }
    r.volume = field(f, {"volume"});
    r.issue = field(f, {"number", "issue"});
    r.page = field(f, {"pages"});
    for (std::string_view dash : {"\xE2\x80\x94", "\xE2\x80\x93"}) {
      for (size_t at = r.page.find(dash); at != std::string::npos; at = r.page.find(dash)) {
        r.page.replace(at, dash.size(), "-");
      }
    }
    r.edition = field(f, {"edition"});
    if (r.type != ReferenceType::webpage) {
      r.publisher = field(f, {"publisher", "institution", "school", "organization"});
    }
    r.doi = field(f, {"doi"});
    for (std::string_view prefix :
         {"https://doi.org/", "http://dx.doi.org/", "https://dx.doi.org/"}) {
      if (r.doi.starts_with(prefix)) r.doi.erase(0, prefix.size());
    }
    references.push_back(std::move(r));
  }
  return references;
}

}  // namespace mwp
