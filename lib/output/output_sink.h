#pragma once
// Where a report goes, as OutputTarget says: standard output, or an OutputFile (replaced only once complete),
// gzip-compressed when the name ends in .gz. Failures to write end the same way whatever the writer was.
#include "output/gzip_stream.h"
#include "output/output_file.h"
#include "output/output_target.h"

#include <cstdio>
#include <memory>
#include <optional>
#include <string>

namespace patlap {

class OutputSink {
public:
    explicit OutputSink(const OutputTarget& target);  // throws OutputError when the file cannot be created

    std::FILE* stream();
    // Puts the output in place. `error` is the errno of a write that failed in the writer (0: none). Throws
    // OutputClosed when the reader of a pipe went away (`patlap ... | head`), and OutputError when a write failed
    // (the file is then left as it was).
    void commit(int error = 0);

private:
    std::string name_;  // for messages: the path, or <stdout>
    std::optional<OutputFile> file_;
    std::unique_ptr<GzipStream> gzip_;
};

}  // namespace patlap
