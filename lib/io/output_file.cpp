#include "io/output_file.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace patlap {
namespace {

// mkstemp creates files readable by the owner only; a report should get the usual mode a new file gets.
mode_t new_file_mode() {
    mode_t mask = umask(0);
    umask(mask);
    return 0666 & ~mask;
}

}  // namespace

OutputError::OutputError(const std::string& file, const std::string& message)
    : std::runtime_error(file + ": " + message) {}

OutputFile::OutputFile(std::string path) : path_(std::move(path)) {
    temporary_ = path_ + ".tmp-XXXXXX";
    int fd = mkstemp(temporary_.data());
    if (fd < 0) throw OutputError(path_, std::string("cannot write: ") + std::strerror(errno));
    fchmod(fd, new_file_mode());
    stream_ = fdopen(fd, "w");
    if (!stream_) {
        close(fd);
        unlink(temporary_.c_str());
        throw OutputError(path_, std::string("cannot write: ") + std::strerror(errno));
    }
}

OutputFile::~OutputFile() {
    if (stream_) {
        std::fclose(stream_);
        unlink(temporary_.c_str());
    }
}

void OutputFile::commit() {
    int failed = std::fflush(stream_) != 0;
    failed |= std::fclose(stream_) != 0;
    stream_ = nullptr;
    if (failed || std::rename(temporary_.c_str(), path_.c_str()) != 0) {
        int error = errno;
        unlink(temporary_.c_str());
        throw OutputError(path_, std::string("cannot write: ") + std::strerror(error));
    }
}

}  // namespace patlap
