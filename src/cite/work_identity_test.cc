#include "cite/work_identity.h"

#include <gtest/gtest.h>

#include <vector>

namespace mwp {
namespace {

Reference work(const char* family, int year, const char* title, const char* doi = "") {
  Reference r;
  r.authors = {PersonName{family, "A.", "", "", "", ""}};
  r.year = year;
  r.title = title;
  r.doi = doi;
  return r;
}

// What WorkIndex::find() must equal: the first work same_work() holds for.
std::optional<size_t> first_same_work(const std::vector<Reference>& works,
                                      const Reference& reference) {
  for (size_t i = 0; i < works.size(); ++i) {
    if (same_work(works[i], reference)) return i;
  }
  return std::nullopt;
}

TEST(WorkIndex, FindsTheFirstSameWorkLikeALinearSearch) {
  const std::vector<Reference> works = {
      work("Gross", 2003, "Individual differences"),
      work("Gross", 2003, "Individual differences", "10.1037/ABC"),
      work("Hyde", 2005, "The gender similarities hypothesis", "10.1037/xyz"),
      work("Hyde", 2005, "The gender similarities hypothesis"),
      work("M\u00fcller", 2010, "Emotion at work"),
      work("Levant", 2009, "Gender differences", "10.1/one"),
      work("Levant", 2009, "Other title", "10.1/two"),
  };
  const std::vector<Reference> queries = {
      work("Gross", 2003, "Individual Differences!"),
      work("gross", 2003, "individual differences", "10.1037/abc"),
      work("Gross", 2003, "Individual differences", "10.9/other"),
      work("Hyde", 2005, "The gender similarities hypothesis", "10.1037/XYZ"),
      work("Hyde", 2005, "The gender similarities hypothesis", "10.2/new"),
      work("Hyde", 2005, "The gender similarities hypothesis"),
      work("Muller", 2010, "Emotion at work"),
      work("Levant", 2009, "Other title", "10.1/ONE"),
      work("Levant", 2009, "Other title"),
      work("Levant", 2009, "Gender differences", "10.1/three"),
      work("Nobody", 2000, "Nothing"),
      work("Nobody", 2000, "Nothing", "10.1/none"),
  };
  WorkIndex index;
  std::vector<Reference> added;
  for (const Reference& w : works) {
    for (const Reference& q : queries) {
      EXPECT_EQ(index.find(q), first_same_work(added, q)) << added.size() << " " << q.title;
    }
    index.add(w);
    added.push_back(w);
  }
  for (const Reference& q : queries) {
    EXPECT_EQ(index.find(q), first_same_work(added, q)) << q.title << " " << q.doi;
  }
}

}  // namespace
}  // namespace mwp
