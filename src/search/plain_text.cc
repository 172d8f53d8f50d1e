#include "search/plain_text.h"

#include <md4c.h>

#include <cstdint>
#include <string>

namespace mwp {
namespace {

struct PlainTextState {
  std::string out;
  int suppressed = 0;  // depth inside elements whose text is not shown

  void break_block() {
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (!out.empty() && out.back() != '\n') out += '\n';
  }
};

void append_code_point(std::string& out, uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes one entity as md4c reports it ("&amp;", "&#39;", "&#x2014;").
void append_entity(std::string& out, std::string_view entity) {
  struct Named {
    std::string_view name;
    uint32_t code_point;
  };
  static constexpr Named kNamed[] = {{"&amp;", '&'},      {"&lt;", '<'},       {"&gt;", '>'},
                                     {"&quot;", '"'},     {"&apos;", '\''},    {"&nbsp;", ' '},
                                     {"&mdash;", 0x2014}, {"&ndash;", 0x2013}, {"&hellip;", 0x2026},
                                     {"&rsquo;", 0x2019}, {"&lsquo;", 0x2018}, {"&ldquo;", 0x201C},
                                     {"&rdquo;", 0x201D}};
  for (const Named& named : kNamed) {
    if (entity == named.name) return append_code_point(out, named.code_point);
  }
  if (entity.size() > 3 && entity[1] == '#') {
    const bool hex = entity[2] == 'x' || entity[2] == 'X';
    uint32_t cp = 0;
    for (size_t i = hex ? 3 : 2; i + 1 < entity.size() && cp <= 0x10FFFF; ++i) {
      const char c = entity[i];
      const uint32_t base = hex ? 16u : 10u;
      uint32_t digit = 0;
      if (c >= '0' && c <= '9') {
        digit = static_cast<uint32_t>(c - '0');
      } else if (hex && c >= 'a' && c <= 'f') {
        digit = static_cast<uint32_t>(c - 'a' + 10);
      } else if (hex && c >= 'A' && c <= 'F') {
        digit = static_cast<uint32_t>(c - 'A' + 10);
      } else {
        break;
      }
      cp = cp * base + digit;
    }
    return append_code_point(out, cp);
  }
  out += entity;
}

int enter_block(MD_BLOCKTYPE type, void*, void* userdata) {
  auto* state = static_cast<PlainTextState*>(userdata);
  if (type == MD_BLOCK_HTML) ++state->suppressed;
  if (type != MD_BLOCK_TD && type != MD_BLOCK_TH) state->break_block();
  return 0;
}

int leave_block(MD_BLOCKTYPE type, void*, void* userdata) {
  auto* state = static_cast<PlainTextState*>(userdata);
  if (type == MD_BLOCK_HTML) --state->suppressed;
  if (type == MD_BLOCK_TD || type == MD_BLOCK_TH) {
    state->out += ' ';
  } else {
    state->break_block();
  }
  return 0;
}

int enter_span(MD_SPANTYPE, void*, void*) {
  return 0;
}
int leave_span(MD_SPANTYPE, void*, void*) {
  return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR* data, MD_SIZE size, void* userdata) {
  auto* state = static_cast<PlainTextState*>(userdata);
  if (state->suppressed > 0) return 0;
  const std::string_view chunk(data, size);
  switch (type) {
    case MD_TEXT_HTML:
      break;
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
      state->out += ' ';
      break;
    case MD_TEXT_NULLCHAR:
      append_code_point(state->out, 0xFFFD);
      break;
    case MD_TEXT_ENTITY:
      append_entity(state->out, chunk);
      break;
    default:
      state->out += chunk;
      break;
  }
  return 0;
}

// Removes Pandoc citation keys "[@key]" / "[@a; @b]" and collapses the space
// they leave.
std::string drop_citation_keys(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '[' && i + 1 < text.size() && text[i + 1] == '@') {
      const size_t close = text.find(']', i);
      if (close != std::string::npos) {
        while (!out.empty() && out.back() == ' ') out.pop_back();
        i = close;
        continue;
      }
    }
    out += text[i];
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

}  // namespace

std::string markdown_to_plain_text(std::string_view markdown) {
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;
  parser.enter_block = enter_block;
  parser.leave_block = leave_block;
  parser.enter_span = enter_span;
  parser.leave_span = leave_span;
  parser.text = text;
  PlainTextState state;
  md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &state);
  return drop_citation_keys(state.out);
}

}  // namespace mwp
