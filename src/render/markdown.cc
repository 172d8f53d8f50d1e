#include "render/markdown.h"

#include <md4c.h>

#include <algorithm>
#include <optional>

#include "render/citation_markers.h"
#include "render/url_policy.h"
#include "text/escape.h"
#include "text/html_entity.h"

namespace mwp {
namespace {

std::string attribute_text(const MD_ATTRIBUTE& attribute) {
  std::string out;
  for (unsigned i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
    const std::string_view part(attribute.text + attribute.substr_offsets[i],
                                attribute.substr_offsets[i + 1] - attribute.substr_offsets[i]);
    switch (attribute.substr_types[i]) {
      case MD_TEXT_ENTITY:
        out += decode_html_entity(part).value_or(std::string(part));
        break;
      case MD_TEXT_NULLCHAR:
        out += "\xEF\xBF\xBD";
        break;
      default:
        out += part;
    }
  }
  return strip_citation_markers(out);  // markers never belong in attributes
}

class HtmlWriter {
 public:
  HtmlWriter(const MarkdownOptions& options, size_t expected_size)
      : options_(options), ids_(options.ids ? options.ids : &own_ids_) {
    out_.reserve(expected_size);
  }

  std::string take() { return std::move(out_); }

  int enter_block(MD_BLOCKTYPE type, void* detail);
  int leave_block(MD_BLOCKTYPE type, void* detail);
  int enter_span(MD_SPANTYPE type, void* detail);
  int leave_span(MD_SPANTYPE type, void* detail);
  int text(MD_TEXTTYPE type, std::string_view text);

 private:
  void emit_text(std::string_view text, bool raw);
  void emit_plain(std::string_view text, bool raw);
  void finish_marker();
  void open_citation(size_t index);
  void close_citation();

  const MarkdownOptions& options_;
  AnchorIds own_ids_;
  AnchorIds* ids_;
  std::string out_;
  int image_depth_ = 0;               // inside an image: text goes to its alt attribute
  std::vector<bool> skipped_images_;  // per open top-level image: dropped as unsafe
  int link_depth_ = 0;
  int span_depth_ = 0;
  bool in_heading_ = false;
  size_t heading_start_ = 0;
  std::string heading_text_;
  std::optional<size_t> reading_marker_;  // digits read so far of an open marker
  bool cite_open_ = false;
  bool cite_close_pending_ = false;
  int cite_depth_ = 0;
  std::string cite_close_tag_;
};

int heading_level(const MarkdownOptions& options, void* detail) {
  const int level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
  return std::clamp(std::max(level, options.min_heading_level), 1, 6);
}

const char* align_class(void* detail) {
  switch (static_cast<MD_BLOCK_TD_DETAIL*>(detail)->align) {
    case MD_ALIGN_LEFT:
      return " class=\"align-left\"";
    case MD_ALIGN_CENTER:
      return " class=\"align-center\"";
    case MD_ALIGN_RIGHT:
      return " class=\"align-right\"";
    default:
      return "";
  }
}

int HtmlWriter::enter_block(MD_BLOCKTYPE type, void* detail) {
  finish_marker();
  if (cite_open_) close_citation();
  switch (type) {
    case MD_BLOCK_DOC:
      break;
    case MD_BLOCK_QUOTE:
      out_ += "<blockquote>\n";
      break;
    case MD_BLOCK_UL:
      out_ += "<ul>\n";
      break;
    case MD_BLOCK_OL: {
      const unsigned start = static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start;
      out_ += start == 1 ? "<ol>\n" : "<ol start=\"" + std::to_string(start) + "\">\n";
      break;
    }
    case MD_BLOCK_LI:
      out_ += "<li>";
      break;
    case MD_BLOCK_HR:
      out_ += "<hr>\n";
      break;
    case MD_BLOCK_H:
      in_heading_ = true;
      heading_start_ = out_.size();
      heading_text_.clear();
      break;
    case MD_BLOCK_CODE: {
      const std::string lang = attribute_text(static_cast<MD_BLOCK_CODE_DETAIL*>(detail)->lang);
      out_ += "<pre><code";
      if (!lang.empty()) out_ += " class=\"language-" + html_escape(lang) + "\"";
      out_ += ">";
      break;
    }
    case MD_BLOCK_HTML:
      break;
    case MD_BLOCK_P:
      out_ += "<p>";
      break;
    case MD_BLOCK_TABLE:
      out_ += "<div class=\"table-wrap\"><table>\n";
      break;
    case MD_BLOCK_THEAD:
      out_ += "<thead>\n";
      break;
    case MD_BLOCK_TBODY:
      out_ += "<tbody>\n";
      break;
    case MD_BLOCK_TR:
      out_ += "<tr>";
      break;
    case MD_BLOCK_TH:
      out_ += std::string("<th") + align_class(detail) + ">";
      break;
    case MD_BLOCK_TD:
      out_ += std::string("<td") + align_class(detail) + ">";
      break;
  }
  return 0;
}

int HtmlWriter::leave_block(MD_BLOCKTYPE type, void* detail) {
  finish_marker();
  if (cite_open_) close_citation();
  switch (type) {
    case MD_BLOCK_DOC:
      break;
    case MD_BLOCK_QUOTE:
      out_ += "</blockquote>\n";
      break;
    case MD_BLOCK_UL:
      out_ += "</ul>\n";
      break;
    case MD_BLOCK_OL:
      out_ += "</ol>\n";
      break;
    case MD_BLOCK_LI:
      out_ += "</li>\n";
      break;
    case MD_BLOCK_HR:
      break;
    case MD_BLOCK_H: {
      const std::string level = std::to_string(heading_level(options_, detail));
      const std::string id = ids_->claim(heading_text_);
      out_.insert(heading_start_, "<h" + level + " id=\"" + html_escape(id) + "\">");
      out_ += "</h" + level + ">\n";
      in_heading_ = false;
      break;
    }
    case MD_BLOCK_CODE:
      out_ += "</code></pre>\n";
      break;
    case MD_BLOCK_HTML:
      break;
    case MD_BLOCK_P:
      out_ += "</p>\n";
      break;
    case MD_BLOCK_TABLE:
      out_ += "</table></div>\n";
      break;
    case MD_BLOCK_THEAD:
      out_ += "</thead>\n";
      break;
    case MD_BLOCK_TBODY:
      out_ += "</tbody>\n";
      break;
    case MD_BLOCK_TR:
      out_ += "</tr>\n";
      break;
    case MD_BLOCK_TH:
      out_ += "</th>";
      break;
    case MD_BLOCK_TD:
      out_ += "</td>";
      break;
  }
  return 0;
}

int HtmlWriter::enter_span(MD_SPANTYPE type, void* detail) {
  finish_marker();
  ++span_depth_;
  if (image_depth_ > 0) {
    if (type == MD_SPAN_IMG) ++image_depth_;
    return 0;
  }
  switch (type) {
    case MD_SPAN_EM:
      out_ += "<em>";
      break;
    case MD_SPAN_STRONG:
      out_ += "<strong>";
      break;
    case MD_SPAN_DEL:
      out_ += "<del>";
      break;
    case MD_SPAN_CODE:
      out_ += "<code>";
      break;
    case MD_SPAN_U:
      out_ += "<u>";
      break;
    case MD_SPAN_A: {
      const auto* a = static_cast<MD_SPAN_A_DETAIL*>(detail);
      std::string href = attribute_text(a->href);
      if (href.rfind("www.", 0) == 0) href = "http://" + href;  // permissive www autolink
      out_ += "<a";
      if (url_allowed(href, true)) {
        out_ += " href=\"";
        append_url(out_, href);
        out_ += "\"";
      }
      const std::string title = attribute_text(a->title);
      if (!title.empty()) out_ += " title=\"" + html_escape(title) + "\"";
      out_ += ">";
      ++link_depth_;
      break;
    }
    case MD_SPAN_IMG: {
      const std::string src = attribute_text(static_cast<MD_SPAN_IMG_DETAIL*>(detail)->src);
      skipped_images_.push_back(src.empty() || !url_allowed(src, false));
      if (skipped_images_.back()) break;  // its description stays as text
      out_ += "<img src=\"";
      append_url(out_, src);
      out_ += "\" alt=\"";
      ++image_depth_;
      break;
    }
    default:
      break;  // LaTeX and wiki links are not enabled
  }
  return 0;
}

int HtmlWriter::leave_span(MD_SPANTYPE type, void* detail) {
  finish_marker();
  if (cite_open_ && cite_depth_ == span_depth_ && image_depth_ == 0) close_citation();
  --span_depth_;
  if (type == MD_SPAN_IMG && image_depth_ <= 1) skipped_images_.pop_back();  // top-level image
  if (image_depth_ > 0) {
    if (type == MD_SPAN_IMG && --image_depth_ == 0) {
      out_ += "\"";
      const std::string title = attribute_text(static_cast<MD_SPAN_IMG_DETAIL*>(detail)->title);
      if (!title.empty()) out_ += " title=\"" + html_escape(title) + "\"";
      out_ += ">";
    }
    return 0;
  }
  switch (type) {
    case MD_SPAN_EM:
      out_ += "</em>";
      break;
    case MD_SPAN_STRONG:
      out_ += "</strong>";
      break;
    case MD_SPAN_DEL:
      out_ += "</del>";
      break;
    case MD_SPAN_CODE:
      out_ += "</code>";
      break;
    case MD_SPAN_U:
      out_ += "</u>";
      break;
    case MD_SPAN_A:
      out_ += "</a>";
      --link_depth_;
      break;
    default:
      break;  // a skipped image has no tags
  }
  if (cite_open_ && cite_close_pending_ && cite_depth_ == span_depth_) close_citation();
  return 0;
}

int HtmlWriter::text(MD_TEXTTYPE type, std::string_view text) {
  switch (type) {
    case MD_TEXT_NULLCHAR:
      emit_text("\xEF\xBF\xBD", false);
      break;
    case MD_TEXT_BR:
      if (image_depth_ > 0) {
        emit_text(" ", false);
      } else {
        finish_marker();
        out_ += "<br>\n";
      }
      break;
    case MD_TEXT_SOFTBR:
      emit_text(image_depth_ > 0 ? " " : "\n", false);
      break;
    case MD_TEXT_ENTITY: {
      const auto decoded = decode_html_entity(text);
      emit_text(decoded ? std::string_view(*decoded) : text, false);
      break;
    }
    case MD_TEXT_HTML:
      emit_text(text, options_.raw_html && image_depth_ == 0);
      break;
    default:
      emit_text(text, false);
  }
  return 0;
}

// Writes `text`, acting on the citation markers in it.
void HtmlWriter::emit_text(std::string_view text, bool raw) {
  size_t plain_from = 0;
  // Every marker starts with byte 0xEE, which only ever leads a code point.
  for (size_t i = text.find('\xEE'); i != std::string_view::npos; i = text.find('\xEE', i + 1)) {
    unsigned digit = 0;
    const MarkerKind kind = marker_at(text, i, &digit);
    if (kind == MarkerKind::none) continue;
    if (plain_from < i) finish_marker();
    emit_plain(text.substr(plain_from, i - plain_from), raw);
    if (kind == MarkerKind::open) {
      finish_marker();
      reading_marker_ = 0;
    } else if (kind == MarkerKind::digit && reading_marker_) {
      *reading_marker_ = *reading_marker_ * 10 + digit;
    } else if (kind == MarkerKind::close) {
      finish_marker();
      if (cite_open_ && cite_depth_ == span_depth_) {
        close_citation();
      } else if (cite_open_) {
        cite_close_pending_ = true;
      }
    }
    i += 2;
    plain_from = i + 1;
  }
  if (plain_from < text.size()) {
    finish_marker();
    emit_plain(text.substr(plain_from), raw);
  }
}

void HtmlWriter::emit_plain(std::string_view text, bool raw) {
  if (text.empty()) return;
  if (in_heading_) heading_text_ += text;
  if (raw) {
    out_ += text;
  } else {
    append_html_escaped(out_, text);
  }
}

void HtmlWriter::finish_marker() {
  if (!reading_marker_) return;
  const size_t index = *reading_marker_;
  reading_marker_.reset();
  open_citation(index);
}

void HtmlWriter::open_citation(size_t index) {
  if (cite_open_ || image_depth_ > 0 || index >= options_.citations.size()) return;
  const CitationLink& c = options_.citations[index];
  const std::string id = "cite-" + std::to_string(c.reference) + "-" + std::to_string(c.occurrence);
  if (c.begin == c.end) {  // an anchor only: the reference list links back to it
    out_ += "<span class=\"cite\" id=\"" + id + "\"></span>";
    return;
  }
  if (link_depth_ > 0) {
    out_ += "<span class=\"cite\" id=\"" + id + "\">";
    cite_close_tag_ = "</span>";
  } else {
    out_ +=
        "<a class=\"cite\" href=\"#ref-" + std::to_string(c.reference) + "\" id=\"" + id + "\">";
    cite_close_tag_ = "</a>";
  }
  cite_open_ = true;
  cite_close_pending_ = false;
  cite_depth_ = span_depth_;
}

void HtmlWriter::close_citation() {
  out_ += cite_close_tag_;
  cite_open_ = false;
  cite_close_pending_ = false;
}

template <typename Writer>
MD_PARSER make_parser(unsigned flags) {
  MD_PARSER parser{};
  parser.flags = flags;
  parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* u) {
    return static_cast<Writer*>(u)->enter_block(t, d);
  };
  parser.leave_block = [](MD_BLOCKTYPE t, void* d, void* u) {
    return static_cast<Writer*>(u)->leave_block(t, d);
  };
  parser.enter_span = [](MD_SPANTYPE t, void* d, void* u) {
    return static_cast<Writer*>(u)->enter_span(t, d);
  };
  parser.leave_span = [](MD_SPANTYPE t, void* d, void* u) {
    return static_cast<Writer*>(u)->leave_span(t, d);
  };
  parser.text = [](MD_TEXTTYPE t, const MD_CHAR* s, MD_SIZE n, void* u) {
    return static_cast<Writer*>(u)->text(t, std::string_view(s, n));
  };
  return parser;
}

constexpr unsigned kFlags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH |
                            MD_FLAG_PERMISSIVEURLAUTOLINKS | MD_FLAG_PERMISSIVEWWWAUTOLINKS;

}  // namespace

std::string markdown_to_html(std::string_view markdown, const MarkdownOptions& options) {
  const std::string source = insert_citation_markers(markdown, options.citations);
  HtmlWriter writer(options, source.size() + source.size() / 4);
  const MD_PARSER parser =
      make_parser<HtmlWriter>(kFlags | (options.raw_html ? 0u : unsigned{MD_FLAG_NOHTML}));
  md_parse(source.data(), static_cast<MD_SIZE>(source.size()), &parser, &writer);
  return writer.take();
}

}  // namespace mwp
