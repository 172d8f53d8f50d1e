#include "cite/apa_source_names.h"

#include <algorithm>
#include <cctype>

#include "text/code_point.h"
#include "text/trim.h"
#include "text/utf8.h"
#include "text/word_set.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

}  // namespace

bool is_magazine_name(std::string_view name) {
  return contains_any_word(
      name, {"Magazine", "Atlantic", "New Yorker", "Scientific American", "Psychology Today",
             "Monitor on Psychology", "Time", "Newsweek", "Wired", "Slate", "Aeon", "Nautilus",
             "Economist", "Forbes", "National Geographic", "Smithsonian", "Vox"});
}

bool is_newspaper_name(std::string_view name) {
  if (name.find("Journal of") != npos) return false;
  return contains_any_word(
      name, {"Times", "Post", "Guardian", "Tribune", "Herald", "Telegraph", "Independent", "Globe",
             "Daily", "Gazette", "Observer", "Chronicle", "Wall Street Journal", "USA Today",
             "Financial", "Associated Press", "Reuters"});
}

bool is_organization_name(std::string_view name) {
  return contains_any_word(
      name, {"Department", "Institute", "Institutes", "University", "Agency", "Center", "Centre",
             "Bureau", "Ministry", "Office", "Service", "Council", "Foundation", "Organization",
             "Organisation", "Society", "Association", "Academies", "Academy", "Commission",
             "Trust", "College", "Administration", "Board", "School", "Project", "Programme",
             "Hospital", "Clinic", "Laboratory", "Network", "Alliance", "Coalition", "Committee",
             "Federation", "Authority", "Government", "Inquiry", "Tribunal", "Parliament",
             "Ombudsman", "Secretariat", "Directorate", "Consortium", "Investments",
             // French: "Institut de la statistique du Québec", "Ministère de la Santé".
             "Institut", "Ministère", "Université", "Conseil", "Gouvernement", "Agence",
             "Observatoire", "Société", "Secrétariat"});
}

bool opens_as_body(std::string_view name) {
  size_t third = 0;
  for (int words = 0; words < 3 && third != std::string_view::npos; ++words)
    third = name.find(' ', third + 1);
  return is_organization_name(name.substr(0, third));
}

bool names_a_law(std::string_view name) {
  // "Independent Review of the Mental Health Act 1983" is a body's name.
  if (is_organization_name(name) ||
      contains_any_word(name, {"Review", "Taskforce", "Task Force"})) {
    return false;
  }
  if (name.size() > 5 && is_ascii_digits(name.substr(name.size() - 4)) &&
      name[name.size() - 5] == ' ') {
    name.remove_suffix(5);
  }
  return name.find(' ') != npos && (name.ends_with(" Bill") || name.ends_with(" Act"));
}

bool is_report_title(std::string_view title) {
  return contains_any_word(title, {"Report", "report", "Guidelines", "guidelines", "Statement",
                                   "Brief", "Findings", "findings", "Estimates", "estimates",
                                   "Strategy", "Framework", "Fact sheet", "Data Brief"});
}

bool is_preprint_server(std::string_view name) {
  return contains_any_word(name, {"PsyArXiv", "bioRxiv", "BioRxiv", "medRxiv", "MedRxiv", "arXiv",
                                  "ArXiv", "OSF Preprints", "SSRN", "Research Square", "SocArXiv",
                                  "PeerJ Preprints", "EdArXiv", "MetaArXiv", "Preprints.org"});
}

bool is_report_kind(std::string_view description) {
  // "Annual report", "Technical report", "MRC policy brief": a report, by its kind.
  const bool report = (description.ends_with(" report") || description.ends_with(" brief")) &&
                      description.front() >= 'A' && description.front() <= 'Z' &&
                      std::count(description.begin(), description.end(), ' ') <= 2;
  return report ||
         is_one_of(description,
                   {"Fact sheet", "Press release", "News release", "Media release", "Policy brief",
                    "Brochure", "White paper", "Issue brief", "Research brief", "Special issue",
                    "Special section", "Statistical bulletin", "Briefing paper", "Policy briefing",
                    "Briefing", "Transcript"});
}

bool is_document_kind(std::string_view description) {
  return is_report_kind(description) && description != "Fact sheet" &&
         description != "Press release" && description != "News release" &&
         description != "Media release";
}

bool is_reference_work_name(std::string_view name) {
  return contains_any_word(name, {"Wikipedia", "Encyclopedia", "encyclopedia", "Encyclopaedia",
                                  "encyclopaedia", "Dictionary", "dictionary"});
}

bool is_social_platform(std::string_view name) {
  return is_one_of(name, {"X", "Twitter", "Instagram", "Facebook", "TikTok", "LinkedIn", "Reddit",
                          "Threads", "Bluesky", "Tumblr", "Mastodon", "Twitch"});
}

bool is_own_site(std::string_view url, std::string_view family) {
  const std::string name = fold_to_letters_and_digits(family);
  const size_t scheme = url.find("://");
  if (name.size() < 4 || scheme == std::string_view::npos) return false;
  std::string_view host = url.substr(scheme + 3);
  host = host.substr(0, host.find('/'));
  return fold_to_letters_and_digits(host).find(name) != std::string::npos;
}

bool is_region_name(std::string_view name) {
  return is_one_of(
      name,
      {"Quebec",       "Québec",       "Ontario",         "British Columbia",  "Alberta",
       "Manitoba",     "Saskatchewan", "Nova Scotia",     "New Brunswick",     "New South Wales",
       "Victoria",     "Queensland",   "South Australia", "Western Australia", "Tasmania",
       "California",   "Texas",        "Florida",         "Massachusetts",     "Illinois",
       "Pennsylvania", "Washington",   "Colorado"});
}

bool is_site_address(std::string_view name) {
  if (name.find(' ') != npos || name.find('.') == npos) return false;
  const std::string lower = ascii_lower(name);  // "GOV.UK"
  for (std::string_view ending :
       {".org", ".com", ".gov", ".net", ".edu", ".uk", ".au", ".ca", ".ie", ".nz", ".io"}) {
    if (std::string_view(lower).ends_with(ending)) return true;
  }
  return false;
}

bool names_unmodelled_type(std::string_view description) {
  for (std::string_view kind : {"Data set",
                                "Dataset",
                                "Film",
                                "Video",
                                "Audio",
                                "Podcast",
                                "podcast",
                                "Computer software",
                                "Software",
                                "Mobile app",
                                "Database",
                                "Measurement instrument",
                                "Unpublished raw data",
                                "Infographic",
                                "Tweet",
                                "Facebook",
                                "Instagram",
                                "Television",
                                "TV series",
                                "Song",
                                "Album",
                                "Painting",
                                "Photograph",
                                "Map",
                                "Interview"}) {
    if (description.find(kind) != std::string_view::npos) return true;
  }
  return false;
}

bool is_preprint_doi(std::string_view doi) {
  for (std::string_view prefix : {"10.31234/", "10.31219/", "10.31235/", "10.31222/", "10.35542/",
                                  "10.1101/", "10.2139/", "10.48550/", "10.21203/", "10.20944/"}) {
    if (doi.starts_with(prefix)) return true;
  }
  return false;
}

bool is_publisher_name(std::string_view name) {
  return contains_any_word(name, {"Press",      "Books",
                                  "Book",  // "University Book Exchange"
                                  "Publishing", "Publishers", "Publications",
                                  "Wiley",      "Sage",       "SAGE",
                                  "Springer",   "Routledge",  "Guilford",
                                  "Elsevier",   "Norton",     "Academic",
                                  "Erlbaum",    "Penguin",    "Random House",
                                  "Harper",     "McGraw",     "Pearson",
                                  "Macmillan",  "Freeman",    "Wadsworth",
                                  "Cengage",    "Dover",      "Hogarth",
                                  "Scribner",   "Knopf",      "Little, Brown",
                                  "Viking",     "Bantam",     "Jossey",
                                  "Lippincott", "Saunders",   "Mosby",
                                  "Worth",      "Sinauer",    "Taylor & Francis",
                                  "OpenStax",   "Houghton",   "Simon & Schuster",
                                  "Farrar",     "Avon",       "Inc",
                                  "Ltd",        "LLC",        "Company",
                                  "Verlag",     "Blackwell"});
}

bool is_periodical_name(std::string_view name) {
  return contains_any_word(
      name, {"Journal",       "Review",     "Bulletin",   "Quarterly",  "Letters",      "Annals",
             "Archives",      "Science",    "Nature",     "Lancet",     "Psychologist", "PLOS",
             "PLoS",          "JAMA",       "BMJ",        "Pediatrics", "Emotion",      "Cognition",
             "Psychological", "Psychology", "Psychiatry", "Medicine",   "Behavior",     "Behaviour",
             "Research",      "Sex Roles",  "Neuron",     "Cell",       "eLife",        "Frontiers",
             "Times",         "Post",       "Guardian",   "Magazine"});
}

bool is_place(std::string_view text) {
  size_t words = 0;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find(' ', at);
    if (end == npos) end = text.size();
    std::string_view word = text.substr(at, end - at);
    if (word.ends_with(',')) word.remove_suffix(1);
    // "Bowlby, J. New York": an initial is a person's, not a place's.
    const bool initial = word.size() == 2 && word[1] == '.';
    // "Lisse, the Netherlands": a country named with its article.
    if (word == "the" && end < text.size() && text.substr(end + 1).starts_with("Netherlands")) {
      at = end + 1;
      continue;
    }
    // "PTSD: National Center for PTSD": an acronym of four letters or more
    // names no place ("UK", "USA", "NSW" may).
    const bool acronym = word.size() >= 4 && is_ascii_capitals(word);
    if (word.empty() || word[0] < 'A' || word[0] > 'Z' ||
        word.find_first_of("0123456789&") != npos || initial || acronym) {
      return false;
    }
    ++words;
    at = end + 1;
  }
  return words >= 1 && words <= 4;
}

namespace {

// A town where publishers are, written after a publisher's name as natbib
// and biblatex write it: "New York", "London", "Oxford".
bool is_publishing_town(std::string_view town) {
  return is_one_of(
      town,
      {"New York",     "London",     "Oxford",    "Cambridge", "Boston",        "Chicago",
       "Philadelphia", "Washington", "Hillsdale", "Mahwah",    "Thousand Oaks", "San Francisco",
       "Hoboken",      "Baltimore",  "Princeton", "New Haven", "Berlin",        "Heidelberg",
       "Amsterdam",    "Cham",       "Toronto",   "Sydney",    "Melbourne",     "Abingdon",
       "Los Angeles",  "Vienna"});
}

// ", MA" closing "Harvard University, Cambridge, MA": a US state's code.
bool ends_with_state(std::string_view text) {
  return text.size() > 4 && text[text.size() - 4] == ',' && text[text.size() - 3] == ' ' &&
         std::isupper(static_cast<unsigned char>(text[text.size() - 2])) &&
         std::isupper(static_cast<unsigned char>(text[text.size() - 1]));
}

}  // namespace

namespace {

bool is_country(std::string_view name) {
  return is_one_of(name, {"Australia",      "Austria",       "Belgium", "Canada",      "China",
                          "Denmark",        "England",       "Finland", "France",      "Germany",
                          "India",          "Ireland",       "Israel",  "Italy",       "Japan",
                          "Netherlands",    "New Zealand",   "Norway",  "Scotland",    "Singapore",
                          "South Africa",   "Spain",         "Sweden",  "Switzerland", "UK",
                          "United Kingdom", "United States", "USA",     "Wales"});
}

}  // namespace

std::string publisher_name(std::string_view written) {
  written = trim(written);
  // "IBM Corp.", "Wiley, Inc.": the period closing a company's abbreviation is its own.
  std::string kept_period;
  for (std::string_view company : {" Corp", " Inc", " Ltd", " Co"}) {
    if (written.ends_with(company)) kept_period = ".";
  }
  // APA 6's "Washington, DC: Author": the author publishes it, which APA 7
  // says by naming no publisher.
  if (written == "Author" || written.ends_with(": Author")) return {};
  // APA 6's "New York, NY: Basic Books" and "New York: W. H. Freeman".
  const size_t colon = written.find(": ");
  if (colon != npos && is_place(written.substr(0, colon)) && colon + 2 < written.size()) {
    return std::string(written.substr(colon + 2)) + kept_period;
  }
  // "University of Melbourne, Melbourne, Australia": a city and country after the name.
  if (const size_t country = written.rfind(", ");
      country != npos && is_country(written.substr(country + 2))) {
    const std::string_view before = written.substr(0, country);
    const size_t city = before.rfind(", ");
    if (city != npos && is_place(before.substr(city + 2))) {
      return std::string(before.substr(0, city));
    }
  }
  // "Harvard University, Cambridge, MA": the place after the name.
  if (ends_with_state(written)) {
    const std::string_view before = written.substr(0, written.size() - 4);
    const size_t comma = before.rfind(", ");
    if (comma != npos && is_place(before.substr(comma + 2))) {
      return std::string(before.substr(0, comma));
    }
  }
  // natbib's "Springer, New York": a publishing town after the name.
  if (const size_t comma = written.rfind(", ");
      comma != npos && is_publishing_town(written.substr(comma + 2))) {
    return std::string(written.substr(0, comma)) + kept_period;
  }
  return std::string(written) + kept_period;
}

}  // namespace mwp
