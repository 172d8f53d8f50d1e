#include "heap_pages.h"

#ifdef MWP_MIMALLOC
#include <mimalloc.h>

namespace {

// mimalloc maps the main thread's first heap segment during the C++ runtime's
// start-up, before main(). Set from .preinit_array, which runs before any
// library's constructor, the options hold from the first allocation. Where
// huge pages are unavailable, mimalloc falls back to normal pages.
void use_large_heap_pages(int, char**, char**) {
  mi_option_enable(mi_option_large_os_pages);
  mi_option_set(mi_option_eager_commit_delay, 0);
}

__attribute__((section(".preinit_array"),
               used)) void (*const kUseLargeHeapPages)(int, char**, char**) = &use_large_heap_pages;

}  // namespace

void mwp::cli::use_small_heap_pages() {
  // mimalloc reads both options each time it maps a segment.
  mi_option_disable(mi_option_large_os_pages);
  mi_option_set(mi_option_eager_commit_delay, 1);  // mimalloc's default
}

#else

void mwp::cli::use_small_heap_pages() {}

#endif
