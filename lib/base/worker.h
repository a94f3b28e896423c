#pragma once
// A thread for a share of some work whose exception (out of memory, most likely) is carried to the thread that
// joins it, where it is reported like any other, instead of ending the process in std::terminate. Destroying a
// Worker joins it: when the joining thread's own share threw, that exception goes on and the worker's is dropped.
#include <exception>
#include <thread>
#include <utility>

namespace patlap {

class Worker {
public:
    Worker() = default;
    template <class Work, class... Args>
    explicit Worker(Work&& work, Args&&... args)
        : thread_([this](auto w, auto... a) {
              try {
                  w(std::move(a)...);
              } catch (...) {
                  error_ = std::current_exception();
              }
          },
                  std::forward<Work>(work), std::forward<Args>(args)...) {}
    Worker(Worker&&) = delete;  // the thread refers to this object
    Worker& operator=(Worker&&) = delete;
    ~Worker() {
        if (thread_.joinable()) thread_.join();
    }

    // Waits for the work; throws what it threw.
    void join() {
        if (thread_.joinable()) thread_.join();
        if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
    }

private:
    std::exception_ptr error_;  // before thread_: set by the thread, which starts last
    std::thread thread_;
};

}  // namespace patlap
