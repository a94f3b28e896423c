#pragma once
// The layout of a snapshot file (docs/snapshot.md): a header, a table of sections, and each section's bytes, a raw
// little-endian array of one fixed-width type. The writer (output/snapshot_writer.h) and the reader
// (input/snapshot_reader.h) share these definitions and nothing else.
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>

namespace patlap::snapshot {

static_assert(std::endian::native == std::endian::little, "snapshots are little-endian, as is the host");

// The file's first 16 bytes.
inline constexpr std::string_view magic{"patlap snapshot\n", 16};
// Raised whenever a section changes or is added: a reader accepts its own version only.
inline constexpr std::uint32_t format_version = 2;
// Every section begins at a multiple of this.
inline constexpr std::uint64_t section_alignment = 64;

struct Header {
    char magic[16];
    std::uint32_t version;
    std::uint32_t section_count;
    std::uint64_t file_size;
    std::uint64_t table_offset;  // the section table: section_count SectionEntry
    std::uint32_t table_crc;     // crc32 of the section table's bytes
    std::uint32_t header_crc;    // crc32 of the header's 64 bytes with this field 0
    std::uint8_t reserved[16];   // 0
};
static_assert(sizeof(Header) == 64);

struct SectionEntry {
    std::uint32_t id;            // a SectionId
    std::uint32_t element_size;  // bytes of one element: the section's size is a multiple of it
    std::uint64_t offset;        // from the start of the file, a multiple of section_alignment
    std::uint64_t size;          // bytes
    std::uint32_t crc;           // crc32 of the section's bytes
    std::uint32_t reserved;      // 0
};
static_assert(sizeof(SectionEntry) == 32);

// A string pool or a list of strings is two sections: its text (id) and its offsets (id + 1, u32, one more than
// the strings). Ids are never reused for something else.
enum SectionId : std::uint32_t {
    figures = 1,              // u64 each, see Figure
    sources = 2,              // SourceEntry: the inputs the snapshot was built from
    source_names = 3,         // text, offsets at 4
    files = 5,                // Dataset::files, text; offsets at 6
    deals = 7,                // Dataset::deals, 8
    parties = 9,              // 10
    patents = 11,             // 12
    spellings = 13,           // 14
    former_keys = 15,         // 16
    conveyances = 17,         // 18
    references = 19,          // 20
    roles = 21,               // 22
    patent_number_keys = 23,  // PatentNumbers' other keys, 24
    skip_reasons = 25,        // LoadSummary::first_skip_reasons, 26
    files_without_rows = 27,  // 28
    short_records = 29,       // LoadSummary::first_short_records, 30
    short_inputs = 31,        // 32
    import_options = 33,      // the load options `patlap import` was given, as command-line words; 34
    spelling_party = 40,      // u32 each
    spelling_count = 41,
    party_display = 42,
    former_party = 43,
    deal_conveyance = 44,
    deal_reference = 45,
    deal_link = 46,
    party_roles = 47,       // Dataset::PartyRole, 12 bytes
    transfers = 48,         // Transfer, 28 bytes
    deal_begin = 49,        // u32
    deal_info = 50,         // DealInfo, 12 bytes
    duplicates = 51,        // DuplicateRow, 24 bytes
    differing_copies = 52,  // DifferingRecordCopy, 16 bytes
    patent_numbers = 53,    // PatentNumbers entries, 16 bytes
};

// Places in the figures section.
enum Figure : std::uint32_t {
    flags,  // bit 0: has_parties; bit 1: patent numbers have other keys
    rows_read,
    rows_skipped,
    bytes_read,
    records_read,
    record_assignors,
    record_assignees,
    record_properties,
    duplicate_records,
    records_short_of_properties,
    figure_count
};
inline constexpr std::uint64_t has_parties_flag = 1, other_number_keys_flag = 2;

// What a source was to `patlap import`.
enum SourceRole : std::uint32_t { input_source = 0, alias_source = 1, group_source = 2 };

// One file the snapshot was built from, as `patlap import` was given it: so that --append can tell a file it
// already holds, and one that changed since. 16 bytes; the names are in source_names.
struct SourceEntry {
    std::uint64_t size;
    std::uint32_t crc;   // crc32 of the file's bytes (of a PAD folder: of the tables read from it, in turn)
    std::uint32_t role;  // a SourceRole
};
static_assert(sizeof(SourceEntry) == 16);

}  // namespace patlap::snapshot

namespace patlap {

// An input file as a snapshot records it.
struct SnapshotSource {
    std::string name;
    std::uint64_t size = 0;
    std::uint32_t crc = 0;
    snapshot::SourceRole role = snapshot::input_source;
    bool operator==(const SnapshotSource&) const = default;
};

}  // namespace patlap
