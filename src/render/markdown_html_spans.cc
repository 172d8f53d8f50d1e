#include <string>

#include "render/citation_markers.h"
#include "render/markdown_html_writer.h"
#include "render/url_policy.h"
#include "text/escape.h"
#include "text/html_entity.h"

namespace mwp {

std::string MarkdownHtmlWriter::attribute_text(const MD_ATTRIBUTE& attribute) {
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

int MarkdownHtmlWriter::enter_span(MD_SPANTYPE type, void* detail) {
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

int MarkdownHtmlWriter::leave_span(MD_SPANTYPE type, void* detail) {
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

int MarkdownHtmlWriter::text(MD_TEXTTYPE type, std::string_view text) {
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
void MarkdownHtmlWriter::emit_text(std::string_view text, bool raw) {
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

void MarkdownHtmlWriter::emit_plain(std::string_view text, bool raw) {
  if (text.empty()) return;
  if (in_heading_) heading_text_ += text;
  if (raw) {
    out_ += text;
  } else {
    append_html_escaped(out_, text);
  }
}

void MarkdownHtmlWriter::finish_marker() {
  if (!reading_marker_) return;
  const size_t index = *reading_marker_;
  reading_marker_.reset();
  open_citation(index);
}

void MarkdownHtmlWriter::open_citation(size_t index) {
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

void MarkdownHtmlWriter::close_citation() {
  out_ += cite_close_tag_;
  cite_open_ = false;
  cite_close_pending_ = false;
}

}  // namespace mwp
