#include <algorithm>
#include <string>

#include "render/markdown_html_writer.h"
#include "text/escape.h"

namespace mwp {
namespace {

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

}  // namespace

// A block's edge ends the citation marker being read and the citation open.
void MarkdownHtmlWriter::end_citation_at_block() {
  finish_marker();
  if (cite_open_) close_citation();
}

int MarkdownHtmlWriter::enter_block(MD_BLOCKTYPE type, void* detail) {
  end_citation_at_block();
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

int MarkdownHtmlWriter::leave_block(MD_BLOCKTYPE type, void* detail) {
  end_citation_at_block();
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

}  // namespace mwp
