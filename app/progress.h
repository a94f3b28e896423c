#pragma once
// The one-line load progress shown on stderr when it is a terminal.
#include "input/transfer_loader.h"

#include <chrono>

namespace patlap::cli {

class ProgressDisplay {
public:
    explicit ProgressDisplay(bool enabled) : enabled_(enabled), start_(std::chrono::steady_clock::now()) {}
    ~ProgressDisplay();
    bool enabled() const { return enabled_; }
    void update(const LoadProgress& progress);

private:
    bool enabled_;
    bool shown_ = false;
    std::chrono::steady_clock::time_point start_, last_{};
};

}  // namespace patlap::cli
