#include "base/two_threads.h"
#include "base/worker.h"

#include <catch2/catch.hpp>
#include <new>
#include <stdexcept>

using namespace patlap;

TEST_CASE("a worker's exception reaches the thread that joins it", "[threads]") {
    Worker worker([] { throw std::bad_alloc(); });
    CHECK_THROWS_AS(worker.join(), std::bad_alloc);
    int sum = 0;
    Worker adder([&sum](int a, int b) { sum = a + b; }, 2, 3);
    adder.join();
    CHECK(sum == 5);
}

TEST_CASE("work split in two halves carries the helper's exception, and the caller's own", "[threads]") {
    auto throw_in = [](std::size_t failing_first) {
        in_two_halves(200000, 2, [failing_first](std::size_t first, std::size_t) {
            if (first == failing_first) throw std::runtime_error("half failed");
        });
    };
    CHECK_THROWS_WITH(throw_in(0), "half failed");       // the helper thread's half
    CHECK_THROWS_WITH(throw_in(100000), "half failed");  // the calling thread's half
}
