// Groups of researcher names in tokenized prose: "Gross", "Gross and John",
// "Ann Kring and Albert Gordon", "Zell, Krizan, and Teeter", "Frans de Waal".
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "cite/citation_mention.h"
#include "cite/prose_tokens.h"

namespace mwp {

struct NameGroup {
  size_t first = 0;  // token indices, inclusive
  size_t last = 0;
  std::vector<CitedName> names;
  bool possessive = false;   // the last name is possessive
  bool given_names = false;  // some name was written with given names or initials
  bool office = false;       // an office stands before it: "President Richard Nixon"
};

// Whether tokens[at] opens a sentence: it is the first, or follows a
// sentence's closing mark.
bool starts_sentence(const std::vector<ProseToken>& tokens, size_t at);

// A word naming an office held: "President", "Senator", "Queen".
bool is_office(const ProseToken& token);

// A capitalised word that can be part of a name: not a capitalised function
// word ("The", "In", "Studies", ...), a month, a weekday or an acronym.
bool is_name_word(const ProseToken& token);

// An all-capitals word of two to eight letters: "APA", "WHO", "NICE".
bool is_acronym(const ProseToken& token);

// An abbreviation a group is defined with in brackets, "[DfT]", "[NatCen]":
// an acronym, or a word of up to ten letters that opens with a capital and
// holds another.
bool is_defined_abbreviation(const ProseToken& token);

// The abbreviation defined in brackets from tokens[open], "[" up to its "]":
// one to three such words ("[WHO]", "[WHO AFRO]"), or short capitalised
// words beside one ("[Stats SA]"). The index of the "]", or 0 when none
// stands there.
size_t defined_abbreviation_close(const std::vector<ProseToken>& tokens, size_t open);

// The same, ending at tokens[close], "]": the index of its "[", or 0.
size_t defined_abbreviation_open(const std::vector<ProseToken>& tokens, size_t close);

// "de", "van", "von", "der", "da", "ten", ...: a particle of a family name,
// in lower case or with its first letter capitalised.
bool is_particle_text(std::string_view word);

// A particle of a family name, in lower case or capitalised as at the start
// of a sentence: "de", "van", "Van", "von", "da", "der", "den", "ter", ...
bool is_name_particle(const ProseToken& token);

// The group whose last surname is tokens[last], read backwards: names joined
// by "and", "&", or by commas when the last joint is "and"/"&" (", and"
// included) or when `comma_list` (the names before ", et al.": "Cacioppo,
// Hawkley, et al."); each name is an optional run of up to three given names or
// initials, particles ("de", "van der", "Van" at a sentence start) and the
// surname. A capitalised word ending in "-ly" ("Luckily") is never taken
// for a given name. Nullopt when tokens[last] is not a name word.
std::optional<NameGroup> name_group_ending_at(const std::vector<ProseToken>& tokens,
                                              std::string_view text, size_t last,
                                              bool comma_list = false);

// Number of tokens of "et al." (or "et al", as British writers leave it,
// "et. al.", or "et al.'s") or
// "and colleagues"/"and his colleagues"/"and co-workers"/"and co" starting
// at tokens[at], or 0.
size_t et_al_length_at(const std::vector<ProseToken>& tokens, size_t at);

// Number of tokens of such a phrase ending at tokens[last], or 0.
size_t et_al_length_before(const std::vector<ProseToken>& tokens, size_t last);

// "MD", "PhD", "PsyD": a degree written after a name, without periods.
bool is_degree(const ProseToken& token);

// "Glen H. Elder Jr. (1974)", "Martin Luther King, Jr. (1967)", "John
// Ratey, MD (1994)": the index of the surname before the suffix or degree
// that tokens[end] closes, or `end`.
size_t before_suffix(const std::vector<ProseToken>& tokens, size_t end);

// "Rand Conger, Glen H. Elder Jr. and their co-workers (1990)": the names
// joined by commas that end at tokens[end], when each is a person's full
// name (one or two given names or initials, then the surname); otherwise
// `one`, the group read without commas. Names without given names are not a
// list: "In Britain, Smith and colleagues".
std::optional<NameGroup> full_names_listed(const std::vector<ProseToken>& tokens,
                                           std::string_view text, size_t end,
                                           std::optional<NameGroup> one);

}  // namespace mwp
