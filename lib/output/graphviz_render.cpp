#include "output/graphviz_render.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace patlap {
namespace {

struct Pipe {
    int read = -1, write = -1;
    Pipe() {
        int fds[2];
        // Close-on-exec: dot must get only its own ends (as its standard input and output), or it would hold
        // its input open itself and never see the end of it.
        if (pipe2(fds, O_CLOEXEC) != 0) throw OutputError(std::string("cannot run dot: ") + std::strerror(errno));
        read = fds[0];
        write = fds[1];
    }
    ~Pipe() {
        close_read();
        close_write();
    }
    void close_read() {
        if (read >= 0) close(read);
        read = -1;
    }
    void close_write() {
        if (write >= 0) close(write);
        write = -1;
    }
};

pid_t spawn_dot(const std::string& dot, std::string_view format, int input, int output) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, input, STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, output, STDOUT_FILENO);
    std::string type = fmt::format("-T{}", format);
    char arg0[] = "dot";
    char* argv[] = {arg0, type.data(), nullptr};
    // patlap ignores SIGPIPE (a closed output ends it quietly); dot should die of it as usual once patlap stops
    // reading what it draws.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t default_signals;
    sigemptyset(&default_signals);
    sigaddset(&default_signals, SIGPIPE);
    posix_spawnattr_setsigdefault(&attributes, &default_signals);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);
    pid_t child = 0;
    int spawned = posix_spawn(&child, dot.c_str(), &actions, &attributes, argv, environ);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) throw OutputError(std::string("cannot run dot: ") + std::strerror(spawned));
    return child;
}

// Writes all of `text` to `fd`; returns how much of it was not taken (dot stopped reading).
std::size_t write_all(int fd, std::string_view text) {
    while (!text.empty()) {
        ssize_t written = write(fd, text.data(), text.size());
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) break;
        text.remove_prefix(std::size_t(written));
    }
    return text.size();
}

// Copies what comes from `fd` to `out` until its end; returns 0 or the errno of the first failed write.
int copy_all(int fd, std::FILE* out) {
    char buffer[1 << 16];
    while (true) {
        ssize_t n = read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return 0;
        if (std::fwrite(buffer, 1, std::size_t(n), out) != std::size_t(n)) return errno ? errno : EIO;
    }
}

}  // namespace

std::string find_dot() {
    const char* path = std::getenv("PATH");
    std::string_view rest = path ? path : "";
    while (true) {
        std::size_t colon = rest.find(':');
        std::string folder(rest.substr(0, colon));
        std::string candidate = (folder.empty() ? std::string(".") : folder) + "/dot";
        if (access(candidate.c_str(), X_OK) == 0) return candidate;
        if (colon == std::string_view::npos) return "";
        rest.remove_prefix(colon + 1);
    }
}

void require_dot(std::string_view format) {
    if (find_dot().empty())
        throw OutputError(fmt::format(
            "{} output needs the dot program of Graphviz, which is not installed: install the Debian package "
            "graphviz (apt-get install graphviz), or write --format dot and render it elsewhere",
            format));
}

int render_dot(std::string_view dot_text, std::string_view format, std::FILE* out) {
    std::string dot = find_dot();
    if (dot.empty()) require_dot(format);
    Pipe input, output;
    pid_t child = spawn_dot(dot, format, input.read, output.write);
    input.close_read();
    output.close_write();

    // The graph goes in on a thread of its own while what dot draws is copied out here: dot may write before it
    // has read everything, and either pipe could fill up. dot may also stop reading early (on a syntax error, say):
    // that shows in its exit status, rather than killing patlap with SIGPIPE.
    auto previous = std::signal(SIGPIPE, SIG_IGN);
    std::size_t unread = 0;
    std::thread feeder([&] {
        unread = write_all(input.write, dot_text);
        input.close_write();
    });
    int error = copy_all(output.read, out);
    output.close_read();  // after a failed write: dot dies of SIGPIPE, and stops reading too
    feeder.join();
    std::signal(SIGPIPE, previous);

    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {}
    if (error) return error;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw OutputError(WIFEXITED(status) ? "dot failed with exit status " + std::to_string(WEXITSTATUS(status))
                                            : std::string("dot was stopped by a signal"));
    if (unread > 0) throw OutputError("dot did not read the whole graph");
    return 0;
}

}  // namespace patlap
