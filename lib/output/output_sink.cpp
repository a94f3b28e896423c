#include "output/output_sink.h"

#include <cerrno>
#include <cstring>

namespace patlap {

OutputSink::OutputSink(const OutputTarget& target) : name_(target.path.empty() ? "<stdout>" : target.path) {
    if (!target.path.empty()) file_.emplace(target.path);
    if (target.gzip) gzip_ = std::make_unique<GzipStream>(file_ ? file_->stream() : stdout);
}

std::FILE* OutputSink::stream() { return gzip_ ? gzip_->stream() : file_ ? file_->stream() : stdout; }

void OutputSink::commit(int error) {
    if (gzip_) {
        int finished = gzip_->finish();
        if (!error) error = finished;
    }
    if (!error && !file_ && std::fflush(stdout) != 0) error = errno;
    if (error == EPIPE) throw OutputClosed();  // standard output, or a FIFO, whose reader went away
    if (error) throw OutputError(name_, std::string("cannot write: ") + std::strerror(error));
    if (file_) file_->commit();
}

}  // namespace patlap
