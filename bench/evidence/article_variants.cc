#include "article_variants.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "rewrite.h"

namespace mwp::evidence {
namespace {

// "Levant et al. (2009)", "(Levant et al., 2009)" -> "et al", as British
// writers leave it.
std::optional<std::string> et_al_without_period(std::string_view line) {
  return replaced(line, "et al.", "et al", [](std::string_view t, size_t at, int) {
    return at + 6 < t.size() && (t[at + 6] == ' ' || t[at + 6] == ',');
  });
}

// "(Gross & John, 2003)" -> "(Gross and John, 2003)".
std::optional<std::string> and_in_parentheses(std::string_view line) {
  return replaced(line, " & ", " and ",
                  [](std::string_view, size_t, int depth) { return depth > 0; });
}

// "(Gross & John, 2003)" -> "(Gross & John 2003)", Harvard's year.
std::optional<std::string> year_without_comma(std::string_view line) {
  return replaced(line, ", ", " ", [](std::string_view t, size_t at, int depth) {
    size_t word = at;  // the word before the comma: a name, not a year ("1998a, 1998b")
    while (word > 0 && t[word - 1] != ' ' && t[word - 1] != '(') --word;
    return depth > 0 && at > 0 && (is_letter(t[at - 1]) || t[at - 1] == '.') &&
           !is_digit(t[word]) && at + 6 <= t.size() && is_digit(t[at + 2]) && is_digit(t[at + 5]) &&
           (at + 6 == t.size() || !is_digit(t[at + 6]));
  });
}

// "Gross's" -> "Gross’s".
std::optional<std::string> curly_apostrophes(std::string_view line) {
  return replaced(line, "'s ", "\xE2\x80\x99s ", [](std::string_view t, size_t at, int) {
    return at > 0 && is_letter(t[at - 1]);
  });
}

// "Gross (2003)" -> "Gross\u00a0(2003)", as editors keep a name with its year.
std::optional<std::string> no_break_space_before_year(std::string_view line) {
  return replaced(line, " (", "\xC2\xA0(", [](std::string_view t, size_t at, int) {
    return at > 0 && is_letter(t[at - 1]) && at + 3 < t.size() && is_digit(t[at + 2]);
  });
}

// "Levant et al. (2009)" -> "Levant and colleagues (2009)".
std::optional<std::string> and_colleagues(std::string_view line) {
  return replaced(line, " et al. (", " and colleagues (",
                  [](std::string_view, size_t, int depth) { return depth == 0; });
}

// "Cumming et al. (2007)" -> "Cumming et. al. (2007)", a common slip.
std::optional<std::string> et_al_misspelt(std::string_view line) {
  return replaced(line, "et al.", "et. al.", [](std::string_view t, size_t at, int) {
    return at + 6 < t.size() && (t[at + 6] == ' ' || t[at + 6] == ',');
  });
}

// "Gross and John (2003)" -> "Gross & John (2003)": "&" in the prose, as
// APA keeps for parentheses.
std::optional<std::string> ampersand_in_prose(std::string_view line) {
  return replaced(line, " and ", " & ", [](std::string_view t, size_t at, int depth) {
    if (depth > 0 || at + 5 >= t.size() || t[at + 5] < 'A' || t[at + 5] > 'Z') return false;
    // Not in a title in italics: "*Psychological Care of Infant and Child* (1928)".
    if (std::count(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(at), '*') % 2 == 1) {
      return false;
    }
    const size_t next = t.find(' ', at + 5);  // "John (2003)": one name, then its year
    return next != std::string_view::npos && t.substr(next, 2) == " (" && next + 2 < t.size() &&
           is_digit(t[next + 2]);
  });
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// `text` with `variant` applied to its prose lines; nullopt when none changed.
std::optional<std::string> rewritten_prose(std::string_view text, const ArticleVariant& variant) {
  std::string out;
  bool changed = false;
  bool front_matter = text.starts_with("---");
  bool sources = false;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find('\n', at);
    end = end == std::string_view::npos ? text.size() : end + 1;
    const std::string_view line = text.substr(at, end - at);
    if (at > 0 && line.starts_with("---")) front_matter = false;
    if (line.starts_with("## Research sources")) sources = true;
    std::optional<std::string> again;
    if (!front_matter && !sources && !line.starts_with("#")) again = variant.rewrite(line);
    changed = changed || again.has_value();
    out += again ? *again : std::string(line);
    at = end;
  }
  if (!changed) return std::nullopt;
  return out;
}

}  // namespace

const std::vector<ArticleVariant>& article_variants() {
  static const std::vector<ArticleVariant> variants = {
      {"\"et al\" without its period", et_al_without_period},
      {"\"and\" for \"&\" in parentheses", and_in_parentheses},
      {"the year with no comma in parentheses", year_without_comma},
      {"curly apostrophes", curly_apostrophes},
      {"a no-break space before the year", no_break_space_before_year},
      {"\"and colleagues\" for \"et al.\"", and_colleagues},
      {"\"et. al.\" for \"et al.\"", et_al_misspelt},
      {"\"&\" for \"and\" in the prose", ampersand_in_prose},
  };
  return variants;
}

std::vector<GoldArticle> rewritten(const std::vector<GoldArticle>& gold,
                                   const ArticleVariant& variant) {
  std::vector<GoldArticle> out;
  for (const GoldArticle& article : gold) {
    std::optional<std::string> text = rewritten_prose(read_file(article.markdown), variant);
    if (!text) continue;
    GoldArticle changed = article;
    changed.text = std::move(text);
    out.push_back(std::move(changed));
  }
  return out;
}

}  // namespace mwp::evidence
