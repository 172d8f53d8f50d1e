#include <md4c.h>

#include "render/html_entity.h"
#include "render/markdown.h"

namespace mwp {
namespace {

class TextWriter {
 public:
  std::string take() {
    while (!out_.empty() && (out_.back() == '\n' || out_.back() == ' ')) out_.pop_back();
    return std::move(out_);
  }

  int enter_block(MD_BLOCKTYPE, void*) { return 0; }

  int leave_block(MD_BLOCKTYPE type, void*) {
    switch (type) {
      case MD_BLOCK_P:
      case MD_BLOCK_H:
      case MD_BLOCK_CODE:
      case MD_BLOCK_HTML:
      case MD_BLOCK_TABLE:
        separate("\n\n");
        break;
      case MD_BLOCK_LI:
      case MD_BLOCK_TR:
        separate("\n");
        break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        separate(" ");
        break;
      default:
        break;
    }
    return 0;
  }

  int enter_span(MD_SPANTYPE, void*) { return 0; }
  int leave_span(MD_SPANTYPE, void*) { return 0; }

  int text(MD_TEXTTYPE type, std::string_view text) {
    switch (type) {
      case MD_TEXT_NULLCHAR:
        out_ += "\xEF\xBF\xBD";
        break;
      case MD_TEXT_BR:
        out_ += '\n';
        break;
      case MD_TEXT_SOFTBR:
        out_ += ' ';
        break;
      case MD_TEXT_ENTITY:
        out_ += decode_html_entity(text).value_or(std::string(text));
        break;
      default:
        out_ += text;
    }
    return 0;
  }

 private:
  // Ends the current block with `separator` unless a longer one is there.
  void separate(std::string_view separator) {
    if (out_.empty()) return;
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();
    size_t newlines = 0;
    while (newlines < out_.size() && out_[out_.size() - 1 - newlines] == '\n') ++newlines;
    const size_t wanted = separator == " " ? 0 : separator.size();
    if (newlines == 0 && separator == " ") out_ += ' ';
    for (size_t n = newlines; n < wanted; ++n) out_ += '\n';
  }

  std::string out_;
};

}  // namespace

std::string markdown_to_text(std::string_view markdown) {
  TextWriter writer;
  MD_PARSER parser{};
  parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOHTML;
  parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* u) {
    return static_cast<TextWriter*>(u)->enter_block(t, d);
  };
  parser.leave_block = [](MD_BLOCKTYPE t, void* d, void* u) {
    return static_cast<TextWriter*>(u)->leave_block(t, d);
  };
  parser.enter_span = [](MD_SPANTYPE t, void* d, void* u) {
    return static_cast<TextWriter*>(u)->enter_span(t, d);
  };
  parser.leave_span = [](MD_SPANTYPE t, void* d, void* u) {
    return static_cast<TextWriter*>(u)->leave_span(t, d);
  };
  parser.text = [](MD_TEXTTYPE t, const MD_CHAR* s, MD_SIZE n, void* u) {
    return static_cast<TextWriter*>(u)->text(t, std::string_view(s, n));
  };
  md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &writer);
  return writer.take();
}

}  // namespace mwp
