#include "text/sentence.h"

namespace mwp {
namespace {

bool closes_sentence(char c) {
  return c == '.' || c == '?' || c == '!';
}

}  // namespace

std::string_view sentence_around(std::string_view prose, size_t begin, size_t end) {
  size_t first = 0;
  for (size_t i = begin; i >= 2; --i) {
    if (prose[i - 1] == ' ' && closes_sentence(prose[i - 2])) {
      first = i;
      break;
    }
  }
  size_t last = prose.size();
  for (size_t i = end; i + 1 < prose.size(); ++i) {
    if (closes_sentence(prose[i]) && prose[i + 1] == ' ') {
      last = i;
      break;
    }
  }
  return prose.substr(first, last - first);
}

}  // namespace mwp
