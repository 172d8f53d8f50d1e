#include "exec/parallel_for.h"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

namespace mwp {
namespace {

TEST(ParallelFor, VisitsEveryIndexExactlyOnce) {
  for (unsigned jobs : {1u, 2u, 7u}) {
    std::vector<std::atomic<int>> seen(1000);
    parallel_for(seen.size(), jobs, [&](size_t i) { ++seen[i]; });
    for (const auto& count : seen) EXPECT_EQ(count.load(), 1) << "jobs=" << jobs;
  }
}

TEST(ParallelFor, EmptyRangeCallsNothing) {
  bool called = false;
  parallel_for(0, 4, [&](size_t) { called = true; });
  EXPECT_FALSE(called);
}

TEST(ParallelFor, RethrowsAfterAllFinish) {
  std::atomic<int> done{0};
  EXPECT_THROW(parallel_for(100, 3,
                            [&](size_t i) {
                              ++done;
                              if (i == 50) throw std::runtime_error("boom");
                            }),
               std::runtime_error);
  EXPECT_EQ(done.load(), 100);
}

TEST(ResolveJobs, NeverZero) {
  EXPECT_GE(resolve_jobs(0), 1u);
  EXPECT_EQ(resolve_jobs(3), 3u);
}

}  // namespace
}  // namespace mwp
