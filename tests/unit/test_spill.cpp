// Answers larger than memory: the pieces that spill to TMPDIR, and overlap within a tiny --memory giving exactly
// the answer it gives in memory.
#include "analysis/overlap.h"
#include "base/errors.h"
#include "base/memory_budget.h"
#include "base/sorted_runs.h"
#include "base/spilling_array.h"
#include "base/temp_folder.h"
#include "input/transfer_loader.h"
#include "output/overlap_report.h"
#include "temp_file.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <optional>
#include <random>
#include <tuple>

using namespace patlap;

namespace {

constexpr std::uint64_t tiny_budget = 64 * 1024;

// TMPDIR set to `path` for the life of the object, then as it was.
class TmpdirAs {
public:
    explicit TmpdirAs(const std::string& path) {
        if (const char* old = std::getenv("TMPDIR")) old_ = old;
        setenv("TMPDIR", path.c_str(), 1);
    }
    ~TmpdirAs() {
        if (old_) setenv("TMPDIR", old_->c_str(), 1);
        else unsetenv("TMPDIR");
    }

private:
    std::optional<std::string> old_;
};

std::vector<std::tuple<DealId, DealId, std::uint32_t>> as_tuples(const OverlapPairs& pairs) {
    std::vector<std::tuple<DealId, DealId, std::uint32_t>> out;
    for (const DealPair& p : pairs) out.emplace_back(p.a, p.b, p.shared);
    return out;
}

struct Loaded {
    Dataset data;
    DealPatentGraph graph;
    explicit Loaded(Dataset d) : data(std::move(d)), graph(data) {}
};

// 1,500 deals over 1,500 patents, some 100,000 pairs. Every tie-break of the order is met many times: shared counts
// are small (ties on shared), a deal pairs with many (ties on deal_a), deals share dates (the earlier deal by
// name), and names sort otherwise than numbers (D10 before D2).
Loaded many_pairs() {
    std::mt19937 random(5);
    std::string rows = "deal,date,kind,from,to,patent\n";
    for (int deal = 0; deal < 1500; ++deal) {
        int size = 1 + int(random() % 25);
        const char* kind = deal % 3 ? "assignment" : "security";
        for (int i = 0; i < size; ++i)
            rows += fmt::format("D{},2015-{:02}-{:02},{},A,B,US{}\n", deal, 1 + deal % 3, 1 + deal % 5, kind,
                                random() % 1500);
    }
    TempDir dir;
    LoadOptions options;
    options.with_record_texts = false;
    options.deal_patents_only = true;  // as overlap loads
    options.with_patent_kinds = true;
    return Loaded(load_transfers({dir.write("in.csv", rows)}, options));
}

}  // namespace

TEST_CASE("memory sizes parse strictly", "[spill]") {
    CHECK(parse_memory_size("4G") == std::uint64_t(4) << 30);
    CHECK(parse_memory_size("500M") == std::uint64_t(500) << 20);
    CHECK(parse_memory_size("1.5GiB") == std::uint64_t(3) << 29);
    CHECK(parse_memory_size("2GB") == 2000000000u);
    CHECK(parse_memory_size("64K") == 65536u);
    CHECK(parse_memory_size("65536") == 65536u);
    for (const char* bad : {"", "nan", "inf", "0", "-1", "-4G", "4 G", "4g", "1e9", "G", ".5G", "5.G", "4GG", "1K",
                            "65535", "+4G", "0x10M", "99999999999T"})
        CHECK_FALSE(parse_memory_size(bad));
    CHECK(default_memory_budget() >= smallest_memory_budget);
}

TEST_CASE("a temporary folder goes with everything in it; one that cannot be made is a clear error", "[spill]") {
    std::string path;
    {
        TempFolder folder("test values");
        path = folder.path();
        CHECK(std::filesystem::is_directory(path));
        std::ofstream(path + "/left") << "x";
    }
    CHECK_FALSE(std::filesystem::exists(path));
    TmpdirAs missing("/nonexistent-patlap-tmpdir");
    try {
        TempFolder folder("test values");
        FAIL("made a folder in a missing TMPDIR");
    } catch (const OutputError& error) {
        CHECK(std::string(error.what()) ==
              "TMPDIR: cannot make a folder in /nonexistent-patlap-tmpdir to spill test values: No such file or "
              "directory");
    }
}

TEST_CASE("a spilling array holds what fits in memory and maps the rest from a file", "[spill]") {
    SpillingArray<std::uint64_t> small(tiny_budget, "test values");
    for (std::uint64_t i = 0; i < 100; ++i) small.push_back(i * 7);
    small.finish();
    CHECK_FALSE(small.spilled());
    SpillingArray<std::uint64_t> large(tiny_budget, "test values");
    for (std::uint64_t i = 0; i < 100000; ++i) large.push_back(i * 7);
    large.finish();
    CHECK(large.spilled());
    REQUIRE(large.size() == 100000);
    bool all = true;
    for (std::uint64_t i = 0; i < 100000; ++i) all = all && large[i] == i * 7;
    CHECK(all);
    CHECK(small[99] == 99 * 7);
}

TEST_CASE("sorted runs merge back in order, through several levels, and stop when told", "[spill]") {
    std::mt19937_64 random(3);
    std::vector<std::uint64_t> all;
    SortedRuns<std::uint64_t> runs("test values", 4096);
    for (int run = 0; run < 300; ++run) {  // more than 16 * 16 runs: merged as they come, and at the end
        std::vector<std::uint64_t> values(1 + random() % 700);
        for (auto& v : values) v = random() % 100000;  // with repeats
        std::sort(values.begin(), values.end());
        runs.add(values);
        all.insert(all.end(), values.begin(), values.end());
    }
    std::sort(all.begin(), all.end());
    std::vector<std::uint64_t> merged;
    runs.merge([&](std::uint64_t v) {
        merged.push_back(v);
        return true;
    });
    CHECK(merged == all);

    SortedRuns<std::uint64_t, std::greater<>> descending("test values", 4096);
    descending.add(std::vector<std::uint64_t>{9, 5, 1});
    descending.add(std::vector<std::uint64_t>{8, 7, 2});
    std::vector<std::uint64_t> first;
    descending.merge([&](std::uint64_t v) {
        first.push_back(v);
        return first.size() < 4;
    });
    CHECK(first == std::vector<std::uint64_t>{9, 8, 7, 5});
}

TEST_CASE("overlap within 64 KiB spills and gives the answer found in memory, in every order", "[spill]") {
    Loaded l = many_pairs();
    for (bool packed : {true, false})
        for (unsigned threads : {1u, 2u}) {
            OverlapOptions options;
            options.packed_sort = packed;
            options.threads = threads;
            SECTION(fmt::format("packed {}, {} threads", packed, threads)) {
                for (std::uint32_t min_shared : {1u, 2u})
                    for (std::size_t top : {std::size_t(0), std::size_t(7), std::size_t(20000)}) {
                        options.min_shared = min_shared;
                        options.top = top;
                        options.memory = 0;
                        OverlapPairs held = find_overlaps(l.data, l.graph, options);
                        options.memory = tiny_budget;
                        OverlapPairs spilled = find_overlaps(l.data, l.graph, options);
                        INFO("min_shared " << min_shared << ", top " << top);
                        REQUIRE(held.size() >= (top == 7 ? 7 : 5000));
                        CHECK_FALSE(held.spilled());
                        if (held.size() * sizeof(DealPair) > 4 * tiny_budget) CHECK(spilled.spilled());
                        if (top == 7) CHECK_FALSE(spilled.spilled());  // --top prunes before it spills
                        CHECK(as_tuples(spilled) == as_tuples(held));
                    }
                // A focus: each pair is found from its focus deal.
                options.min_shared = 1;
                options.top = 0;
                for (DealId d = 0; d < l.data.deals.size(); d += 3) options.focus.push_back(d);
                options.memory = 0;
                OverlapPairs held = find_overlaps(l.data, l.graph, options);
                options.memory = tiny_budget;
                OverlapPairs spilled = find_overlaps(l.data, l.graph, options);
                CHECK(spilled.spilled());
                CHECK(as_tuples(spilled) == as_tuples(held));
            }
        }
}

TEST_CASE("overlap --list rows within 64 KiB are those made in memory", "[spill]") {
    Loaded l = many_pairs();
    OverlapOptions options;
    options.memory = tiny_budget;
    OverlapPairs pairs = find_overlaps(l.data, l.graph, options);
    REQUIRE(pairs.spilled());
    Table held = overlap_patent_table(l.data, l.graph, pairs.view());
    Table spilled = overlap_patent_table(l.data, l.graph, pairs.view(), tiny_budget);
    REQUIRE(held.row_count > 100000);
    REQUIRE(spilled.row_count == held.row_count);
    Cells x(held.columns.size()), y(held.columns.size());
    std::size_t differ = 0;
    for (std::size_t row = 0; row < held.row_count; ++row) {
        held.fill_row(row, x);
        spilled.fill_row(row, y);
        differ += x != y;
    }
    CHECK(differ == 0);
    held.fill_row(0, x);
    CHECK(x[0] != x[1]);
}
