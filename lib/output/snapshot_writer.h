#pragma once
// Writes a whole data set as a snapshot file (docs/snapshot.md), which input/snapshot_reader.h opens again.
#include "model/dataset.h"
#include "model/snapshot_format.h"

#include <string>
#include <vector>

namespace patlap {

// Writes `data` (loaded whole, not with deal_patents_only, and finished), the files it was built from and the load
// options they were read with (command-line words) to `path`, atomically: a temporary file beside it, flushed to
// disk, then renamed over it. Throws OutputError when it cannot be written.
void write_snapshot(const Dataset& data, const std::vector<SnapshotSource>& sources, const std::string& path,
                    const std::vector<std::string>& import_options = {});

// Throws UsageError unless `path` (the value of `option`) ends in .patlap, and OutputError when it cannot be made
// where it is asked for: checked before a long load.
void check_snapshot_path(const std::string& option, const std::string& path);

}  // namespace patlap
