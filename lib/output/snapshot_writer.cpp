#include "output/snapshot_writer.h"

#include "base/errors.h"
#include "output/output_file.h"
#include "output/output_target.h"

#include <fmt/format.h>
#include <unistd.h>
#include <zlib.h>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <functional>
#include <stdexcept>

namespace patlap {
namespace {

using namespace snapshot;

// Receives a section's bytes, piece after piece.
using ByteSink = std::function<void(const char*, std::size_t)>;

struct Section {
    std::uint32_t id, element_size;
    std::uint64_t size;
    std::function<void(const ByteSink&)> bytes;  // called twice: once for the checksum, once to write
};

template <class T>
Section plain(SectionId id, const std::vector<T>& items) {
    const char* data = reinterpret_cast<const char*>(items.data());
    std::uint64_t size = items.size() * sizeof(T);
    return {id, sizeof(T), size, [data, size](const ByteSink& out) { out(data, size); }};
}

// For structs with padding: each item copied, field by field, into zeroed memory, so that no byte the file holds
// is left to chance. `fill(to, from)` copies the fields.
template <class T, class Fill>
Section cleaned(SectionId id, const std::vector<T>& items, Fill fill) {
    return {id, sizeof(T), items.size() * sizeof(T), [&items, fill](const ByteSink& out) {
                constexpr std::size_t chunk = 4096;
                std::vector<T> buffer(chunk);
                for (std::size_t first = 0; first < items.size(); first += chunk) {
                    std::size_t count = std::min(chunk, items.size() - first);
                    std::memset(static_cast<void*>(buffer.data()), 0, count * sizeof(T));
                    for (std::size_t i = 0; i < count; ++i) fill(buffer[i], items[first + i]);
                    out(reinterpret_cast<const char*>(buffer.data()), count * sizeof(T));
                }
            }};
}

// A list of strings laid out as a pool's text and offsets, owned by the writer while it writes.
struct TextList {
    std::vector<char> text;
    std::vector<std::uint32_t> offsets{0};
    explicit TextList(const std::vector<std::string>& strings) {
        for (const std::string& s : strings) {
            text.insert(text.end(), s.begin(), s.end());
            if (text.size() > UINT32_MAX) throw std::length_error("more than 4 GiB of text in one list");
            offsets.push_back(std::uint32_t(text.size()));
        }
    }
};

void add_text(std::vector<Section>& sections, SectionId id, const std::vector<char>& text,
              const std::vector<std::uint32_t>& offsets) {
    sections.push_back(plain(id, text));
    sections.push_back(plain(SectionId(id + 1), offsets));
}

std::uint32_t crc_of(const Section& section) {
    uLong crc = crc32_z(0, nullptr, 0);
    section.bytes(
        [&](const char* data, std::size_t size) { crc = crc32_z(crc, reinterpret_cast<const Bytef*>(data), size); });
    return std::uint32_t(crc);
}

std::uint64_t aligned(std::uint64_t offset) {
    return (offset + section_alignment - 1) / section_alignment * section_alignment;
}

}  // namespace

void check_snapshot_path(const std::string& option, const std::string& path) {
    std::string_view name = path;
    if (std::size_t slash = name.rfind('/'); slash != std::string_view::npos) name.remove_prefix(slash + 1);
    if (name.size() <= 7 || !name.ends_with(".patlap"))
        throw UsageError(fmt::format("{} {}: a snapshot's name ends in .patlap", option, path));
    check_output_folder(path);
}

void write_snapshot(const Dataset& data, const std::vector<SnapshotSource>& sources, const std::string& path,
                    const std::vector<std::string>& import_options) {
    if (data.deal_patents_only) throw std::logic_error("a snapshot holds a data set loaded whole");
    std::vector<std::uint64_t> figures(figure_count, 0);
    const LoadSummary& load = data.load;
    const StringPool* other_keys = data.patent_numbers.other_keys();
    figures[flags] = (data.has_parties ? has_parties_flag : 0) | (other_keys ? other_number_keys_flag : 0);
    figures[rows_read] = load.rows_read;
    figures[rows_skipped] = load.rows_skipped;
    figures[bytes_read] = load.bytes_read;
    figures[records_read] = load.records_read;
    figures[snapshot::record_assignors] = load.record_assignors;
    figures[snapshot::record_assignees] = load.record_assignees;
    figures[snapshot::record_properties] = load.record_properties;
    figures[duplicate_records] = load.duplicate_records;
    figures[records_short_of_properties] = load.records_short_of_properties;

    std::vector<SourceEntry> source_entries;
    std::vector<std::string> source_names;
    for (const SnapshotSource& source : sources) {
        source_entries.push_back({source.size, source.crc, source.role});
        source_names.push_back(source.name);
    }
    TextList names(source_names), files(data.files), skip_reasons(load.first_skip_reasons),
        without_rows(load.files_without_rows), short_records(load.first_short_records), short_inputs(load.short_inputs),
        options(import_options);

    std::vector<Section> sections;
    sections.push_back(plain(snapshot::figures, figures));
    sections.push_back(plain(snapshot::sources, source_entries));
    add_text(sections, snapshot::source_names, names.text, names.offsets);
    add_text(sections, snapshot::files, files.text, files.offsets);
    add_text(sections, snapshot::deals, data.deals.text(), data.deals.text_offsets());
    add_text(sections, snapshot::parties, data.parties.text(), data.parties.text_offsets());
    add_text(sections, snapshot::patents, data.patents.text(), data.patents.text_offsets());
    add_text(sections, snapshot::spellings, data.spellings.text(), data.spellings.text_offsets());
    add_text(sections, snapshot::former_keys, data.former_keys.text(), data.former_keys.text_offsets());
    add_text(sections, snapshot::conveyances, data.conveyances.text(), data.conveyances.text_offsets());
    add_text(sections, snapshot::references, data.references.text(), data.references.text_offsets());
    add_text(sections, snapshot::roles, data.roles.text(), data.roles.text_offsets());
    if (other_keys) add_text(sections, patent_number_keys, other_keys->text(), other_keys->text_offsets());
    add_text(sections, snapshot::skip_reasons, skip_reasons.text, skip_reasons.offsets);
    add_text(sections, snapshot::files_without_rows, without_rows.text, without_rows.offsets);
    add_text(sections, snapshot::short_records, short_records.text, short_records.offsets);
    add_text(sections, snapshot::short_inputs, short_inputs.text, short_inputs.offsets);
    add_text(sections, snapshot::import_options, options.text, options.offsets);
    sections.push_back(plain(snapshot::spelling_party, data.spelling_party));
    sections.push_back(plain(snapshot::spelling_count, data.spelling_count));
    sections.push_back(plain(snapshot::party_display, data.party_display));
    sections.push_back(plain(snapshot::former_party, data.former_party));
    sections.push_back(plain(snapshot::deal_conveyance, data.deal_conveyance));
    sections.push_back(plain(snapshot::deal_reference, data.deal_reference));
    sections.push_back(plain(snapshot::deal_link, data.deal_link));
    sections.push_back(plain(snapshot::party_roles, data.party_roles));
    sections.push_back(plain(snapshot::deal_begin, data.deal_begin));
    sections.push_back(cleaned(snapshot::deal_info, data.deal_info, [](DealInfo& to, const DealInfo& from) {
        to.date = from.date;
        to.patents = from.patents;
        to.kinds = from.kinds;
    }));
    sections.push_back(cleaned(snapshot::duplicates, data.duplicates, [](DuplicateRow& to, const DuplicateRow& from) {
        to.file = from.file;
        to.line = from.line;
        to.first_file = from.first_file;
        to.first_line = from.first_line;
        to.deal = from.deal;
        to.patent = from.patent;
    }));
    sections.push_back(cleaned(differing_copies, data.differing_record_copies,
                               [](DifferingRecordCopy& to, const DifferingRecordCopy& from) {
                                   to.deal = from.deal;
                                   to.file = from.file;
                                   to.line = from.line;
                                   to.differs = from.differs;
                               }));
    sections.push_back(cleaned(snapshot::patent_numbers, data.patent_numbers.entries(),
                               [](PatentNumbers::Entry& to, const PatentNumbers::Entry& from) {
                                   to.number = from.number;
                                   to.patent = from.patent;
                               }));
    sections.push_back(cleaned(snapshot::transfers, data.transfers, [](Transfer& to, const Transfer& from) {
        to.deal = from.deal;
        to.patent = from.patent;
        to.from = from.from;
        to.to = from.to;
        to.date = from.date;
        to.line = from.line;
        to.file = from.file;
        to.kind = from.kind;
    }));

    std::vector<SectionEntry> table;
    std::uint64_t offset = aligned(sizeof(Header) + sections.size() * sizeof(SectionEntry));
    for (const Section& section : sections) {
        table.push_back({section.id, section.element_size, offset, section.size, crc_of(section), 0});
        offset = aligned(offset + section.size);
    }
    Header header{};
    std::memcpy(header.magic, magic.data(), magic.size());
    header.version = format_version;
    header.section_count = std::uint32_t(table.size());
    header.file_size = offset;
    header.table_offset = sizeof(Header);
    header.table_crc =
        std::uint32_t(crc32_z(0, reinterpret_cast<const Bytef*>(table.data()), table.size() * sizeof(SectionEntry)));
    header.header_crc = std::uint32_t(crc32_z(0, reinterpret_cast<const Bytef*>(&header), sizeof header));

    OutputFile file(path);
    std::FILE* out = file.stream();
    std::uint64_t written = 0;
    auto put = [&](const char* bytes, std::size_t size) {
        if (size && std::fwrite(bytes, 1, size, out) != size) throw OutputError(path, std::strerror(errno));
        written += size;
    };
    auto pad_to = [&](std::uint64_t to) {
        static const char zeros[section_alignment] = {};
        put(zeros, std::size_t(to - written));
    };
    put(reinterpret_cast<const char*>(&header), sizeof header);
    put(reinterpret_cast<const char*>(table.data()), table.size() * sizeof(SectionEntry));
    for (std::size_t i = 0; i < sections.size(); ++i) {
        pad_to(table[i].offset);
        sections[i].bytes(put);
    }
    pad_to(header.file_size);
    // On disk before the rename puts it in place: a crash then leaves the old snapshot or the new one, whole.
    if (std::fflush(out) != 0) throw OutputError(path, std::strerror(errno));
    if (fsync(fileno(out)) != 0 && errno != EINVAL && errno != EROFS)  // EINVAL: a pipe or device, nothing to sync
        throw OutputError(path, std::strerror(errno));
    file.commit();
}

}  // namespace patlap
