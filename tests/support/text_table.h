// Table tests over text, as Xapian's query-parser tests write them: rows of
// an input and what a function must make of it (header-only, for *_test.cc
// files).
#pragma once

#include <gtest/gtest.h>

namespace mwp::testing {

// One row: an input, and what the function under test must give for it.
struct TextCase {
  const char* input;
  const char* expected;
};

// Expects `make(row.input) == row.expected` for every row of `rows`, and
// names the input of each row that fails.
template <typename Rows, typename Make>
void expect_each_row(const Rows& rows, Make make) {
  for (const TextCase& row : rows) EXPECT_EQ(make(row.input), row.expected) << row.input;
}

}  // namespace mwp::testing
