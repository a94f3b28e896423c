#pragma once
// A report file written safely: the text goes to a temporary file beside the target, which replaces the target
// only on commit(), so an interrupted run never leaves a half-written report where a good one was.
//  - The temporary file is removed when the OutputFile is destroyed uncommitted, and also when the run is stopped
//    by SIGINT, SIGTERM or SIGHUP while it is open (the process then dies of that signal, as it would have).
//  - A target that exists and is not a regular file (/dev/null, /dev/stdout, a FIFO) is written straight to:
//    there is nothing to replace, and renaming over it would put a plain file in place of the device.
//  - A symbolic link is followed: the file it points to is replaced, and the link stays.
//  - A replaced file keeps its permission bits; a new one gets the usual mode (0666 less the umask).
#include "base/errors.h"

#include <cstdio>
#include <string>

namespace patlap {

class OutputFile {
public:
    explicit OutputFile(std::string path);  // throws OutputError when the file or its folder is not writable
    ~OutputFile();                           // removes the temporary file unless committed
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    std::FILE* stream() { return stream_; }
    // Puts the text in place. Throws OutputError when a write failed (the target is then left as it was), and
    // OutputClosed when the target is a pipe whose reader went away.
    void commit();

    // Where the text is being written until commit(): the temporary file, or the target itself when it is not a
    // regular file.
    const std::string& writing_to() const { return temporary_.empty() ? path_ : temporary_; }

private:
    std::string path_;       // as given, for messages
    std::string target_;     // what commit() replaces: path_, or the file a symbolic link points to
    std::string temporary_;  // empty when writing straight to the target
    std::FILE* stream_ = nullptr;
};

}  // namespace patlap
