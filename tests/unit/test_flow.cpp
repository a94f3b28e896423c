#include "analysis/flow.h"
#include "analysis/party_flows.h"
#include "ownership_rows.h"

#include <catch2/catch.hpp>

using namespace patlap;

namespace {

// "patent: deal > deal" per path.
std::vector<std::string> describe(const Dataset& data, const FlowResult& flows) {
    std::vector<std::string> out;
    for (const auto& path : flows.paths) {
        std::string s = std::string(data.patent_name(path.patent)) + ":";
        for (std::uint32_t step : flows.steps_of(path)) {
            s += ' ';
            s += data.deal_name(data.transfers[step].deal);
        }
        out.push_back(s);
    }
    return out;
}

const std::string sample =
    "NM,2014-04-25,assignment,Nokia,Microsoft,US1\n"
    "NM,2014-04-25,assignment,Nokia,Microsoft,US2\n"
    "NM,2014-04-25,assignment,Nokia,Microsoft,US3\n"
    "MX,2016-06-01,assignment,Microsoft,Xiaomi,US1\n"
    "MX,2013-01-01,assignment,Microsoft,Xiaomi,US2\n"   // before Microsoft had it: not a path
    "NX,2017-07-05,assignment,Nokia,Xiaomi,US4\n"
    "NL,2015-01-01,license,Nokia,Microsoft,US5\n"
    "LX,2015-02-01,license,Microsoft,Xiaomi,US5\n"
    "MF,2015-01-01,assignment,Microsoft,FIH,US3\n"
    "FX,2015-01-01,assignment,FIH,Xiaomi,US3\n";

FlowQuery query(const Dataset& data, const char* from, const char* to) {
    FlowQuery q;
    q.from = data.parties.find(from);
    q.to = data.parties.find(to);
    return q;
}

}  // namespace

TEST_CASE("flow finds time-respecting paths of title transfers", "[flow]") {
    Dataset data = load_rows(sample);
    PartyGraph graph(data);
    FlowQuery q = query(data, "NOKIA", "XIAOMI");
    CHECK(describe(data, find_flows(data, graph, q)) ==
          std::vector<std::string>{"US1: NM MX", "US3: NM MF FX", "US4: NX"});
    q.include_licenses = true;
    CHECK(describe(data, find_flows(data, graph, q)) ==
          std::vector<std::string>{"US1: NM MX", "US3: NM MF FX", "US4: NX", "US5: NL LX"});
    q.include_licenses = false;
    q.as_of = 20161231;
    CHECK(describe(data, find_flows(data, graph, q)) == std::vector<std::string>{"US1: NM MX", "US3: NM MF FX"});
    q.as_of = 0;
    q.via = data.parties.find("FIH");
    CHECK(describe(data, find_flows(data, graph, q)) == std::vector<std::string>{"US3: NM MF FX"});
}

TEST_CASE("flow summary groups paths by the parties they pass", "[flow]") {
    Dataset data = load_rows(sample);
    PartyGraph graph(data);
    auto routes = summarize_flows(data, find_flows(data, graph, query(data, "NOKIA", "XIAOMI")));
    REQUIRE(routes.size() == 3);
    CHECK(routes[0].patents == 1);
    CHECK(routes[0].parties.size() == 4);  // ties on count: by names, FIH's route (Microsoft > FIH) first
    CHECK(data.party_key(routes[0].parties[2]) == "FIH");
    CHECK(routes[2].parties.size() == 2);  // Nokia > Xiaomi sorts after Nokia > Microsoft > ...
}

TEST_CASE("the party graph lists each party's transfers, and flows sums them per pair", "[flows]") {
    Dataset data = load_rows(sample);
    PartyGraph graph(data);
    CHECK(graph.transfers_from(data.parties.find("NOKIA")).size() == 5);
    auto flows = party_flows(data, graph, {});
    auto find = [&](const char* from, const char* to) {
        for (const auto& f : flows)
            if (data.party_key(f.from) == from && data.party_key(f.to) == to) return f;
        FAIL("no pair " << from << " > " << to);
        return PartyFlow{};
    };
    PartyFlow nm = find("NOKIA", "MICROSOFT");
    CHECK(nm.deals == 2);
    CHECK(nm.patents == 4);
    CHECK(nm.first_date == 20140425);
    CHECK(nm.last_date == 20150101);
    CHECK(party_flows(data, graph, {.kinds = kind_bit(TransferKind::license)}).size() == 2);
    CHECK(flows.size() == 5);  // Nokia>Microsoft, Nokia>Xiaomi, Microsoft>Xiaomi, Microsoft>FIH, FIH>Xiaomi
}
