#pragma once
// Opens a snapshot file (docs/snapshot.md) as the data set it was written from, by bulk copies of its sections:
// no row is parsed. Every offset, size, checksum and id is checked first, so a damaged or foreign file is refused
// with an InputError naming it, never misread.
#include "model/dataset.h"
#include "model/snapshot_format.h"

#include <string>
#include <string_view>
#include <vector>

namespace patlap {

struct Snapshot {
    Dataset data;
    std::vector<SnapshotSource> sources;       // the files it was built from
    std::vector<std::string> import_options;  // the load options they were read with, as command-line words
};

// Whether these first bytes of a file are a snapshot's.
bool is_snapshot(std::string_view head);
// Whether `path` is a regular file that begins as a snapshot does.
bool is_snapshot_file(const std::string& path);

// `verify_checksums` false skips the checksums (header, table, sections), for the fuzz target, whose inputs
// would otherwise never get past them; every other check is made.
Snapshot read_snapshot(const std::string& path, bool verify_checksums = true);

}  // namespace patlap
