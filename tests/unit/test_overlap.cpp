#include "analysis/deal_filter.h"
#include "analysis/overlap.h"
#include "input/transfer_loader.h"
#include "temp_file.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <map>
#include <random>
#include <tuple>

using namespace patlap;

namespace {

struct Loaded {
    Dataset data;
    DealPatentGraph graph;
    explicit Loaded(Dataset d) : data(std::move(d)), graph(data) {}
};

Loaded load_rows(const std::string& rows) {
    TempDir dir;
    return Loaded(load_transfers({dir.write("in.csv", "deal,date,kind,from,to,patent\n" + rows)}, {}));
}

// "deal_a/deal_b=shared" for each pair, in report order.
std::vector<std::string> describe(const Loaded& l, std::span<const DealPair> pairs) {
    std::vector<std::string> out;
    for (const auto& p : pairs)
        out.push_back(std::string(l.data.deal_name(p.a)) + "/" + std::string(l.data.deal_name(p.b)) + "=" +
                      std::to_string(p.shared));
    return out;
}

using Strings = std::vector<std::string>;

std::pair<std::string, std::string> ordered_names(const Loaded& l, DealId a, DealId b) {
    std::string x(l.data.deal_name(a)), y(l.data.deal_name(b));
    return x < y ? std::pair(x, y) : std::pair(y, x);
}

// Nokia sells to Microsoft (US1-US4), Microsoft sells part on to Xiaomi (US3-US5) and pledges US4 to a bank;
// Nokia licenses Apple (US1, US2) the next year; an unrelated deal shares nothing.
const std::string sample =
    "NM,2014-04-25,assignment,Nokia Corp,Microsoft Corp,US1\n"
    "NM,2014-04-25,assignment,Nokia Corp,Microsoft Corp,US2\n"
    "NM,2014-04-25,assignment,Nokia Corp,Microsoft Corp,US3\n"
    "NM,2014-04-25,assignment,Nokia Corp,Microsoft Corp,US4\n"
    "MX,2016-06-01,assignment,Microsoft Corp,Xiaomi Inc,US3\n"
    "MX,2016-06-01,assignment,Microsoft Corp,Xiaomi Inc,US3\n"
    "MX,2016-06-01,assignment,Microsoft Corp,Xiaomi Inc,US4\n"
    "MX,2016-06-01,assignment,Microsoft Corp,Xiaomi Inc,US5\n"
    "LIEN,2016-06-01,security,Microsoft Corp,Big Bank,US4\n"
    "NA,2017-05-23,license,Nokia Oyj,Apple Inc,US1\n"
    "NA,2017-05-23,license,Nokia Oyj,Apple Inc,US2\n"
    "OTHER,2010-01-01,assignment,Someone,Else,US9\n";

}  // namespace

TEST_CASE("pairs of deals sharing patents, with sizes and order", "[overlap]") {
    Loaded l = load_rows(sample);
    auto pairs = find_overlaps(l.data, l.graph, {});
    // Sorted by shared descending, then deal_a and deal_b identifiers; deal_a is the earlier deal, and a
    // same-date tie (LIEN, MX) is broken by identifier.
    CHECK(describe(l, pairs) == Strings{"NM/MX=2", "NM/NA=2", "LIEN/MX=1", "NM/LIEN=1"});
    CHECK(l.data.deal_info[pairs[0].a].patents == 4);
    CHECK(l.data.deal_info[pairs[0].b].patents == 3);  // the duplicate US3 row counts once
}

TEST_CASE("no shared patents means no pairs, and a deal is never paired with itself", "[overlap]") {
    Loaded l = load_rows("A,2014-01-01,assignment,X,Y,US1\nA,2014-01-01,license,X,Z,US1\nB,2015-01-01,assignment,"
                         "Y,Z,US2\n");
    CHECK(find_overlaps(l.data, l.graph, {}).empty());
}

TEST_CASE("min_shared and top limit the pairs", "[overlap]") {
    Loaded l = load_rows(sample);
    for (bool packed : {true, false}) {
        OverlapOptions options;
        options.packed_sort = packed;
        options.min_shared = 2;
        CHECK(describe(l, find_overlaps(l.data, l.graph, options)) == Strings{"NM/MX=2", "NM/NA=2"});
        options.min_shared = 1;
        options.top = 3;
        CHECK(describe(l, find_overlaps(l.data, l.graph, options)) == Strings{"NM/MX=2", "NM/NA=2", "LIEN/MX=1"});
    }
}

TEST_CASE("top keeps the first pairs while holding only a few times N of them", "[overlap]") {
    // 600 deals on one patent (179,700 pairs, past the point where a worker drops all but its first N), every
    // tenth on a second one too, so that the first pairs by `shared` are spread through the deals.
    std::string rows;
    for (int d = 0; d < 600; ++d) {
        rows += fmt::format("D{:03},2010-01-{:02},license,A{},B{},US1\n", d, 1 + d % 28, d, d);
        if (d % 10 == 7) rows += fmt::format("D{:03},2010-01-{:02},license,A{},B{},US2\n", d, 1 + d % 28, d, d);
    }
    Loaded l = load_rows(rows);
    for (bool packed : {true, false})
        for (unsigned threads : {1u, 2u}) {
            OverlapOptions options;
            options.packed_sort = packed;
            options.threads = threads;
            Strings all = describe(l, find_overlaps(l.data, l.graph, options));
            REQUIRE(all.size() == 600 * 599 / 2);
            options.top = 25;
            Strings top = describe(l, find_overlaps(l.data, l.graph, options));
            CHECK(top == Strings(all.begin(), all.begin() + 25));
            CHECK(top.front().ends_with("=2"));
        }
}

TEST_CASE("a deal focus keeps the pairs involving those deals", "[overlap]") {
    Loaded l = load_rows(sample);
    OverlapOptions options;
    std::vector<std::string> unmatched;
    options.focus = find_deals(l.data, {"MX", "NOPE"}, unmatched);
    CHECK(unmatched == Strings{"no deal NOPE in the data"});
    CHECK(describe(l, find_overlaps(l.data, l.graph, options)) == Strings{"NM/MX=2", "LIEN/MX=1"});
    options.focus = find_deals(l.data, {"MX", "LIEN"}, unmatched);  // a pair of two focus deals comes once
    CHECK(describe(l, find_overlaps(l.data, l.graph, options)) == Strings{"NM/MX=2", "LIEN/MX=1", "NM/LIEN=1"});
}

TEST_CASE("party, kind, excluded kind and date filters choose the deals taking part", "[overlap]") {
    Loaded l = load_rows(sample);
    auto run = [&](const DealFilter& filter) {
        OverlapOptions options;
        DealSelection selection = select_deals(l.data, filter);
        options.selected = selection.selected;
        return describe(l, find_overlaps(l.data, l.graph, options));
    };
    DealFilter by_party;
    by_party.parties = {"NOKIA"};  // by key: Nokia Corp and Nokia Oyj
    CHECK(run(by_party) == Strings{"NM/NA=2"});
    by_party.parties = {"Xiaomi, Inc.", "nokia corporation"};
    CHECK(run(by_party) == Strings{"NM/MX=2", "NM/NA=2"});

    DealFilter by_kind;
    by_kind.kinds = kind_bit(TransferKind::assignment) | kind_bit(TransferKind::security);
    CHECK(run(by_kind) == Strings{"NM/MX=2", "LIEN/MX=1", "NM/LIEN=1"});
    DealFilter excluding;
    excluding.excluded_kinds = kind_bit(TransferKind::license) | kind_bit(TransferKind::security);
    CHECK(run(excluding) == Strings{"NM/MX=2"});

    DealFilter dates;
    dates.since = 20150101;
    dates.until = 20161231;
    CHECK(run(dates) == Strings{"LIEN/MX=1"});

    DealFilter unknown;
    unknown.parties = {"Nobody Ltd"};
    DealSelection selection = select_deals(l.data, unknown);
    CHECK(selection.unmatched == Strings{"no party \"Nobody Ltd\" in the data"});
    CHECK(run(unknown).empty());
}

TEST_CASE("the shared patents of a pair, sorted", "[overlap]") {
    Loaded l = load_rows(sample);
    auto shared = shared_patents(l.data, l.graph, l.data.deals.find("NM"), l.data.deals.find("MX"));
    REQUIRE(shared.size() == 2);
    CHECK(l.data.patent_name(shared[0].patent) == "US3");
    CHECK(l.data.patent_name(shared[1].patent) == "US4");
    // NM holds US1-US4 and MX US3-US5: places 2, 3 and 0, 1.
    CHECK((shared[0].place_a == 2 && shared[0].place_b == 0 && shared[1].place_a == 3 && shared[1].place_b == 1));
}

TEST_CASE("overlap agrees with comparing every pair of deals, with one thread or several", "[overlap]") {
    std::mt19937 random(7);
    std::string rows;
    for (int deal = 0; deal < 400; ++deal) {
        int size = 1 + int(random() % 30);
        for (int i = 0; i < size; ++i)
            rows += fmt::format("D{},2014-01-{},assignment,A,B,US{}\n", deal, 10 + deal % 20, random() % 600);
    }
    Loaded l = load_rows(rows);
    std::map<std::pair<std::string, std::string>, std::uint32_t> expected;
    for (DealId a = 0; a < l.data.deals.size(); ++a)
        for (DealId b = a + 1; b < l.data.deals.size(); ++b) {
            std::uint32_t shared = 0;
            for (PatentId p : l.graph.patents_of(a))
                for (PatentId q : l.graph.patents_of(b)) shared += p == q;
            if (shared) expected[ordered_names(l, a, b)] = shared;
        }
    for (unsigned threads : {1u, 2u, 3u}) {
        OverlapOptions options;
        options.threads = threads;
        auto pairs = find_overlaps(l.data, l.graph, options);
        std::map<std::pair<std::string, std::string>, std::uint32_t> found;
        for (const auto& p : pairs)
            found[ordered_names(l, p.a, p.b)] = p.shared;
        CHECK(found == expected);
        CHECK(pairs.size() == expected.size());
        // Report order: most shared first, then deal_a's name, then deal_b's; deal_a the earlier deal.
        auto key = [&](const DealPair& p) {
            return std::tuple(-std::int64_t(p.shared), l.data.deal_name(p.a), l.data.deal_name(p.b));
        };
        CHECK(std::is_sorted(pairs.begin(), pairs.end(),
                             [&](const DealPair& x, const DealPair& y) { return key(x) < key(y); }));
        for (const auto& p : pairs)
            CHECK(std::pair(l.data.deal_info[p.a].date, l.data.deal_name(p.a)) <
                  std::pair(l.data.deal_info[p.b].date, l.data.deal_name(p.b)));
    }
}

TEST_CASE("overlap at a size that sorts and orients the pairs on two threads, packed and not", "[overlap]") {
    // 2,000 deals over 2,000 patents give some 200,000 pairs: past the size where the work is split in two.
    constexpr int deals = 2000, patents = 2000;
    std::mt19937 random(11);
    std::string rows;
    std::vector<std::vector<int>> patents_of(deals);
    for (int deal = 0; deal < deals; ++deal) {
        int size = 1 + int(random() % 30);
        for (int i = 0; i < size; ++i) {
            int patent = int(random() % patents);
            rows += fmt::format("D{},2014-{:02}-{:02},assignment,A,B,US{}\n", deal, 1 + deal % 12, 1 + deal % 28,
                                patent);
            patents_of[deal].push_back(patent);
        }
    }
    Loaded l = load_rows(rows);
    // (lower deal number, higher deal number, shared), from the patents' deals
    std::vector<std::tuple<int, int, std::uint32_t>> expected;
    {
        std::vector<std::vector<int>> deals_of(patents);
        for (int deal = 0; deal < deals; ++deal) {
            auto& mine = patents_of[deal];
            std::sort(mine.begin(), mine.end());
            mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
            for (int p : mine) deals_of[p].push_back(deal);
        }
        std::vector<std::uint32_t> counts(std::size_t(deals) * deals, 0);
        for (const auto& holders : deals_of)
            for (std::size_t i = 0; i < holders.size(); ++i)
                for (std::size_t j = i + 1; j < holders.size(); ++j)
                    ++counts[std::size_t(holders[i]) * deals + holders[j]];
        for (int a = 0; a < deals; ++a)
            for (int b = a + 1; b < deals; ++b)
                if (std::uint32_t shared = counts[std::size_t(a) * deals + b]) expected.emplace_back(a, b, shared);
    }
    REQUIRE(expected.size() > 150000);
    auto number = [&](DealId d) { return std::stoi(std::string(l.data.deal_name(d).substr(1))); };
    for (bool packed : {true, false}) {
        OverlapOptions options;
        options.threads = 2;
        options.packed_sort = packed;
        auto pairs = find_overlaps(l.data, l.graph, options);
        REQUIRE(pairs.size() == expected.size());
        std::vector<std::tuple<int, int, std::uint32_t>> found;
        for (const auto& p : pairs)
            found.emplace_back(std::min(number(p.a), number(p.b)), std::max(number(p.a), number(p.b)), p.shared);
        std::sort(found.begin(), found.end());
        CHECK(found == expected);
        // Report order, and deal_a the earlier deal (by date, then name).
        std::size_t out_of_order = 0, misoriented = 0;
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            const DealPair& p = pairs[i];
            misoriented += !(std::pair(l.data.deal_info[p.a].date, l.data.deal_name(p.a)) <
                             std::pair(l.data.deal_info[p.b].date, l.data.deal_name(p.b)));
            if (i == 0) continue;
            const DealPair& q = pairs[i - 1];
            out_of_order += std::tuple(-std::int64_t(p.shared), l.data.deal_name(p.a), l.data.deal_name(p.b)) <
                            std::tuple(-std::int64_t(q.shared), l.data.deal_name(q.a), l.data.deal_name(q.b));
        }
        CHECK(out_of_order == 0);
        CHECK(misoriented == 0);
    }
}
