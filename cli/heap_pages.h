// The mwp binary's heap page policy.
//
// With mimalloc linked (MWP_MIMALLOC), the heap starts on large (2 MiB,
// transparent huge) OS pages, committed as soon as they are mapped: a build
// touches a great deal of fresh memory from a few threads, and on a VM each
// 4 KiB page's first touch is a costly fault. A server is the opposite
// workload: many connection threads, each allocating a little. On large pages
// every thread's first allocation maps and zeroes a 2 MiB page of its own, so
// 64 fresh connections cost over 100 MiB and stall for seconds on a VM.
// Without mimalloc these calls do nothing.
#pragma once

namespace mwp::cli {

// From this call on, new heap segments use normal pages, committed as they are
// touched. Memory already mapped keeps its pages. Call it before starting
// threads that serve connections.
void use_small_heap_pages();

}  // namespace mwp::cli
