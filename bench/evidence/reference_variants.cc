#include "reference_variants.h"

#include "rewrite.h"

namespace mwp::evidence {
namespace {

constexpr std::string_view kEnDash = "\xE2\x80\x93";
constexpr std::string_view kDoiLink = "https://doi.org/";

// An asterisk that opens or closes emphasis, not one inside a word
// ("G*Power", "STAR*D").
std::optional<std::string> without_italics(std::string_view text) {
  const auto letter = [](char c) { return is_letter(c) || is_digit(c); };
  return replaced(text, "*", "", [letter](std::string_view t, size_t at, int) {
    if (at > 0 && t[at - 1] == '\\') return false;  // "STAR\*D": an escaped asterisk
    return at == 0 || at + 1 == t.size() || !letter(t[at - 1]) || !letter(t[at + 1]);
  });
}

std::optional<std::string> hyphens_for_dashes(std::string_view text) {
  return replaced(text, kEnDash, "-", [](std::string_view t, size_t at, int) {
    return at > 0 && is_digit(t[at - 1]) && at + 3 < t.size() && is_digit(t[at + 3]);
  });
}

std::optional<std::string> doi_label(std::string_view text) {
  return replaced(text, kDoiLink, "doi:");
}

std::optional<std::string> old_doi_link(std::string_view text) {
  return replaced(text, kDoiLink, "http://dx.doi.org/");
}

// "Gross, J. J." -> "Gross, J.\u00a0J.": Word's no-break space after an initial.
std::optional<std::string> no_break_spaces(std::string_view text) {
  return replaced(text, ". ", ".\xC2\xA0", [](std::string_view t, size_t at, int) {
    return at >= 2 && t[at - 1] >= 'A' && t[at - 1] <= 'Z' && t[at - 2] == ' ';
  });
}

std::optional<std::string> doubled_spaces(std::string_view text) {
  return replaced(text, ". ", ".  ");
}

std::optional<std::string> numbered(std::string_view text) {
  return "12. " + std::string(text);
}

std::optional<std::string> period_after_link(std::string_view text) {
  const size_t space = text.rfind(' ');
  if (space == std::string_view::npos || !text.substr(space + 1).starts_with("http") ||
      text.ends_with('.')) {
    return std::nullopt;
  }
  return std::string(text) + ".";
}

std::optional<std::string> no_comma_before_ampersand(std::string_view text) {
  return replaced(text, "., & ", ". & ");
}

std::optional<std::string> retrieved_from(std::string_view text) {
  const size_t space = text.rfind(' ');
  if (space == std::string_view::npos || !text.substr(space + 1).starts_with("http") ||
      text.substr(space + 1).starts_with(kDoiLink) ||
      text.find("Retrieved") != std::string_view::npos ||
      text.find("Available") != std::string_view::npos) {
    return std::nullopt;
  }
  return std::string(text.substr(0, space + 1)) + "Retrieved from " +
         std::string(text.substr(space + 1));
}

std::optional<std::string> soft_line_break(std::string_view text) {
  const size_t date_end = text.find("). ");
  if (date_end == std::string_view::npos) return std::nullopt;
  return std::string(text.substr(0, date_end + 2)) + "\n  " +
         std::string(text.substr(date_end + 3));
}

std::optional<std::string> doi_capitals_label(std::string_view text) {
  return replaced(text, kDoiLink, "DOI: ");
}

// "Men's" -> "Men’s", as word processors type an apostrophe.
std::optional<std::string> curly_apostrophes(std::string_view text) {
  return replaced(text, "'", "\xE2\x80\x99", [](std::string_view t, size_t at, int) {
    return at > 0 && at + 1 < t.size() && t[at - 1] >= 'a' && t[at - 1] <= 'z' && t[at + 1] == 's';
  });
}

// "Gross, J. J. (2003). Title" -> "Gross, J. J. 2003. Title".
std::optional<std::string> year_without_parentheses(std::string_view text) {
  const size_t open = text.find(" (");
  // The date after the authors, whose element closes with a period; not a
  // year inside a title that stands first, which the date follows:
  // "Correction to Rosenblum et al. (2020). (2024).".
  if (open == std::string_view::npos || open == 0 || text[open - 1] != '.' ||
      text.substr(open + 6, 3) != "). " || !is_digit(text[open + 2]) ||
      !is_digit(text[open + 5]) || text.substr(open + 9, 1) == "(") {
    return std::nullopt;
  }
  return std::string(text.substr(0, open + 1)) + std::string(text.substr(open + 2, 4)) + ". " +
         std::string(text.substr(open + 9));
}

// "*85*(2), 348–362." -> "*85*(2), pp. 348–362.": pages labelled, as
// Harvard writes them.
std::optional<std::string> pages_labelled(std::string_view text) {
  return replaced(text, "), ", "), pp. ", [](std::string_view t, size_t at, int) {
    const size_t open = t.rfind('(', at);
    if (open == std::string_view::npos || open == 0 || at - open > 6 || at + 3 >= t.size() ||
        !is_digit(t[at + 3])) {
      return false;
    }
    for (size_t k = open + 1; k < at; ++k) {
      if (!is_digit(t[k])) return false;
    }
    return is_digit(t[open - 1]) || t[open - 1] == '*';  // a volume's issue
  });
}

// "*85*(2)" -> "*85* (2)".
std::optional<std::string> space_before_issue(std::string_view text) {
  return replaced(text, "(", " (", [](std::string_view t, size_t at, int) {
    return at > 0 && (is_digit(t[at - 1]) || t[at - 1] == '*') && at + 1 < t.size() &&
           is_digit(t[at + 1]) && t.substr(at, 12).find("), ") != std::string_view::npos;
  });
}

std::optional<std::string> final_period_lost(std::string_view text) {
  if (!text.ends_with('.') || text.ends_with("..")) return std::nullopt;
  return std::string(text.substr(0, text.size() - 1));
}

}  // namespace

const std::vector<ReferenceVariant>& reference_variants() {
  static const std::vector<ReferenceVariant> variants = {
      {"italics lost", without_italics, false, false},
      {"hyphens for dashes between numbers", hyphens_for_dashes, true, true},
      {"doi: for the DOI link", doi_label, false, true},
      {"dx.doi.org for the DOI link", old_doi_link, false, true},
      {"no-break spaces after initials", no_break_spaces, false, true},
      {"two spaces after periods", doubled_spaces, false, true},
      {"a list number before the entry", numbered, false, true},
      {"a period after the link", period_after_link, false, true},
      {"no comma before the ampersand", no_comma_before_ampersand, false, true},
      {"\"Retrieved from\" before a link", retrieved_from, false, true},
      {"a line break after the date", soft_line_break, false, true},
      {"DOI: for the DOI link", doi_capitals_label, false, true},
      {"curly apostrophes", curly_apostrophes, true, true},
      {"the year without parentheses", year_without_parentheses, false, true},
      {"pp. before a journal's pages", pages_labelled, false, true},
      {"a space before the issue", space_before_issue, false, true},
      {"the final period lost", final_period_lost, false, true},
  };
  return variants;
}

std::vector<GoldReference> rewritten(const std::vector<GoldReference>& gold,
                                     const ReferenceVariant& variant) {
  std::vector<GoldReference> out;
  for (const GoldReference& entry : gold) {
    if (!entry.style.empty() || !entry.error.empty() || !entry.warnings.empty()) continue;
    std::optional<std::string> text = variant.rewrite(entry.text);
    if (!text || *text == entry.text) continue;
    GoldReference changed = entry;
    changed.text = std::move(*text);
    if (variant.fields_too) {
      for (auto& [key, value] : changed.fields) {
        if (std::optional<std::string> field = variant.rewrite(value)) value = std::move(*field);
      }
    }
    changed.well_formed = false;  // the round trip is the gold string's
    out.push_back(std::move(changed));
  }
  return out;
}

}  // namespace mwp::evidence
