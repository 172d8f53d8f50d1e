#include "cite/creator_labels.h"

#include <algorithm>
#include <array>

#include "cite/apa_author_list.h"
#include "cite/apa_source_words.h"
#include "text/utf8.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

bool is_role_label(std::string_view text) {
  constexpr std::array<std::string_view, 24> kRoles = {"Host",
                                                       "Hosts",
                                                       "Director",
                                                       "Directors",
                                                       "Producer",
                                                       "Producers",
                                                       "Executive Producer",
                                                       "Executive Producers",
                                                       "Writer",
                                                       "Writers",
                                                       "Narrator",
                                                       "Speaker",
                                                       "Presenter",
                                                       "Writer & Director",
                                                       "Creator",
                                                       "Creators",
                                                       "Interviewer",
                                                       "Chair",
                                                       "Chairs",
                                                       "Co-Chair",
                                                       "Co-Chairs",
                                                       "Discussant",
                                                       "Discussants",
                                                       "Moderator"};
  return std::find(kRoles.begin(), kRoles.end(), text) != kRoles.end();
}

bool is_lower_case_username(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

// Words each opening with a capital: "Ninja", "Simon Cutts".
bool is_capitalised_username(std::string_view text) {
  for (const std::string_view word : words_of(text)) {
    if (word.front() < 'A' || word.front() > 'Z') return false;
  }
  return std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ';
  });
}

}  // namespace

CreatorLabels without_creator_labels(std::string_view text) {
  CreatorLabels out;
  for (size_t at = 0; at < text.size();) {
    size_t skip = 0;
    if (text[at] == ' ' && at + 2 < text.size() && (text[at + 1] == '(' || text[at + 1] == '[')) {
      const char close = text[at + 1] == '(' ? ')' : ']';
      const size_t end = text.find(close, at + 2);
      const std::string_view inside =
          end == npos ? std::string_view() : text.substr(at + 2, end - at - 2);
      // "[@MindCharity]", a Reddit user's "[nasa]" (no "@"), and a channel's
      // "[Ninja]" or "[Simon Cutts]"; not a description, "[Audio podcast episode]".
      const bool username = !inside.empty() && inside.size() <= 30 &&
                            (is_lower_case_username(inside) || is_capitalised_username(inside)) &&
                            !read_description_text(inside).type;
      const bool handle = close == ']' && (inside.starts_with("@") || username);
      const bool role = close == ')' && is_role_label(inside);
      if (handle || role) {
        skip = end - at + 1;
        (handle ? out.handles : out.roles).emplace_back(inside);
        if (role) out.role_ends.push_back(out.names.size());
        const std::string_view after = text.substr(end + 1);
        if (after.find_first_not_of(". ") != npos && !after.starts_with(" (")) out.last = false;
      }
    }
    if (skip > 0) {
      at += skip;
    } else {
      out.names += text[at++];
    }
  }
  while (out.names.ends_with(".."))
    out.names.pop_back();  // "Glass, I. (Host)." read as "Glass, I."
  return out;
}

std::vector<PersonName> names_with_roles(const CreatorLabels& labels) {
  std::vector<PersonName> out;
  if (labels.roles.size() < 2 || !labels.handles.empty() ||
      labels.role_ends.back() + 2 < labels.names.size()) {
    return out;
  }
  size_t begin = 0;
  for (size_t i = 0; i < labels.roles.size(); ++i) {
    std::string_view part =
        std::string_view(labels.names).substr(begin, labels.role_ends[i] - begin);
    begin = labels.role_ends[i];
    while (part.starts_with(',') || part.starts_with(' ') || part.starts_with('&')) {
      part.remove_prefix(1);
    }
    const NameListParse name = parse_apa_author_list(part);
    if (!name.ok || name.names.size() != 1 || !name.names[0].literal.empty()) return {};
    out.push_back(name.names[0]);
    out.back().role = labels.roles[i];
  }
  return out;
}

}  // namespace mwp
