#pragma once
// Writes a whole data set as a snapshot file (docs/snapshot.md), which input/snapshot_reader.h opens again.
#include "model/dataset.h"
#include "model/snapshot_format.h"

#include <string>
#include <vector>

namespace patlap {

// Writes `data` (loaded whole, not with deal_patents_only, and finished) and the inputs it was built from to
// `path`, atomically: a temporary file beside it, flushed to disk, then renamed over it. Throws OutputError when
// it cannot be written.
void write_snapshot(const Dataset& data, const std::vector<SnapshotSource>& sources, const std::string& path);

}  // namespace patlap
