#pragma once
// A file in a TempFolder for a run of fixed-size records: written once through a buffer, then read back in
// order, or mapped whole. It is unlinked as soon as it is made, so nothing is left behind even by a killed run,
// and it may outlive its folder.
#include "base/temp_folder.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace patlap {

class SpillFile {
public:
    SpillFile(const TempFolder& folder, std::size_t buffer_bytes);
    ~SpillFile();
    SpillFile(const SpillFile&) = delete;
    SpillFile& operator=(const SpillFile&) = delete;

    // Throws OutputError: "TMPDIR: no space left to spill ..." when the disk is full, else what write says.
    void write(const void* bytes, std::size_t size);
    // Ends the writing: from here on read() returns the bytes from the start.
    void finish();
    // Up to `size` bytes, the next ones; 0 at the end.
    std::size_t read(void* bytes, std::size_t size);
    std::uint64_t size() const { return written_; }
    // The whole file, read-only, valid while this object lives (after finish()).
    std::span<const std::byte> map();

private:
    void flush();
    [[noreturn]] void fail(const char* doing, int error) const;

    std::string folder_, what_;  // for the messages
    int fd_ = -1;
    std::vector<char> buffer_;
    std::size_t held_ = 0;       // bytes in buffer_ not yet written
    std::uint64_t written_ = 0;  // bytes in the file
    std::uint64_t read_at_ = 0;
    void* mapped_ = nullptr;
};

}  // namespace patlap
