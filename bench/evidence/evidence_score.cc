#include "evidence_score.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "cite/apa_fields.h"
#include "cite/apa_formatter.h"
#include "cite/apa_parser.h"
#include "cite/csl_json.h"
#include "cite/pasted_text.h"
#include "text/utf8.h"

namespace mwp::evidence {
namespace {

std::string names_text(const std::vector<PersonName>& names) {
  std::string out;
  for (const PersonName& name : names) out += (out.empty() ? "" : "; ") + apa_inverted_name(name);
  return out;
}

void put(Fields& fields, const char* key, const std::string& value) {
  if (!value.empty()) fields[key] = value;
}

void put(Fields& fields, const char* key, int value) {
  if (value != 0) fields[key] = std::to_string(value);
}

// Text the gold and mwp may write differently without being wrong: a DOI's
// case, and typographic single quotation marks and apostrophes ("Master’s
// thesis", "‘university life’" as written).
std::string comparable(const std::string& key, std::string value) {
  if (key == "doi") {
    for (char& c : value) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  std::string straight = with_straight_apostrophes(value);
  for (size_t at = straight.find("\xE2\x80\x98"); at != std::string::npos;
       at = straight.find("\xE2\x80\x98", at)) {
    straight.replace(at, 3, "'");
  }
  return straight;
}

// A formatted or written reference as plain words, with the normalisations
// docs/citations.md lists: Markdown emphasis gone; dashes, quotation marks,
// ellipses and white space unified; a DOI in https://doi.org/ form.
std::string normalised(std::string_view text) {
  std::string plain = PastedText(text).text();
  std::string out;
  for (size_t i = 0; i < plain.size(); ++i) {
    if (plain.compare(i, 3, "\xE2\x80\x93") == 0 || plain.compare(i, 3, "\xE2\x80\x94") == 0) {
      out += '-';
      i += 2;
    } else if (plain.compare(i, 2, "--") == 0) {
      out += '-';
      i += 1;
    } else if (plain.compare(i, 3, "\xE2\x80\x98") == 0 ||
               plain.compare(i, 3, "\xE2\x80\x99") == 0) {
      out += '\'';
      i += 2;
    } else if (plain.compare(i, 3, "\xE2\x80\x9C") == 0 ||
               plain.compare(i, 3, "\xE2\x80\x9D") == 0) {
      out += '"';
      i += 2;
    } else if (plain.compare(i, 3, "\xE2\x80\xA6") == 0 || plain.compare(i, 5, ". . .") == 0) {
      out += "...";
      i += plain.compare(i, 5, ". . .") == 0 ? 4u : 2u;
    } else if (plain[i] == '*' || plain[i] == '_') {
      continue;
    } else {
      out += plain[i];
    }
  }
  for (std::string_view from : {"http://dx.doi.org/", "https://dx.doi.org/", "http://doi.org/",
                                "doi: ", "doi:", "DOI: ", "DOI:"}) {
    for (size_t at = out.find(from); at != std::string::npos; at = out.find(from, at + 1)) {
      out.replace(at, from.size(), "https://doi.org/");
    }
  }
  return out;
}

std::string describe(const Fields& fields) {
  std::string out;
  for (const auto& [key, value] : fields) out += fmt::format("\n      {}: {}", key, value);
  return out;
}

// A web page or a social media post has one element for where it is, the
// site's or platform's name, which APA 7 writes in the same place whether it
// is kept as the container or the publisher: compare it as "site".
void fold_site(Fields& fields) {
  std::string site = fields["container"];
  if (site.empty()) site = fields["publisher"];
  fields.erase("container");
  fields.erase("publisher");
  if (!site.empty()) fields["site"] = site;
}

}  // namespace

Fields reference_fields(const Reference& r) {
  Fields fields;
  fields["type"] = std::string(csl_type_name(r.type));
  put(fields, "authors", names_text(r.authors));
  if (r.authors_truncated) fields["authors_truncated"] = "true";
  put(fields, "editors", names_text(r.editors));
  put(fields, "translators", names_text(r.translators));
  fields["year"] = r.in_press ? "in press" : (r.year == 0 ? "n.d." : std::to_string(r.year));
  put(fields, "year_suffix", r.year_suffix);
  put(fields, "month", r.month);
  put(fields, "day", r.day);
  put(fields, "end_month", r.end_month);
  put(fields, "original_year", r.original_year);
  put(fields, "title", r.title);
  put(fields, "container", r.container_title);
  put(fields, "volume", r.volume);
  put(fields, "issue", r.issue);
  put(fields, "page", r.page);
  put(fields, "article_number", r.article_number);
  put(fields, "edition", r.edition);
  put(fields, "number", r.number);
  // A preprint's "[Preprint]" label is its genre, as CSL-JSON keeps it.
  put(fields, "genre", r.preprint_label && r.genre.empty() ? std::string("Preprint") : r.genre);
  put(fields, "publisher", r.publisher);
  put(fields, "archive", r.archive);
  put(fields, "event", r.event);
  put(fields, "event_place", r.event_place);
  put(fields, "doi", r.doi);
  put(fields, "url", r.url);
  put(fields, "retrieved", r.accessed);
  return fields;
}

nlohmann::json formatted_references(const std::vector<GoldReference>& gold) {
  nlohmann::json out = nlohmann::json::array();
  for (const GoldReference& entry : gold) {
    Diagnostics diagnostics;
    const std::optional<Reference> read =
        parse_apa_reference(entry.text, TextOrigin{entry.file, entry.index, 1}, diagnostics);
    if (!read || !diagnostics.empty()) continue;
    out.push_back({{"source", entry.file + "#" + std::to_string(entry.index)},
                   {"csl", to_csl_json(*read)},
                   {"html", format_apa_html(*read)},
                   {"text", format_apa_text(*read)}});
  }
  return out;
}

ReferenceScore score_references(const std::vector<GoldReference>& gold) {
  ReferenceScore score;
  for (const GoldReference& entry : gold) {
    ++score.entries;
    Diagnostics diagnostics;
    const std::optional<Reference> read =
        parse_apa_reference(entry.text, TextOrigin{entry.file, entry.index, 1}, diagnostics);
    const bool warned = !diagnostics.empty();
    const bool gold_confident = entry.error.empty() && entry.warnings.empty();
    if (!warned) ++score.confident;
    const bool other_style = !entry.style.empty();
    if (gold_confident) ++(other_style ? score.other_style_confident : score.gold_confident);
    std::string failure;
    if (warned && gold_confident) {
      ++(other_style ? score.other_style_warned : score.false_warnings);
      failure = "a diagnostic the gold does not expect:";
      for (const Diagnostic& d : diagnostics.items()) failure += "\n      " + format_text(d);
    }
    if (!warned && read) {
      Fields found = reference_fields(*read);
      Fields want_fields = entry.fields;
      const auto sited = [](const std::string& type) {
        return type == "webpage" || type == "post";
      };
      if (sited(found["type"]) || sited(want_fields["type"])) {
        fold_site(found);
        fold_site(want_fields);
      }
      std::set<std::string> keys;
      for (const auto& [key, value] : found) keys.insert(key);
      for (const auto& [key, value] : want_fields) keys.insert(key);
      std::string wrong;
      for (const std::string& key : keys) {
        const auto want = want_fields.find(key);
        const auto got = found.find(key);
        const std::string a = want == want_fields.end() ? "" : comparable(key, want->second);
        const std::string b = got == found.end() ? "" : comparable(key, got->second);
        const bool accepted =
            key == "type" && std::find(entry.type_accepts.begin(), entry.type_accepts.end(), b) !=
                                 entry.type_accepts.end();
        ++score.fields_total;
        if (a == b || accepted) {
          ++score.fields_right;
        } else {
          wrong += fmt::format("\n      {}: read \"{}\", want \"{}\"", key, b, a);
        }
      }
      if (!wrong.empty() || !gold_confident) {
        ++score.wrong_without_warning;
        failure += gold_confident ? "read wrongly without a warning:" + wrong
                                  : "read with confidence; the gold expects a warning or error";
      }
      if (entry.well_formed && gold_confident) {
        ++score.roundtrip_total;
        const std::string formatted = normalised(format_apa_text(*read));
        if (formatted == normalised(entry.text)) {
          ++score.roundtrip_right;
        } else {
          failure += "\n    formats as: " + format_apa_text(*read);
        }
      }
    }
    if (!read && entry.error.empty() && gold_confident) {
      failure += "\n    not read at all; want:" + describe(entry.fields);
    }
    if (!failure.empty()) {
      score.failures.push_back(
          fmt::format("{} #{}: {}\n    {}", entry.file, entry.index, entry.text, failure));
    }
  }
  return score;
}

}  // namespace mwp::evidence
