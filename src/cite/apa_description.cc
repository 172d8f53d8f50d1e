// read_description_text() (apa_source_words.h): the bracketed description
// after a title, "[Doctoral dissertation, University of X]", "[Film]".
#include <algorithm>
#include <optional>
#include <string>

#include "cite/apa_source_names.h"
#include "cite/apa_source_words.h"
#include "text/utf8.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

// The audiovisual, social media, data and software descriptions of APA 7
// (10.10-10.16), by the type they give.
std::optional<ReferenceType> media_type(std::string_view kind) {
  struct Kind {
    std::string_view description;
    ReferenceType type;
  };
  static constexpr Kind kKinds[] = {
      {"Film", ReferenceType::motion_picture},
      {"Video", ReferenceType::motion_picture},
      {"Lecture recording", ReferenceType::motion_picture},
      {"Webinar", ReferenceType::motion_picture},
      {"DVD", ReferenceType::motion_picture},
      {"Motion picture", ReferenceType::motion_picture},  // APA 6
      {"Motion Picture", ReferenceType::motion_picture},
      {"Audio podcast episode", ReferenceType::broadcast},
      {"Video podcast episode", ReferenceType::broadcast},
      {"Podcast episode", ReferenceType::broadcast},
      {"Audio podcast", ReferenceType::broadcast},
      {"Video podcast", ReferenceType::broadcast},
      {"Radio broadcast", ReferenceType::broadcast},
      {"TV series episode", ReferenceType::broadcast},
      {"TV series", ReferenceType::broadcast},
      {"Tweet", ReferenceType::post},
      {"Thread", ReferenceType::post},
      {"Post", ReferenceType::post},  // X's name for a tweet
      {"Status update", ReferenceType::post},
      {"Online forum post", ReferenceType::post},
      {"Photograph", ReferenceType::post},
      {"Photographs", ReferenceType::post},
      {"Infographic", ReferenceType::post},
      {"Image", ReferenceType::post},
      {"Data set", ReferenceType::dataset},
      {"Database record", ReferenceType::dataset},  // a test's record in APA PsycTests
      {"Dataset", ReferenceType::dataset},
      {"Data table", ReferenceType::dataset},  // a statistics agency's table
      {"Computer software", ReferenceType::software},
      {"R package", ReferenceType::software},
      {"Software", ReferenceType::software},
      {"Mobile app", ReferenceType::software},
      {"Video game", ReferenceType::software},
      {"Report", ReferenceType::report},  // Zotero's "[Report]"
      {"Large language model", ReferenceType::software},
  };
  for (const Kind& known : kKinds) {
    if (kind == known.description) return known.type;
  }
  // A profile, page or channel on a platform: "[Twitter profile]", "[X
  // profile]", "[Facebook page]", "[YouTube channel]", "[Twitch channel]".
  for (std::string_view page : {" profile", " page", " channel"}) {
    if (!kind.ends_with(page)) continue;
    const std::string_view platform = kind.substr(0, kind.size() - page.size());
    if (is_social_platform(platform) || platform == "YouTube") {
      return ReferenceType::post;
    }
  }
  return std::nullopt;
}

}  // namespace

Description read_description_text(std::string_view description) {
  Description read;
  const size_t comma = description.find(", ");
  const std::string_view kind = comma == npos ? description : description.substr(0, comma);
  // "Master’s thesis": compared with a typographic apostrophe as a straight one.
  const std::string straight = with_straight_apostrophes(kind);
  // natbib's "PhD thesis, University": APA 7's doctoral dissertation.
  if (straight == "PhD thesis" || straight == "Ph.D. thesis" || straight == "PhD Thesis") {
    read.type = ReferenceType::thesis;
    read.genre = "Doctoral dissertation";
    if (comma != npos) read.institution = std::string(description.substr(comma + 2));
    return read;
  }
  for (std::string_view thesis :
       {"Doctoral dissertation", "Master's thesis", "Unpublished doctoral dissertation",
        "Unpublished master's thesis", "Bachelor's thesis", "Honours thesis", "Honors thesis",
        "Master's dissertation", "Unpublished master's dissertation", "Doctoral thesis",
        "Unpublished doctoral thesis", "Honours dissertation", "Master's research report"}) {
    if (straight != thesis) continue;
    read.type = ReferenceType::thesis;
    std::string genre(kind);
    if (genre.starts_with("Unpublished ")) {
      read.unpublished = true;
      genre = genre.substr(12);
      genre[0] = static_cast<char>(genre[0] - 'a' + 'A');
    }
    read.genre = genre;
    if (comma != npos) read.institution = std::string(description.substr(comma + 2));
    return read;
  }
  // "[Fellowship dissertation, National Postgraduate Medical College]",
  // "[MPhil thesis, ...]", a repository's "[Prof Doc Thesis, ...]": another
  // degree's thesis, its kind as written.
  if ((kind.ends_with(" dissertation") || kind.ends_with(" thesis") || kind.ends_with(" Thesis")) &&
      std::count(kind.begin(), kind.end(), ' ') <= 2 && kind.front() >= 'A' &&
      kind.front() <= 'Z') {
    read.type = ReferenceType::thesis;
    read.genre = std::string(kind);
    if (comma != npos) read.institution = std::string(description.substr(comma + 2));
    return read;
  }
  // "[Paper presentation]", "[Keynote address]", "[Nobel Prize lecture]", "[Speech]".
  if (kind.ends_with("presentation") || kind.ends_with(" address") || kind.ends_with(" lecture") ||
      kind == "Lecture" || kind == "Speech" || kind == "Conference session" ||
      kind == "Symposium" || kind == "Poster" || kind == "Poster session" ||
      kind == "Roundtable discussion" || kind == "PowerPoint slides" || kind == "Lecture notes" ||
      kind == "Slides") {
    read.type = ReferenceType::speech;
    read.genre = std::string(kind);
    return read;
  }
  // Work not yet published: "[Manuscript submitted for publication]".
  if (kind == "Unpublished manuscript" || kind == "Manuscript submitted for publication" ||
      kind == "Manuscript in preparation") {
    read.type = ReferenceType::preprint;
    read.genre = std::string(kind);
    return read;
  }
  if (kind == "Preprint") {
    read.type = ReferenceType::preprint;
    return read;
  }
  if (const std::optional<ReferenceType> media = media_type(kind); media && comma == npos) {
    read.type = media;
    read.genre = std::string(kind);
  } else if (kind == "Video file" || kind == "Video webcast") {
    read.type = ReferenceType::motion_picture;  // APA 6's names for APA 7's "[Video]"
    read.genre = "Video";
  }
  return read;
}

}  // namespace mwp
