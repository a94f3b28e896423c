#include "input/snapshot_reader.h"

#include "base/two_threads.h"
#include "base/worker.h"

#include "base/errors.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>
#include <tuple>

namespace patlap {
namespace {

using namespace snapshot;

// The file, mapped read-only for the time of the read.
class MappedFile {
public:
    explicit MappedFile(const std::string& path) : path_(path) {
        int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) throw InputError(path, 0, std::strerror(errno));
        struct stat info {};
        if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
            close(fd);
            throw InputError(path, 0, "a snapshot is read from a regular file (not a pipe or a device)");
        }
        size_ = std::uint64_t(info.st_size);
        if (size_ > 0) {
            void* at = mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
            if (at == MAP_FAILED) {
                int error = errno;
                close(fd);
                throw InputError(path, 0, std::strerror(error));
            }
            data_ = static_cast<const char*>(at);
            madvise(at, size_, MADV_SEQUENTIAL | MADV_WILLNEED);
        }
        close(fd);
    }
    ~MappedFile() {
        if (data_) munmap(const_cast<char*>(data_), size_);
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    const char* data() const { return data_; }
    std::uint64_t size() const { return size_; }

private:
    std::string path_;
    const char* data_ = nullptr;
    std::uint64_t size_ = 0;
};

std::uint32_t crc_of(const char* data, std::uint64_t size) {
    return std::uint32_t(crc32_z(crc32_z(0, nullptr, 0), reinterpret_cast<const Bytef*>(data), size));
}

class SnapshotParser {
public:
    SnapshotParser(const std::string& path, const MappedFile& file, bool verify)
        : path_(path), file_(file), verify_(verify) {}

    Snapshot parse() {
        read_table();
        Snapshot snapshot;
        Dataset& data = snapshot.data;
        std::vector<std::uint64_t> figures = array<std::uint64_t>(snapshot::figures);
        if (figures.size() != figure_count) fail("its figures section is not the size this version writes");
        data.has_parties = figures[flags] & has_parties_flag;
        LoadSummary& load = data.load;
        load.rows_read = figures[rows_read];
        load.rows_skipped = figures[rows_skipped];
        load.bytes_read = figures[bytes_read];
        load.records_read = figures[records_read];
        load.record_assignors = figures[snapshot::record_assignors];
        load.record_assignees = figures[snapshot::record_assignees];
        load.record_properties = figures[snapshot::record_properties];
        load.duplicate_records = figures[duplicate_records];
        load.records_short_of_properties = figures[records_short_of_properties];

        std::vector<SourceEntry> sources = array<SourceEntry>(snapshot::sources);
        std::vector<std::string> source_names = strings(snapshot::source_names);
        if (sources.size() != source_names.size()) fail("its sources and their names differ in number");
        for (std::size_t i = 0; i < sources.size(); ++i) {
            if (sources[i].role > group_source) fail("a source has a role this version does not know");
            snapshot.sources.push_back({source_names[i], sources[i].size, sources[i].crc, SourceRole(sources[i].role)});
        }
        snapshot.import_options = strings(snapshot::import_options);

        data.files = strings(snapshot::files);
        if (data.files.size() > 65535) fail("it names more than 65535 input files");
        load.first_skip_reasons = strings(snapshot::skip_reasons);
        load.files_without_rows = strings(snapshot::files_without_rows);
        load.first_short_records = strings(snapshot::short_records);
        load.short_inputs = strings(snapshot::short_inputs);

        {
            // Indexing the pools is most of reading a snapshot: the two largest, deals and patents, are indexed
            // one on each thread (their texts are read and checked first, here).
            auto deal_text = text_and_offsets(snapshot::deals);
            auto patent_text = text_and_offsets(snapshot::patents);
            auto spelling_text = text_and_offsets(snapshot::spellings);
            auto index_patents = [&] {
                data.patents = PatentPool::from_text(std::move(patent_text.first), std::move(patent_text.second));
                data.spellings = StringPool::from_text(std::move(spelling_text.first), std::move(spelling_text.second));
            };
            std::optional<Worker> second;
            if (threads_or_cores(0) >= 2) second.emplace(index_patents);
            data.deals = StringPool::from_text(std::move(deal_text.first), std::move(deal_text.second));
            data.parties = pool(snapshot::parties);
            if (second) second->join();
            else index_patents();
        }
        data.former_keys = pool(snapshot::former_keys);
        data.conveyances = pool(snapshot::conveyances);
        data.references = pool(snapshot::references);
        data.roles = pool(snapshot::roles);
        std::optional<StringPool> other_keys;
        if (figures[flags] & other_number_keys_flag) other_keys = pool(patent_number_keys);

        const std::size_t deals = data.deals.size(), parties = data.parties.size(), patents = data.patents.size(),
                          spellings = data.spellings.size(), files = data.files.size();
        data.spelling_party = ids(snapshot::spelling_party, parties, "a spelling's party");
        data.spelling_count = array<std::uint32_t>(snapshot::spelling_count);
        data.party_display = ids(snapshot::party_display, spellings, "a party's display name");
        if (data.spelling_party.size() != spellings || data.spelling_count.size() != spellings ||
            data.party_display.size() != parties)
            fail("its spelling and party tables do not match the pools of names");
        data.former_party = ids(snapshot::former_party, parties, "a former key's party");
        if (data.former_party.size() != data.former_keys.size())
            fail("its former keys and their parties differ in number");
        data.deal_conveyance = ids(snapshot::deal_conveyance, data.conveyances.size(), "a deal's conveyance", true);
        data.deal_reference = ids(snapshot::deal_reference, data.references.size(), "a deal's reference", true);
        data.deal_link = ids(snapshot::deal_link, deals, "a deal's link", true);
        for (const auto* table : {&data.deal_conveyance, &data.deal_reference, &data.deal_link})
            if (!table->empty() && table->size() != deals) fail("a per-deal table is not one entry a deal");

        data.party_roles = array<Dataset::PartyRole>(snapshot::party_roles);
        for (std::size_t i = 0; i < data.party_roles.size(); ++i) {
            const Dataset::PartyRole& role = data.party_roles[i];
            if (role.deal >= deals || role.spelling >= spellings || role.role >= data.roles.size())
                fail("a party role names a deal, spelling or role it does not hold");
            if (i > 0 && role.deal < data.party_roles[i - 1].deal) fail("its party roles are not in deal order");
        }

        data.transfers = array<Transfer>(snapshot::transfers);
        data.deal_begin = array<std::uint32_t>(snapshot::deal_begin);
        check_transfers(data, deals, parties, patents, files);
        data.deal_info = array<DealInfo>(snapshot::deal_info);
        if (data.deal_info.size() != deals) fail("its deal summaries are not one a deal");
        check_deal_info(data);

        data.duplicates = array<DuplicateRow>(snapshot::duplicates);
        for (const DuplicateRow& row : data.duplicates)
            if (row.file >= files || row.first_file >= files || row.deal >= deals || row.patent >= patents)
                fail("a repeated row names a file, deal or patent it does not hold");
        data.differing_record_copies = array<DifferingRecordCopy>(differing_copies);
        for (const DifferingRecordCopy& copy : data.differing_record_copies)
            if (copy.file >= files || copy.deal >= deals) fail("a record copy names a file or deal it does not hold");

        std::vector<PatentNumbers::Entry> numbers = array<PatentNumbers::Entry>(snapshot::patent_numbers);
        for (std::size_t i = 0; i < numbers.size(); ++i) {
            if (numbers[i].patent >= patents) fail("a patent number names a patent it does not hold");
            if (i > 0 && numbers[i].number <= numbers[i - 1].number) fail("its patent numbers are not in order");
        }
        data.patent_numbers = PatentNumbers::from_parts(std::move(numbers), std::move(other_keys));
        return snapshot;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw InputError(path_, 0, fmt::format("damaged snapshot ({}); import it again", what));
    }

    void read_table() {
        if (file_.size() < sizeof(Header) || std::memcmp(file_.data(), magic.data(), magic.size()) != 0)
            throw InputError(path_, 0, "not a patlap snapshot");
        Header header;
        std::memcpy(&header, file_.data(), sizeof header);
        if (header.version != format_version)
            throw InputError(path_, 0,
                             fmt::format("a snapshot of format version {}, and this patlap reads version {} only: "
                                         "import the sources again with this patlap",
                                         header.version, format_version));
        std::uint32_t header_crc = header.header_crc;
        header.header_crc = 0;
        if (verify_ && crc_of(reinterpret_cast<const char*>(&header), sizeof header) != header_crc)
            fail("its header's checksum does not match");
        if (header.file_size != file_.size())
            fail(fmt::format("it should be {} bytes and is {}: cut short or added to", header.file_size, file_.size()));
        std::uint64_t table_bytes = std::uint64_t(header.section_count) * sizeof(SectionEntry);
        if (header.table_offset < sizeof(Header) || header.table_offset > file_.size() ||
            table_bytes > file_.size() - header.table_offset)
            fail("its section table lies outside the file");
        const char* table = file_.data() + header.table_offset;
        if (verify_ && crc_of(table, table_bytes) != header.table_crc)
            fail("its section table's checksum does not match");
        sections_.resize(header.section_count);
        if (table_bytes) std::memcpy(sections_.data(), table, table_bytes);
        for (const SectionEntry& section : sections_) {
            if (section.offset % section_alignment != 0 || section.offset > file_.size() ||
                section.size > file_.size() - section.offset)
                fail(fmt::format("section {} lies outside the file", section.id));
            if (section.element_size == 0 || section.size % section.element_size != 0)
                fail(fmt::format("section {} is not a whole number of items", section.id));
            if (std::count_if(sections_.begin(), sections_.end(),
                              [&](const SectionEntry& other) { return other.id == section.id; }) > 1)
                fail(fmt::format("section {} is there twice", section.id));
        }
    }

    const SectionEntry* find(SectionId id) const {
        for (const SectionEntry& section : sections_)
            if (section.id == id) return &section;
        return nullptr;
    }

    // The section's items (none when it is absent), checked and verified.
    template <class T>
    std::vector<T> array(SectionId id) {
        const SectionEntry* section = find(id);
        if (!section) return {};
        if (section->element_size != sizeof(T)) fail(fmt::format("section {} has items of another size", id));
        const char* bytes = file_.data() + section->offset;
        if (verify_ && crc_of(bytes, section->size) != section->crc)
            fail(fmt::format("section {}'s checksum does not match", id));
        std::vector<T> items(section->size / sizeof(T));
        if (section->size) std::memcpy(static_cast<void*>(items.data()), bytes, section->size);
        return items;
    }

    // Ids below `limit` (or npos when `absent_allowed`).
    std::vector<StringId> ids(SectionId id, std::size_t limit, const char* what, bool absent_allowed = false) {
        std::vector<StringId> items = array<StringId>(id);
        for (StringId item : items)
            if (item >= limit && !(absent_allowed && item == StringPool::npos))
                fail(fmt::format("{} is an id it does not hold", what));
        return items;
    }

    std::pair<std::vector<char>, std::vector<std::uint32_t>> text_and_offsets(SectionId id) {
        std::vector<char> text = array<char>(id);
        std::vector<std::uint32_t> offsets = array<std::uint32_t>(SectionId(id + 1));
        if (offsets.empty()) offsets.push_back(0);
        if (offsets.front() != 0 || offsets.back() != text.size() || !std::is_sorted(offsets.begin(), offsets.end()))
            fail(fmt::format("section {}'s offsets do not divide its text", id + 1));
        if (offsets.size() - 1 >= StringPool::npos) fail(fmt::format("section {} holds too many strings", id));
        return {std::move(text), std::move(offsets)};
    }

    StringPool pool(SectionId id) {
        auto [text, offsets] = text_and_offsets(id);
        return StringPool::from_text(std::move(text), std::move(offsets));
    }

    std::vector<std::string> strings(SectionId id) {
        auto [text, offsets] = text_and_offsets(id);
        std::vector<std::string> list;
        for (std::size_t i = 0; i + 1 < offsets.size(); ++i)
            list.emplace_back(text.data() + offsets[i], offsets[i + 1] - offsets[i]);
        return list;
    }

    // Each deal's rows between its offsets, in the order finish() leaves them, naming what the file holds.
    void check_transfers(const Dataset& data, std::size_t deals, std::size_t parties, std::size_t patents,
                         std::size_t files) const {
        const auto& begin = data.deal_begin;
        if (begin.size() != deals + 1 || begin.front() != 0 || begin.back() != data.transfers.size() ||
            !std::is_sorted(begin.begin(), begin.end()))
            fail("its per-deal row offsets do not divide the rows");
        auto party_ok = [&](PartyId party) { return data.has_parties ? party < parties : party == StringPool::npos; };
        for (DealId deal = 0; deal < deals; ++deal) {
            for (std::uint32_t i = begin[deal]; i < begin[deal + 1]; ++i) {
                const Transfer& t = data.transfers[i];
                if (t.deal != deal || t.patent >= patents || !party_ok(t.from) || !party_ok(t.to) || t.file >= files ||
                    std::size_t(t.kind) >= transfer_kind_count)
                    fail(fmt::format("row {} names a deal, patent, party, file or kind it does not hold", i));
                if (i > begin[deal]) {
                    const Transfer& p = data.transfers[i - 1];
                    if (std::tie(p.patent, p.from, p.to, p.kind, p.date, p.file, p.line) >
                        std::tie(t.patent, t.from, t.to, t.kind, t.date, t.file, t.line))
                        fail(fmt::format("row {} is out of order", i));
                }
            }
        }
    }

    // Each deal's summary is the one its rows make (the deal-patent graph is sized by the patent counts).
    void check_deal_info(const Dataset& data) const {
        for (DealId deal = 0; deal < data.deal_info.size(); ++deal) {
            DealInfo expected;
            for (std::uint32_t i = data.deal_begin[deal]; i < data.deal_begin[deal + 1]; ++i) {
                const Transfer& t = data.transfers[i];
                if (i == data.deal_begin[deal] || t.patent != data.transfers[i - 1].patent) ++expected.patents;
                if (expected.date == 0 || t.date < expected.date) expected.date = t.date;
                expected.kinds |= kind_bit(t.kind);
            }
            const DealInfo& info = data.deal_info[deal];
            if (info.date != expected.date || info.patents != expected.patents || info.kinds != expected.kinds)
                fail(fmt::format("deal {}'s summary is not the one its rows make", deal));
        }
    }

    const std::string& path_;
    const MappedFile& file_;
    bool verify_;
    std::vector<SectionEntry> sections_;
};

}  // namespace

bool is_snapshot(std::string_view head) { return head.starts_with(magic); }

bool is_snapshot_file(const std::string& path) {
    // Only a regular file is opened here: opening a FIFO would wait for its writer and, closed again, lose what the
    // writer sent, so the real read would wait forever.
    struct stat info {};
    if (stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return false;
    int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return false;
    char head[magic.size()];
    bool found = fstat(fd, &info) == 0 && S_ISREG(info.st_mode) &&
                 read(fd, head, sizeof head) == ssize_t(sizeof head) && is_snapshot({head, sizeof head});
    close(fd);
    return found;
}

Snapshot read_snapshot(const std::string& path, bool verify_checksums) {
    MappedFile file(path);
    return SnapshotParser(path, file, verify_checksums).parse();
}

}  // namespace patlap
