#pragma once
// Asks the kernel to back a large array with 2 MiB pages where it can: random look-ups into hash tables of
// hundreds of megabytes then miss the TLB far less often. Harmless where unsupported.
#include <cstddef>

namespace patlap {

void advise_huge_pages(const void* data, std::size_t bytes);

}  // namespace patlap
