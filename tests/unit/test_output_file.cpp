#include "output/output_file.h"
#include "temp_file.h"

#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace patlap;
namespace fs = std::filesystem;

namespace {

std::string contents(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// The names in a folder, to see that no temporary file was left behind.
std::size_t file_count(const fs::path& folder) {
    return std::size_t(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("a report replaces the file only when committed", "[output_file]") {
    TempDir dir;
    std::string path = dir.write("report.csv", "the good report\n");
    {
        OutputFile file(path);
        std::fputs("half a rep", file.stream());
        std::fflush(file.stream());
        CHECK(contents(path) == "the good report\n");  // the text goes elsewhere until commit
        CHECK(file.writing_to() != path);
        CHECK(file_count(dir.path()) == 2);
    }  // destroyed uncommitted: a failed or interrupted run
    CHECK(contents(path) == "the good report\n");
    CHECK(file_count(dir.path()) == 1);

    OutputFile file(path);
    std::fputs("the new report\n", file.stream());
    file.commit();
    CHECK(contents(path) == "the new report\n");
    CHECK(file_count(dir.path()) == 1);
}

TEST_CASE("a replaced report keeps its permissions; a symbolic link is followed", "[output_file]") {
    TempDir dir;
    std::string real = dir.write("real.csv", "old\n");
    chmod(real.c_str(), 0640);
    fs::create_symlink(real, dir.path() / "link.csv");
    OutputFile file((dir.path() / "link.csv").string());
    std::fputs("new\n", file.stream());
    file.commit();
    CHECK(fs::is_symlink(dir.path() / "link.csv"));
    CHECK(contents(real) == "new\n");
    struct stat info {};
    REQUIRE(stat(real.c_str(), &info) == 0);
    CHECK((info.st_mode & 07777) == 0640);
}

TEST_CASE("a target that is not a regular file is written to, never replaced", "[output_file]") {
    TempDir dir;
    // A FIFO: the text reaches its reader, and the FIFO stays a FIFO.
    std::string fifo = (dir.path() / "pipe").string();
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    pid_t reader = fork();
    if (reader == 0) {
        std::ifstream in(fifo);
        std::string line;
        std::getline(in, line);
        _exit(line == "through the fifo" ? 0 : 1);
    }
    {
        OutputFile file(fifo);
        CHECK(file.writing_to() == fifo);
        std::fputs("through the fifo\n", file.stream());
        file.commit();
    }
    int status = 0;
    waitpid(reader, &status, 0);
    CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    CHECK(fs::is_fifo(fifo));
    CHECK(file_count(dir.path()) == 1);

    // A device: a full disk is an error, and /dev/full stays a device.
    OutputFile full("/dev/full");
    std::fputs("no room\n", full.stream());
    CHECK_THROWS_WITH(full.commit(), "/dev/full: cannot write: No space left on device");
    CHECK(fs::is_character_file("/dev/full"));

    // A pipe reached through the kernel's links (/dev/stdout is one for a pipe): its link text is no path.
    int ends[2];
    REQUIRE(pipe(ends) == 0);
    {
        OutputFile through("/proc/self/fd/" + std::to_string(ends[1]));
        std::fputs("through the link\n", through.stream());
        through.commit();
    }
    close(ends[1]);
    char received[64] = {};
    CHECK(read(ends[0], received, sizeof received - 1) == 17);
    CHECK(std::string(received) == "through the link\n");
    close(ends[0]);

    CHECK_THROWS_WITH(OutputFile(dir.path().string()), dir.path().string() + ": cannot write: it is a directory");
    CHECK_THROWS_WITH(OutputFile((dir.path() / "no-such-folder" / "x.csv").string()),
                      Catch::Contains("cannot write: No such file or directory"));
}

TEST_CASE("a run stopped by a signal leaves the old report and no temporary file", "[output_file]") {
    TempDir dir;
    std::string path = dir.write("report.csv", "the good report\n");
    pid_t child = fork();
    if (child == 0) {
        OutputFile file(path);
        std::fputs("half a rep", file.stream());
        std::fflush(file.stream());
        raise(SIGTERM);  // Ctrl-C or kill in the middle of the write
        _exit(0);        // not reached
    }
    int status = 0;
    waitpid(child, &status, 0);
    CHECK((WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM));  // it still dies of the signal
    CHECK(contents(path) == "the good report\n");
    CHECK(file_count(dir.path()) == 1);
}
