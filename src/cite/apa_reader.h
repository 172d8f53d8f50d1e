// The APA 7 reference reader behind parse_apa_reference() (apa_parser.h):
// it reads a pasted reference element by element, and keeps a reason for
// every part it could not read with confidence. Its methods are spread over
// apa_parser.cc (the elements in order), apa_tail.cc (the link and what else
// closes the entry), apa_lead.cc (authors, editors or a title), apa_title.cc
// (a title's details and description), apa_source.cc (the source of each
// reference type), apa_periodical.cc (the source of a periodical's article),
// apa_legal.cc (legal references), apa_habits.cc (other styles' and APA 6's
// habits that read without doubt)
// and apa_doubts.cc (doubts about how the whole is written).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cite/apa_dates.h"
#include "cite/apa_sentences.h"
#include "cite/pasted_text.h"
#include "model/reference.h"

namespace mwp {

// An element's text: trimmed, without the period that closes it.
std::string element_text(std::string_view text);

// apa_title.cc: where the group that closes `text` (")" or "]") opens, or npos.
size_t matching_open(std::string_view text);

// apa_lead.cc: "Bem, S. L. 1974.", "Maslach, C., Leiter, M.P., 2016." or
// "Unger, G. [2020].": a year standing alone (or in brackets) after authors
// in APA form, read as the date element, which runs from the separator
// before the year to its period.
std::optional<ApaDate> find_bare_year(std::string_view text);

// apa_lead.cc: "Costa PT Jr, Terracciano A, McCrae RR": every author a
// family name and initials, in Vancouver form.
bool vancouver_authors(std::string_view lead);

class ApaReader {
 public:
  static constexpr size_t npos = std::string_view::npos;

  explicit ApaReader(std::string_view markdown);

  // Reads the reference. Nullopt when the text is not a reference at all
  // (`failure` says why); otherwise the reference, and `doubts` lists what
  // was not read with confidence (empty when everything was).
  std::optional<Reference> read();

  const std::vector<std::string>& doubts() const { return doubts_; }
  const std::string& failure() const { return failure_; }
  // The reference is in another style: only its authors and year were read.
  bool only_authors_and_year() const { return only_authors_and_year_; }

 private:
  // apa_parser.cc: the outer elements.
  std::optional<Reference> read_foreign(TextRange rest);
  bool read_legal(TextRange rest);
  ApaDate past_correction_title(const ApaDate& date, TextRange rest) const;
  std::optional<Reference> read_only_authors_and_year(std::vector<PersonName> authors, int year);
  void doubt_the_writing();
  void doubt_fields_as_read();
  void doubt_italics();
  void doubt_unread_words(TextRange lead, TextRange body);
  void read_persons_in_kept_name(std::string_view lead);
  void strip_tail(TextRange& rest);
  bool strip_link(TextRange& rest);
  bool strip_bracketed_doi(TextRange& rest);
  void strip_retraction(TextRange& rest);
  void strip_pdf_stamp(TextRange& rest);
  void strip_access_date(TextRange& rest);
  void read_linked_title();
  bool read_lead(TextRange lead);
  void read_authors(std::string_view text);
  void read_title_description();

  // apa_source.cc and apa_periodical.cc: title and source, by reference type.
  void read_body(TextRange body);
  void read_quoted_title(TextRange& body);
  void read_day_month_tail(TextRange& body);
  // `skip`: the length of "In " before the book, or 0 for APA 6's
  // "Proceedings of ..." written without it.
  bool read_chapter(const std::vector<TextRange>& sentences, size_t in, size_t skip = 3);
  void read_preprint_server(const std::string& where);
  void read_chapter_container(TextRange after);
  void read_series(std::string_view series);
  bool italic_title_with_details(TextRange sentence) const;
  void settle_title_read_first(TextRange between);
  bool read_periodical(const std::vector<TextRange>& sentences);
  bool read_cited_journal(const std::vector<TextRange>& sentences);
  void read_book_like(const std::vector<TextRange>& sentences);
  TextRange title_with_details(const std::vector<TextRange>& sentences, size_t& next);
  TextRange without_title_groups(TextRange title);
  bool read_series_code(std::string_view sentence);
  bool read_directed_by(const std::vector<TextRange>& sentences);
  void read_media_source(const std::string& where);
  void read_details(std::string_view details, bool in_container);
  bool read_description(std::string_view description);
  TextRange without_description(TextRange title);
  void read_container_details(std::string_view text);
  void set_periodical_type(std::string_view name, bool italic_name);
  void read_preprint_in_journal_place();
  void read_event(const std::string& where);
  bool read_unbracketed_description(const std::string& where);
  bool read_presented_at(const std::string& where);
  void read_thesis_number(std::vector<TextRange>& source);
  bool read_named_periodical(TextRange name, bool advance_online);
  void read_publisher_or_site(const std::string& where);
  // publisher_name(written), with the place it leaves out set aside.
  std::string publisher(std::string_view written);
  bool read_edition_in_title();
  void read_volume_in_title();
  void doubt_title_sentences();
  // Doubts about database notes, TeX and translations in fields read
  // otherwise whole; the lead, before the date, is s_[0, lead_end).
  void doubt_pasted_fields(size_t lead_end);
  bool read_numbered_report(const std::string& where);

  std::string_view view(TextRange range) const {
    return s_.substr(range.begin, range.end - range.begin);
  }
  TextRange trimmed(TextRange range) const;
  std::string title_text(TextRange range) const;
  bool italic(TextRange range) const { return pasted_.emphasised(range.begin, range.end); }
  void doubt(std::string reason) { doubts_.push_back(std::move(reason)); }
  // Text read and left out on purpose, which unread_words() counts as read.
  void set_aside(std::string_view text) {
    set_aside_.append(text);
    set_aside_ += ' ';
  }

  PastedText pasted_;
  std::string_view s_;
  Reference reference_;
  bool title_read_ = false;      // read before the source: it stood first, or in quotation marks
  bool title_italic_ = false;    // a title standing first, in italics
  bool lead_as_title_ = false;   // a group's name in sentence case taken for a title standing first
  size_t title_begin_ = 0;       // where the title after the date begins
  bool retrieved_from_ = false;  // "Retrieved ... from" before the URL
  bool available_at_ = false;    // Harvard's "Available at:", written after any document
  bool online_ = false;          // Harvard's "[online]" before the site: a page
  std::string retrieved_site_;   // APA 6's "Retrieved from Site: URL"
  bool only_authors_and_year_ = false;
  bool entry_follows_ = false;  // "In " follows the date: an entry in a reference work
  // Only a link, or "Retrieved ... from", follows the date: the lead is the title.
  bool nothing_follows_ = false;
  std::vector<std::string> doubts_;
  std::string set_aside_;
  size_t pasted_after_ = std::string_view::npos;  // where labels pasted after the entry begin
  std::string failure_;
};

}  // namespace mwp
