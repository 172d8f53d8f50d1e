#include "render/markdown.h"

#include <md4c.h>

#include "render/citation_markers.h"
#include "render/markdown_html_writer.h"

namespace mwp {
namespace {

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
  MarkdownHtmlWriter writer(options, source.size() + source.size() / 4);
  const MD_PARSER parser =
      make_parser<MarkdownHtmlWriter>(kFlags | (options.raw_html ? 0u : unsigned{MD_FLAG_NOHTML}));
  md_parse(source.data(), static_cast<MD_SIZE>(source.size()), &parser, &writer);
  return writer.take();
}

}  // namespace mwp