#include "output/graphviz_render.h"

#include "output/output_file.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace patlap {

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

void require_dot() {
    if (find_dot().empty())
        throw OutputError(
            "--format svg needs the dot program of Graphviz, which is not installed: install the Debian package "
            "graphviz (apt-get install graphviz), or write --format dot and render it elsewhere");
}

void render_svg(std::string_view dot_text, std::FILE* out) {
    std::string dot = find_dot();
    if (dot.empty()) require_dot();
    if (std::fflush(out) != 0) throw OutputError(std::string("cannot write the SVG: ") + std::strerror(errno));

    int input[2];
    if (pipe(input) != 0) throw OutputError(std::string("cannot run dot: ") + std::strerror(errno));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, input[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, fileno(out), STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, input[1]);
    char arg0[] = "dot", arg1[] = "-Tsvg";
    char* argv[] = {arg0, arg1, nullptr};
    // patlap ignores SIGPIPE (a closed output ends it quietly); dot should die of it as usual, which tells us below.
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
    close(input[0]);
    if (spawned != 0) {
        close(input[1]);
        throw OutputError(std::string("cannot run dot: ") + std::strerror(spawned));
    }

    // dot may stop reading early (on a syntax error, say): report that from its exit status, not die of SIGPIPE.
    auto previous = std::signal(SIGPIPE, SIG_IGN);
    const char* p = dot_text.data();
    std::size_t left = dot_text.size();
    while (left > 0) {
        ssize_t written = write(input[1], p, left);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) break;
        p += written;
        left -= std::size_t(written);
    }
    close(input[1]);
    std::signal(SIGPIPE, previous);

    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {}
    if (WIFSIGNALED(status) && WTERMSIG(status) == SIGPIPE) throw OutputClosed();  // `patlap graph ... | head`
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw OutputError(WIFEXITED(status) ? "dot failed with exit status " + std::to_string(WEXITSTATUS(status))
                                            : std::string("dot was stopped by a signal"));
    if (left > 0) throw OutputError("dot did not read the whole graph");
}

}  // namespace patlap
