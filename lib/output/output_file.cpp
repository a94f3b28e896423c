#include "output/output_file.h"

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace patlap {
namespace {

// mkstemp creates files readable by the owner only; a new report should get the usual mode a new file gets.
mode_t new_file_mode() {
    mode_t mask = umask(0);
    umask(mask);
    return 0666 & ~mask;
}

// The temporary file to remove if a signal stops the run, and the handlers that were in place before. One
// OutputFile is open at a time; the path is a fixed array so that the handler touches no allocated memory.
char pending_temporary[PATH_MAX];
volatile std::sig_atomic_t pending = 0;
constexpr int cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP};
struct sigaction previous_actions[3];

extern "C" void remove_pending_and_die(int signal) {
    if (pending) unlink(pending_temporary);  // async-signal-safe, as are the calls below
    pending = 0;
    struct sigaction default_action {};
    default_action.sa_handler = SIG_DFL;
    sigaction(signal, &default_action, nullptr);
    raise(signal);
}

void arm_cleanup(const std::string& temporary) {
    if (temporary.size() >= sizeof pending_temporary) return;  // too long to keep: no clean-up on a signal
    std::memcpy(pending_temporary, temporary.c_str(), temporary.size() + 1);
    pending = 1;
    struct sigaction action {};
    action.sa_handler = remove_pending_and_die;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < 3; ++i) {
        sigaction(cleanup_signals[i], nullptr, &previous_actions[i]);
        if (previous_actions[i].sa_handler == SIG_IGN) continue;  // ignored before (nohup): leave it so
        sigaction(cleanup_signals[i], &action, nullptr);
    }
}

void disarm_cleanup() {
    if (!pending) return;
    pending = 0;
    for (int i = 0; i < 3; ++i) sigaction(cleanup_signals[i], &previous_actions[i], nullptr);
}

std::string cannot_write(int error) { return std::string("cannot write: ") + std::strerror(error); }

}  // namespace

OutputFile::OutputFile(std::string path) : path_(std::move(path)), target_(path_) {
    struct stat info {};
    // A device or a FIFO is written to as it is. It is found by the kernel, through links: /dev/stdout on a pipe
    // is a link to /proc/self/fd/1, whose link text (pipe:[...]) is no path to follow.
    if (stat(path_.c_str(), &info) == 0 && !S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode)) {
        stream_ = std::fopen(path_.c_str(), "w");
        if (!stream_) throw OutputError(path_, cannot_write(errno));
        return;
    }
    // A symbolic link is followed to the file it names, which may not exist yet (a dangling link): that file is
    // written, and the link stays.
    for (int hops = 0; lstat(target_.c_str(), &info) == 0 && S_ISLNK(info.st_mode); ++hops) {
        if (hops == 40) throw OutputError(path_, cannot_write(ELOOP));
        std::string link(std::size_t(info.st_size > 0 ? info.st_size : PATH_MAX), '\0');
        ssize_t n = readlink(target_.c_str(), link.data(), link.size());
        if (n < 0) throw OutputError(path_, cannot_write(errno));
        link.resize(std::size_t(n));
        std::size_t slash = target_.rfind('/');
        target_ = link.starts_with('/') || slash == std::string::npos ? link : target_.substr(0, slash + 1) + link;
    }
    bool exists = stat(target_.c_str(), &info) == 0;
    if (exists && S_ISDIR(info.st_mode)) throw OutputError(path_, "cannot write: it is a directory");

    // Beside the target (a rename does not cross file systems), under a short name of its own: the target's name
    // with a suffix could pass the longest name the file system allows.
    std::size_t slash = target_.rfind('/');
    temporary_ = (slash == std::string::npos ? std::string() : target_.substr(0, slash + 1)) + ".patlap-XXXXXX";
    int fd = mkstemp(temporary_.data());
    if (fd < 0) throw OutputError(path_, cannot_write(errno));
    fchmod(fd, exists ? info.st_mode & 07777 : new_file_mode());
    stream_ = fdopen(fd, "w");
    if (!stream_) {
        int error = errno;
        close(fd);
        unlink(temporary_.c_str());
        throw OutputError(path_, cannot_write(error));
    }
    arm_cleanup(temporary_);
}

OutputFile::~OutputFile() {
    if (!stream_) return;
    std::fclose(stream_);
    if (!temporary_.empty()) {
        unlink(temporary_.c_str());
        disarm_cleanup();
    }
}

void OutputFile::commit() {
    int error = 0;
    if (std::fflush(stream_) != 0) error = errno;
    else if (std::ferror(stream_)) error = EIO;
    if (std::fclose(stream_) != 0 && !error) error = errno;
    stream_ = nullptr;
    if (temporary_.empty()) {
        if (error == EPIPE) throw OutputClosed();
        if (error) throw OutputError(path_, cannot_write(error));
        return;
    }
    if (!error && std::rename(temporary_.c_str(), target_.c_str()) != 0) error = errno;
    if (error) unlink(temporary_.c_str());
    disarm_cleanup();
    if (error) throw OutputError(path_, cannot_write(error));
}

}  // namespace patlap
