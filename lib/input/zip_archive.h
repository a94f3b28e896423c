#pragma once
// Reads a zip archive as a stream: its file members one after another, in the order they are stored, each handed
// out as a ByteSource named "ARCHIVE!MEMBER" whose bytes are decompressed as they are read. Nothing is unpacked to
// disk, and the archive need not be seekable (standard input, a pipe, a gzipped zip all work): the members are
// found by their local headers (libarchive's streaming zip reader), so the central directory is not consulted.
//
// Directory entries hold nothing and are passed over. A corrupt member (a bad CRC, data that does not inflate), an
// archive cut short, an encrypted member, a member that is not a file (a link) and an archive with no file at all
// throw InputError naming the archive or the member.
#include "input/byte_source.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

struct archive;

namespace patlap {

// Whether these first bytes of an input (decompressed) start a zip archive: a local file header, or the end
// record of an empty archive.
bool is_zip_archive(std::string_view head);

class ZipArchive {
public:
    // Takes the archive's bytes (already opened, perhaps peeked at). Throws InputError when they cannot be read.
    explicit ZipArchive(std::unique_ptr<ByteSource> archive);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // The next file member, or null after the last. A member reads from the archive itself: it must be read (or
    // dropped) before the next one is asked for, and not used after that.
    std::unique_ptr<ByteSource> next_member();

    const std::string& name() const { return source_->name(); }
    // File members handed out so far.
    std::uint64_t members() const { return members_; }

private:
    class Member;
    struct Feed;
    [[noreturn]] void fail(const std::string& where, std::string_view what) const;

    std::unique_ptr<ByteSource> source_;
    std::unique_ptr<Feed> feed_;  // what libarchive's read callback reads with
    ::archive* archive_ = nullptr;
    std::uint64_t members_ = 0;
    std::string last_member_;  // for messages about what follows it
    bool ended_ = false;
};

}  // namespace patlap
