#include "input/zip_archive.h"

#include "base/errors.h"

#include <archive.h>
#include <archive_entry.h>
#include <exception>
#include <fmt/format.h>

namespace patlap {
namespace {

constexpr std::size_t read_bytes = 1 << 18;

std::string_view libarchive_message(::archive* a) {
    const char* text = archive_error_string(a);
    return text && *text ? std::string_view(text) : std::string_view("no reason given");
}

}  // namespace

// The callback that feeds libarchive the archive's bytes. libarchive is C: an exception must not pass through it,
// so a failure to read is kept and thrown again once libarchive returns.
struct ZipArchive::Feed {
    ByteSource& source;
    std::unique_ptr<char[]> buffer;
    std::exception_ptr failure;

    static la_ssize_t read(::archive* a, void* data, const void** bytes) {
        auto& f = *static_cast<Feed*>(data);
        try {
            *bytes = f.buffer.get();
            return la_ssize_t(f.source.read(f.buffer.get(), read_bytes));
        } catch (...) {
            f.failure = std::current_exception();
            archive_set_error(a, -1, "the archive could not be read");
            return -1;
        }
    }
};

bool is_zip_archive(std::string_view head) {
    return head.starts_with(std::string_view("PK\x03\x04", 4)) || head.starts_with(std::string_view("PK\x05\x06", 4));
}

// One member's bytes, as libarchive inflates them.
class ZipArchive::Member : public DecodedBytes {
public:
    Member(ZipArchive& zip, std::string name) : zip_(zip), name_(std::move(name)) {}

    std::size_t read(char* buffer, std::size_t capacity) override {
        la_ssize_t n = archive_read_data(zip_.archive_, buffer, capacity);
        if (n >= 0) return std::size_t(n);
        zip_.fail(name_, fmt::format("cannot read this member of the zip archive: {} (the archive is damaged or cut "
                                     "short)",
                                     libarchive_message(zip_.archive_)));
    }
    const std::string& name() const override { return name_; }
    std::uint64_t position() const override { return zip_.source_->position(); }

private:
    ZipArchive& zip_;
    std::string name_;
};

ZipArchive::ZipArchive(std::unique_ptr<ByteSource> archive)
    : source_(std::move(archive)), feed_(new Feed{*source_, std::unique_ptr<char[]>(new char[read_bytes]), nullptr}), archive_(archive_read_new()) {
    if (!archive_) throw InputError(source_->name(), 0, "out of memory (cannot start libarchive)");
    // Only zip, read as a stream: no other archive format, no compression filter around the archive.
    archive_read_support_format_zip_streamable(archive_);
    archive_read_set_callback_data(archive_, feed_.get());
    archive_read_set_read_callback(archive_, Feed::read);
    if (archive_read_open1(archive_) != ARCHIVE_OK) {
        std::string message(libarchive_message(archive_));
        archive_read_free(archive_);
        archive_ = nullptr;
        fail(source_->name(), fmt::format("not a readable zip archive: {}", message));
    }
}

ZipArchive::~ZipArchive() {
    if (archive_) archive_read_free(archive_);
}

void ZipArchive::fail(const std::string& where, std::string_view what) const {
    if (feed_->failure) std::rethrow_exception(feed_->failure);
    throw InputError(where, 0, std::string(what));
}

std::unique_ptr<ByteSource> ZipArchive::next_member() {
    if (ended_) return nullptr;
    for (;;) {
        archive_entry* entry = nullptr;
        int status = archive_read_next_header(archive_, &entry);
        if (status == ARCHIVE_EOF) {
            ended_ = true;
            if (members_ == 0) fail(name(), "the zip archive holds no file");
            return nullptr;
        }
        if (status < ARCHIVE_WARN) {
            if (members_ == 0 && last_member_.empty())
                fail(name(), fmt::format("not a readable zip archive: {}", libarchive_message(archive_)));
            const char* reason = archive_error_string(archive_);
            if (!reason || !*reason)  // libarchive met the end of the data where a header should be
                fail(name(), fmt::format("the zip archive ends after the member {}, without its central directory: "
                                         "it is cut short",
                                         last_member_));
            fail(name(), fmt::format("cannot read on after the member {} (the archive is damaged or cut short): {}",
                                     last_member_, reason));
        }
        const char* path = archive_entry_pathname_utf8(entry);
        if (!path) path = archive_entry_pathname(entry);
        last_member_ = path && *path ? path : "(unnamed)";
        std::string member = fmt::format("{}!{}", name(), last_member_);
        mode_t type = archive_entry_filetype(entry);
        if (type == AE_IFDIR) continue;
        if (type != AE_IFREG) fail(member, "this member of the zip archive is not a file (a link?): it cannot be read");
        if (archive_entry_is_encrypted(entry))
            fail(member, "this member of the zip archive is encrypted: patlap reads no encrypted archives (unpack it "
                         "with its password first)");
        ++members_;
        return std::make_unique<ByteSource>(std::make_unique<Member>(*this, std::move(member)));
    }
}

}  // namespace patlap
