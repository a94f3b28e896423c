#include "progress.h"

#include <cstdio>
#include <fmt/format.h>

namespace patlap::cli {

ProgressDisplay::~ProgressDisplay() {
    if (shown_) std::fputs("\r\033[K", stderr);
}

void ProgressDisplay::update(const LoadProgress& progress) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (progress.done) {
        if (shown_) std::fputs("\r\033[K", stderr);
        shown_ = false;
        return;
    }
    if (now - last_ < std::chrono::milliseconds(200) || now - start_ < std::chrono::milliseconds(300)) return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    double megabytes = double(progress.bytes_read) / 1e6;
    std::string total = progress.bytes_total
                            ? fmt::format(" of {:.0f} MB ({:.0f}%)", double(progress.bytes_total) / 1e6,
                                          100.0 * double(progress.bytes_read) / double(progress.bytes_total))
                            : std::string();
    std::string line = fmt::format("\r\033[Kloading: {:.0f} MB{}, {:.1f}M rows, {:.0f} MB/s", megabytes, total,
                                   double(progress.rows) / 1e6, megabytes / seconds);
    std::fwrite(line.data(), 1, line.size(), stderr);  // not fmt::print, which throws when stderr is closed
    std::fflush(stderr);
    shown_ = true;
}

}  // namespace patlap::cli
