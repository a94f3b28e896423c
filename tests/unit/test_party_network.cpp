#include "analysis/deal_filter.h"
#include "analysis/party_network.h"
#include "analysis/owners.h"
#include "input/transfer_loader.h"
#include "temp_file.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <map>
#include <set>
#include <tuple>

using namespace patlap;

namespace {

Dataset load_rows(const std::string& rows) {
    TempDir dir;
    return load_transfers({dir.write("in.csv", "deal,date,kind,from,to,patent\n" + rows)}, {});
}

// "From->To kind deals/patents first..last" (or "From->To kind DEAL ...") per edge, in graph order.
std::vector<std::string> describe(const Dataset& data, const PartyNetwork& graph) {
    std::vector<std::string> out;
    for (const PartyEdge& e : graph.edges) {
        std::string deal = e.deal == StringPool::npos ? "" : fmt::format(" {}", data.deal_name(e.deal));
        out.push_back(fmt::format("{}->{} {}{} {}/{} {}..{}", data.party_name(graph.nodes[e.from].party),
                                  data.party_name(graph.nodes[e.to].party), kind_name(e.kind), deal, e.deals,
                                  e.patents, format_date(e.first_date), format_date(e.last_date)));
    }
    return out;
}

std::vector<std::string> node_names(const Dataset& data, const PartyNetwork& graph) {
    std::vector<std::string> out;
    for (const PartyNode& n : graph.nodes)
        out.push_back(fmt::format("{}:{}", data.party_name(n.party), n.patents_held));
    return out;
}

// Nokia sells to Microsoft twice (US1 twice: a correction re-records it), Microsoft sells on to Xiaomi and pledges
// to a bank; Nokia licenses Apple; an inventor assigns to Nokia first.
const std::string sample =
    "NM1,2014-04-25,assignment,Nokia,Microsoft,US1\n"
    "NM1,2014-04-25,assignment,Nokia,Microsoft,US2\n"
    "NM2,2014-05-30,correction,Nokia,Microsoft,US1\n"
    "NM3,2015-01-10,assignment,Nokia,Microsoft,US1\n"
    "NM3,2015-01-10,assignment,Nokia,Microsoft,US3\n"
    "MX,2016-06-01,assignment,Microsoft,Xiaomi,US3\n"
    "LIEN,2016-07-01,security,Microsoft,Bank,US2\n"
    "NA,2017-05-23,license,Nokia,Apple,US4\n"
    "EMP,2010-02-01,employer,Inventor,Nokia,US1\n"
    "EMP,2010-02-01,employer,Inventor,Nokia,US4\n";

}  // namespace

TEST_CASE("patents held: the owners of record at the end of the data", "[party-graph]") {
    Dataset data = load_rows(sample +
                             "TIE,2018-01-01,assignment,Xiaomi,Huawei,US9\n"  // two holders on the same last date
                             "TIE,2018-01-01,assignment,Xiaomi,Oppo,US9\n");
    auto held = patents_held_by_party(data).all;
    auto of = [&](std::string_view name) { return held[find_party(data, name)]; };
    CHECK(of("Microsoft") == 2);  // US1 (NM3), US2 (the lien does not move title)
    CHECK(of("Xiaomi") == 1);     // US3
    CHECK(of("Nokia") == 1);      // US4 (the licence does not move title)
    CHECK(of("Huawei") == 1);
    CHECK(of("Oppo") == 1);
    CHECK(of("Bank") == 0);
    CHECK(of("Apple") == 0);
    CHECK(of("Inventor") == 0);
    CHECK(moves_title(TransferKind::correction));
    CHECK_FALSE(moves_title(TransferKind::release));
}

TEST_CASE("one edge per ordered party pair and kind, with deal and patent counts and dates", "[party-graph]") {
    Dataset data = load_rows(sample);
    PartyNetwork graph = build_party_network(data, {});
    CHECK(node_names(data, graph) ==
          std::vector<std::string>{"Apple:0", "Bank:0", "Inventor:0", "Microsoft:2", "Nokia:1", "Xiaomi:1"});
    CHECK(describe(data, graph) == std::vector<std::string>{
                                       "Inventor->Nokia employer 1/2 2010-02-01..2010-02-01",
                                       "Microsoft->Bank security 1/1 2016-07-01..2016-07-01",
                                       "Microsoft->Xiaomi assignment 1/1 2016-06-01..2016-06-01",
                                       "Nokia->Apple license 1/1 2017-05-23..2017-05-23",
                                       "Nokia->Microsoft assignment 2/3 2014-04-25..2015-01-10",
                                       "Nokia->Microsoft correction 1/1 2014-05-30..2014-05-30",
                                   });
}

TEST_CASE("by deal: one edge per deal", "[party-graph]") {
    Dataset data = load_rows(sample);
    PartyNetworkOptions options;
    options.by_deal = true;
    options.min_patents = 2;
    CHECK(describe(data, build_party_network(data, options)) == std::vector<std::string>{
                                                                  "Inventor->Nokia employer EMP 1/2 2010-02-01..2010-02-01",
                                                                  "Nokia->Microsoft assignment NM1 1/2 2014-04-25..2014-04-25",
                                                                  "Nokia->Microsoft assignment NM3 1/2 2015-01-10..2015-01-10",
                                                              });
}

TEST_CASE("deal filters and the patent minimum choose the edges; nodes follow", "[party-graph]") {
    Dataset data = load_rows(sample);
    DealFilter filter;
    filter.since = 20150101;
    PartyNetworkOptions options;
    options.selected = select_deals(data, filter).selected;
    PartyNetwork graph = build_party_network(data, options);
    CHECK(node_names(data, graph) ==
          std::vector<std::string>{"Apple:0", "Bank:0", "Microsoft:2", "Nokia:1", "Xiaomi:1"});
    CHECK(describe(data, graph).size() == 4);
    options.min_patents = 2;
    CHECK(describe(data, build_party_network(data, options)) ==
          std::vector<std::string>{"Nokia->Microsoft assignment 1/2 2015-01-10..2015-01-10"});
}

TEST_CASE("around a party: the parties within --depth edges, either direction", "[party-graph]") {
    Dataset data = load_transfers({std::string(PATLAP_FIXTURES) + "/clusters.csv"}, {});
    PartyNetworkOptions options;
    options.around = find_party(data, "BETA");
    options.depth = 1;
    CHECK(describe(data, build_party_network(data, options)) ==
          std::vector<std::string>{"Alpha->Beta assignment 1/2 2015-01-01..2015-01-01",
                                   "Beta->Gamma license 1/2 2016-01-01..2016-01-01"});
    options.depth = 2;
    CHECK(node_names(data, build_party_network(data, options)) ==
          std::vector<std::string>{"Alpha:0", "Bank:0", "Beta:2", "Gamma:1"});  // P3: Gamma pledged it
    options.depth = 5;
    CHECK(build_party_network(data, options).edges.size() == 3);

    // Thin edges do not count as paths: with --min-patents 2 the bank is out of reach.
    options.min_patents = 2;
    CHECK(node_names(data, build_party_network(data, options)) ==
          std::vector<std::string>{"Alpha:0", "Beta:2", "Gamma:1"});
}

TEST_CASE("around a party with no edges left, or not in the data", "[party-graph]") {
    Dataset data = load_transfers({std::string(PATLAP_FIXTURES) + "/clusters.csv"}, {});
    PartyNetworkOptions options;
    options.around = find_party(data, "Eta");
    options.min_patents = 5;
    PartyNetwork graph = build_party_network(data, options);
    CHECK(node_names(data, graph) == std::vector<std::string>{"Eta:1"});  // P20, as its licensor
    CHECK(graph.edges.empty());
    options.around = StringPool::npos;
    graph = build_party_network(data, options);
    CHECK(graph.nodes.empty());
    CHECK(graph.edges.empty());
}

TEST_CASE("a network of 150,000 rows, drawn on two threads, sums up its rows as a plain count does", "[party-graph]") {
    // Past the size where the rows are placed and sorted on two threads: every edge is checked against a map.
    std::string rows;
    std::uint32_t state = 5;
    auto next = [&](std::uint32_t n) {
        state = state * 1103515245u + 12345u;
        return (state >> 8) % n;
    };
    const char* kinds[] = {"assignment", "license", "security"};
    for (int i = 0; i < 150000; ++i) {
        unsigned deal = next(20000);
        rows += fmt::format("D{},2014-{:02}-{:02},{},P{},P{},US{}\n", deal, 1 + deal % 12, 1 + deal % 28,
                            kinds[deal % 3], next(300), next(300), next(5000));
    }
    Dataset data = load_rows(rows);
    PartyNetwork graph = build_party_network(data, {});
    struct Sum {
        std::set<PatentId> patents;
        std::set<DealId> deals;
        Date first = 99999999, last = 0;
    };
    std::map<std::tuple<std::string, std::string, TransferKind>, Sum> expected;
    for (const Transfer& t : data.transfers) {
        Sum& sum = expected[{std::string(data.party_name(t.from)), std::string(data.party_name(t.to)), t.kind}];
        sum.patents.insert(t.patent);
        sum.deals.insert(t.deal);
        sum.first = std::min(sum.first, t.date);
        sum.last = std::max(sum.last, t.date);
    }
    REQUIRE(graph.edges.size() == expected.size());
    std::size_t wrong = 0;
    for (const PartyEdge& e : graph.edges) {
        auto it = expected.find({std::string(data.party_name(graph.nodes[e.from].party)),
                                 std::string(data.party_name(graph.nodes[e.to].party)), e.kind});
        if (it == expected.end() || it->second.patents.size() != e.patents || it->second.deals.size() != e.deals ||
            it->second.first != e.first_date || it->second.last != e.last_date)
            ++wrong;
    }
    CHECK(wrong == 0);
    CHECK(std::is_sorted(graph.edges.begin(), graph.edges.end(), [](const PartyEdge& a, const PartyEdge& b) {
        return std::tuple(a.from, a.to, a.kind) < std::tuple(b.from, b.to, b.kind);
    }));
}
