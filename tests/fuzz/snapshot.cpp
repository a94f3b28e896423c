// Fuzz target: reading a damaged snapshot (header, section table, sections, ids), with the checksums not verified,
// so that the damage reaches every other check. A snapshot read is then looked at as the reports look at it (the
// stats, the deal-patent graph, every name and patent number), which must not crash either: the reader promises
// that every id it hands over is in range. For inputs of even size the header's file size is set to the input's, so
// that a mutation that grows or shrinks the file gets past that check too.
// fuzz-seeds: tests/fuzz/seeds/snapshot/*
// fuzz-dict: tests/fuzz/snapshot.dict
#include "analysis/dataset_stats.h"
#include "base/errors.h"
#include "input/snapshot_reader.h"
#include "memory_file.h"
#include "model/deal_patent_graph.h"
#include "model/patent_lookup.h"

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static MemoryFile file("data.patlap");
    std::vector<std::uint8_t> bytes(data, data + size);
    constexpr std::size_t file_size_at = 24;
    if (size % 2 == 0 && size >= file_size_at + 8) {
        std::uint64_t actual = size;
        std::memcpy(bytes.data() + file_size_at, &actual, sizeof actual);
    }
    const std::string& path = file.write(bytes.data(), bytes.size());
    try {
        patlap::Snapshot snapshot = patlap::read_snapshot(path, false);
        const patlap::Dataset& read = snapshot.data;
        patlap::compute_stats(read);
        patlap::DealPatentGraph graph(read);
        std::size_t names = 0;
        for (patlap::DealId deal = 0; deal < read.deals.size(); ++deal)
            names += read.deal_name(deal).size() + read.conveyance_of(deal).size() + read.reference_of(deal).size();
        for (patlap::PartyId party = 0; party < read.parties.size(); ++party) names += read.party_name(party).size();
        for (patlap::PatentId patent = 0; patent < read.patents.size(); ++patent)
            if (patlap::find_patent(read, read.patent_name(patent)).patent >= read.patents.size() &&
                !read.patent_name(patent).empty())
                names += 1;
        for (const auto& role : read.party_roles) names += read.roles.str(role.role).size();
        if (names == std::size_t(-1)) std::abort();  // keeps the reads
    } catch (const patlap::InputError&) {}
    return 0;
}
