#include "input/snapshot_sources.h"

#include "base/errors.h"
#include "input/uspto/pad_reader.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <algorithm>
#include <cerrno>
#include <cstring>

namespace patlap {
namespace {

// Adds the file's bytes to `size` and `crc`.
void add_file(const std::string& path, std::uint64_t& size, std::uint32_t& crc) {
    int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw InputError(path, 0, std::strerror(errno));
    std::vector<unsigned char> buffer(1 << 20);
    uLong sum = crc;
    for (;;) {
        ssize_t got = read(fd, buffer.data(), buffer.size());
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            int error = errno;
            close(fd);
            throw InputError(path, 0, std::strerror(error));
        }
        if (got == 0) break;
        sum = crc32_z(sum, buffer.data(), std::size_t(got));
        size += std::uint64_t(got);
    }
    close(fd);
    crc = std::uint32_t(sum);
}

}  // namespace

SnapshotSource describe_source(const std::string& path, snapshot::SourceRole role) {
    SnapshotSource source{path, 0, 0, role};
    struct stat info {};
    if (stat(path.c_str(), &info) != 0) throw InputError(path, 0, std::strerror(errno));
    if (S_ISDIR(info.st_mode)) {
        // Only the tables the PAD reader reads from it: other files (the snapshot itself, written beside them)
        // change nothing the snapshot holds.
        for (const PadTableFile& file : pad_table_files(path)) add_file(file.path, source.size, source.crc);
    } else if (S_ISREG(info.st_mode)) {
        add_file(path, source.size, source.crc);
    } else {
        throw InputError(path, 0,
                         "a snapshot's source is a file or a folder (not a pipe or a device): --append "
                         "reads it again");
    }
    return source;
}

std::optional<std::string> source_change(const SnapshotSource& recorded) {
    struct stat info {};
    if (stat(recorded.name.c_str(), &info) != 0) {
        std::string why = std::strerror(errno);
        if (!recorded.name.starts_with('/')) why += "; names are recorded as import was given them, from its folder";
        return fmt::format("it is no longer there ({})", why);
    }
    SnapshotSource now = describe_source(recorded.name, recorded.role);
    if (now.size != recorded.size)
        return fmt::format("it changed since the import: {} bytes then, {} now", recorded.size, now.size);
    if (now.crc != recorded.crc) return "it changed since the import: same size, other bytes";
    return std::nullopt;
}

const SnapshotSource* find_recorded(const std::vector<SnapshotSource>& recorded, const SnapshotSource& source) {
    for (const SnapshotSource& r : recorded)
        if (r.role == snapshot::input_source && r.size == source.size && r.crc == source.crc) return &r;
    return nullptr;
}

void check_sources_unchanged(const std::vector<SnapshotSource>& recorded, const std::string& snapshot) {
    for (const SnapshotSource& source : recorded)
        if (auto change = source_change(source))
            throw InputError(
                source.name, 0,
                fmt::format("a source of {}, but {}: import the sources again, without --append", snapshot, *change));
}

AppendPlan plan_append(const std::vector<SnapshotSource>& recorded, const std::vector<std::string>& files,
                       const std::string& snapshot) {
    AppendPlan plan;
    for (const std::string& file : files) {
        SnapshotSource source = describe_source(file);
        if (const SnapshotSource* same = find_recorded(recorded, source)) {
            plan.notes.push_back(
                same->name == file
                    ? fmt::format("{} is in {} already: not added again", file, snapshot)
                    : fmt::format("{} is in {} already, as {}: not added again", file, snapshot, same->name));
        } else if (const SnapshotSource* twice = find_recorded(plan.added, source)) {
            plan.notes.push_back(twice->name == file
                                     ? fmt::format("{} is given twice: added once", file)
                                     : fmt::format("{} is the same file as {}: added once", file, twice->name));
        } else {
            plan.added.push_back(source);
        }
    }
    plan.sources = recorded;
    plan.sources.insert(plan.sources.end(), plan.added.begin(), plan.added.end());
    std::stable_partition(plan.sources.begin(), plan.sources.end(),
                          [](const SnapshotSource& s) { return s.role == snapshot::input_source; });
    return plan;
}

}  // namespace patlap
