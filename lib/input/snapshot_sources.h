#pragma once
// The files a snapshot is built from, as it records them (name, size, crc32 of the bytes), so that
// `patlap import --append` can tell a file it already holds and one that changed since.
#include "model/snapshot_format.h"

#include <optional>
#include <string>
#include <vector>

namespace patlap {

// `path` as a snapshot records it: a file's size and crc32, or a PAD folder's (of the table files read from it).
// Throws InputError when it cannot be read.
SnapshotSource describe_source(const std::string& path, snapshot::SourceRole role = snapshot::input_source);

// Why a recorded source no longer is what the snapshot was built from ("it is no longer there", "it changed"), or
// nothing when it still is.
std::optional<std::string> source_change(const SnapshotSource& recorded);

// The recorded input with the same bytes as `source` (whatever its name), or null.
const SnapshotSource* find_recorded(const std::vector<SnapshotSource>& recorded, const SnapshotSource& source);

// Throws InputError naming the first of a snapshot's recorded sources that is gone or changed (`snapshot`: its
// name, for the message).
void check_sources_unchanged(const std::vector<SnapshotSource>& recorded, const std::string& snapshot);

// What `import --append` adds to a snapshot of `recorded`: each of `files` whose bytes it does not hold yet.
struct AppendPlan {
    std::vector<SnapshotSource> added;  // in the order given
    std::vector<std::string> notes;     // one per file left out, saying why
    // The new snapshot's sources, in the order one import of them all records them: the inputs, then the party files.
    std::vector<SnapshotSource> sources;
};
AppendPlan plan_append(const std::vector<SnapshotSource>& recorded, const std::vector<std::string>& files,
                       const std::string& snapshot);

}  // namespace patlap
