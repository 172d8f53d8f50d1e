// Data parallelism for the build: run a function over an index range on a
// bounded number of threads.
#pragma once

#include <cstddef>
#include <functional>

namespace mwp {

// Number of worker threads to use when the caller asks for `jobs` (0 = one
// per hardware thread). Always at least 1.
unsigned resolve_jobs(unsigned jobs);

// Calls body(i) for every i in [0, count), on up to `jobs` threads (the
// calling thread is one of them). Indices are handed out dynamically, so
// uneven work balances. Requires `body` to be safe to call concurrently for
// distinct indices. Returns after every call has finished; if a call throws,
// the first exception is rethrown here after the others finish.
void parallel_for(size_t count, unsigned jobs, const std::function<void(size_t)>& body);

}  // namespace mwp
