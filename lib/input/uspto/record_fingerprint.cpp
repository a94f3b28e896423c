#include "input/uspto/record_fingerprint.h"

#include "model/dataset.h"

#include <functional>
#include <string_view>

namespace patlap {
namespace {

std::uint64_t mix(std::uint64_t x) {  // splitmix64's finaliser: every input bit reaches every output bit
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

std::uint64_t hash_of(std::string_view text) { return mix(std::hash<std::string_view>()(text)); }

// Order-blind: the items' hashes are summed.
std::uint64_t parties_hash(const std::vector<AssignmentParty>& parties) {
    std::uint64_t sum = 0;
    for (const AssignmentParty& party : parties) sum += mix(hash_of(party.name) + party.date);
    return sum;
}

// A property by the number that stays the same as the record is kept up to date: its application's, when it has
// one (a later copy of a record names the patents granted since on its applications), else its grant's, else its
// publication's.
std::uint64_t properties_hash(const std::vector<AssignmentProperty>& properties) {
    std::uint64_t sum = 0;
    for (const AssignmentProperty& p : properties) {
        std::string_view number = !p.application.empty() ? p.application : !p.grant.empty() ? p.grant : p.publication;
        int which = !p.application.empty() ? 1 : !p.grant.empty() ? 2 : 3;
        sum += mix(hash_of(number) ^ mix(hash_of(p.country) + std::uint64_t(which)));
    }
    return sum;
}

constexpr unsigned part_bits = 16;
std::uint64_t part(std::uint64_t hash, unsigned index) { return (mix(hash) & 0xFFFF) << (index * part_bits); }

}  // namespace

std::uint64_t record_fingerprint(const AssignmentRecord& record, const RecordFacts& facts) {
    std::uint64_t header = hash_of(record.conveyance) ^ mix(std::uint64_t(facts.date) << 8 | std::uint64_t(facts.kind));
    std::uint64_t fingerprint = part(header, 0) | part(parties_hash(record.assignors), 1) |
                                part(parties_hash(record.assignees), 2) | part(properties_hash(record.properties), 3);
    return fingerprint == 0 ? 1 : fingerprint;
}

std::uint8_t differing_parts(std::uint64_t a, std::uint64_t b) {
    constexpr RecordPart parts[] = {record_header, record_assignors, record_assignees, record_properties};
    std::uint8_t differs = 0;
    for (unsigned i = 0; i < 4; ++i)
        if ((a >> (i * part_bits) & 0xFFFF) != (b >> (i * part_bits) & 0xFFFF)) differs |= parts[i];
    return differs;
}

}  // namespace patlap
