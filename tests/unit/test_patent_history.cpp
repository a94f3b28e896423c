#include "model/patent_history.h"
#include "ownership_rows.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace patlap;

namespace {

// "deal:kind" per event of the patent, in order.
std::vector<std::string> events_of(const Dataset& data, const PatentHistory& history, const char* patent) {
    std::vector<std::string> out;
    PatentId p = data.patents.find(patent);
    for (std::uint32_t e = history.first_event(p); e < history.first_event(p + 1); ++e) {
        const Transfer& t = data.transfers[history.event_rows(e)[0]];
        out.push_back(std::string(data.deal_name(t.deal)) + ":" + std::string(kind_name(t.kind)) + "x" +
                      std::to_string(history.event_rows(e).size()));
    }
    return out;
}

const char* rows[] = {
    "B,2012-01-01,assignment,Alpha,Beta,US1\n",
    "A,2012-01-01,license,Alpha,Omega,US1\n",
    "A,2012-01-01,assignment,Alpha,Beta,US1\n",
    "E,2010-01-01,employer,Smith,Alpha,US1\n",
    "E,2010-01-01,employer,Jones,Alpha,US1\n",
    "Z,2013-01-01,assignment,Beta,Gamma,US2\n",
    "Y,2013-01-01,assignment,Alpha,Beta,US2\n",
};

}  // namespace

TEST_CASE("events are ordered by date, deal and kind, rows of one deal and kind grouped", "[history]") {
    std::string csv;
    for (const char* row : rows) csv += row;
    Dataset data = load_rows(csv);
    PatentHistory history(data);
    CHECK(events_of(data, history, "US1") ==
          std::vector<std::string>{"E:employerx2", "A:assignmentx1", "A:licensex1", "B:assignmentx1"});
    // Same day: Y gives Alpha's patent to Beta, Z passes it on, so Y goes first although Z sorts after it anyway.
    CHECK(events_of(data, history, "US2") == std::vector<std::string>{"Y:assignmentx1", "Z:assignmentx1"});
}

TEST_CASE("the order does not depend on the order of the input rows", "[history]") {
    std::string forward, backward;
    for (const char* row : rows) forward += row;
    for (auto it = std::rbegin(rows); it != std::rend(rows); ++it) backward += *it;
    Dataset a = load_rows(forward), b = load_rows(backward);
    PatentHistory ha(a), hb(b);
    for (const char* patent : {"US1", "US2"}) CHECK(events_of(a, ha, patent) == events_of(b, hb, patent));
}

TEST_CASE("a chain recorded on one day replays as a chain whatever the deal identifiers", "[history]") {
    Dataset data = load_rows("T9,2012-06-01,assignment,Alpha,Beta,US1\n"
                             "T1,2012-06-01,assignment,Beta,Gamma,US1\n"
                             "T5,2012-06-01,assignment,Gamma,Delta,US1\n");
    PatentHistory history(data);
    CHECK(events_of(data, history, "US1") ==
          std::vector<std::string>{"T9:assignmentx1", "T1:assignmentx1", "T5:assignmentx1"});
}

TEST_CASE("one day's events: each chain in order, licences and cycles where the deals put them", "[history]") {
    Dataset data = load_rows("D0,2012-06-01,assignment,Beta,Gamma,US1\n"   // fed by D2
                             "D1,2012-06-01,license,Beta,Omega,US1\n"      // no title: stays among the first
                             "D2,2012-06-01,assignment,Alpha,Beta,US1\n"
                             "D3,2012-06-01,assignment,Kappa,Lambda,US1\n"  // another chain, unfed
                             "D4,2012-06-01,assignment,Lambda,Kappa,US1\n"  // a cycle with D3: the deals' order
                             "D5,2012-06-01,assignment,Gamma,Delta,US1\n");
    PatentHistory history(data);
    CHECK(events_of(data, history, "US1") ==
          std::vector<std::string>{"D1:licensex1", "D2:assignmentx1", "D3:assignmentx1", "D4:assignmentx1",
                                   "D0:assignmentx1", "D5:assignmentx1"});
}

TEST_CASE("a chain of thousands of transfers on one day, recorded backwards, replays in order", "[history]") {
    std::string rows;
    constexpr int links = 5000;
    for (int i = 0; i < links; ++i) rows += fmt::format("D{:05},2020-01-01,assignment,P{},P{},US1\n", 99999 - i, i, i + 1);
    Dataset data = load_rows(rows);
    PatentHistory history(data);
    auto events = events_of(data, history, "US1");
    REQUIRE(events.size() == links);
    for (int i = 0; i < links; ++i) CHECK(events[std::size_t(i)] == fmt::format("D{:05}:assignmentx1", 99999 - i));
}

TEST_CASE("a history of some patents leaves the others empty", "[history]") {
    Dataset data = load_rows("A,2012-01-01,assignment,Alpha,Beta,US1\nB,2012-01-01,assignment,Alpha,Beta,US2\n");
    std::vector<char> wanted(data.patents.size(), 0);
    wanted[data.patents.find("US2")] = 1;
    PatentHistory history(data, wanted);
    CHECK(history.patent_rows(data.patents.find("US1")).empty());
    CHECK(history.patent_rows(data.patents.find("US2")).size() == 1);
}
