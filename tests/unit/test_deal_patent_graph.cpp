#include "input/transfer_loader.h"
#include "model/deal_patent_graph.h"
#include "temp_file.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <boost/range/iterator_range.hpp>
#include <set>

using namespace patlap;

TEST_CASE("the deal-patent graph links each deal to its distinct patents and back", "[graph]") {
    TempDir dir;
    auto path = dir.write("in.csv", "deal,date,kind,from,to,patent\n"
                                    "D1,2014-01-01,assignment,A,B,US1\n"
                                    "D1,2014-01-01,assignment,A2,B,US1\n"   // two rows, one patent
                                    "D1,2014-01-01,assignment,A,B,US2\n"
                                    "D2,2015-01-01,license,B,C,US2\n"
                                    "D2,2015-01-01,license,B,C,US3\n"
                                    "D3,2016-01-01,security,C,Bank,US4\n");
    Dataset data = load_transfers({path}, {});
    DealPatentGraph graph(data);
    CHECK(graph.deal_count() == 3);
    CHECK(graph.patent_count() == 4);
    CHECK(num_edges(graph.graph()) == 2 * 5);

    auto names_of_patents = [&](DealId deal) {
        std::vector<std::string> names;
        for (PatentId p : graph.patents_of(deal)) names.emplace_back(data.patent_name(p));
        return names;
    };
    auto names_of_deals = [&](const char* patent) {
        std::vector<std::string> names;
        for (DealId d : graph.deals_of(data.patents.find(patent))) names.emplace_back(data.deal_name(d));
        return names;
    };
    CHECK(names_of_patents(data.deals.find("D1")) == std::vector<std::string>{"US1", "US2"});
    CHECK(names_of_patents(data.deals.find("D3")) == std::vector<std::string>{"US4"});
    CHECK(names_of_deals("US2") == std::vector<std::string>{"D1", "D2"});
    CHECK(names_of_deals("US4") == std::vector<std::string>{"D3"});
}

TEST_CASE("the deal-patent graph is the graph Boost's sorted-edge constructor builds from the same pairs", "[graph]") {
    // Deals of one to forty rows over a few hundred patents, with repeated patents, rows out of deal order and
    // patents that no deal keeps distinct (every row of one deal) all mixed in.
    std::string csv = "deal,date,kind,from,to,patent\n";
    std::uint32_t state = 12345;
    auto next = [&](std::uint32_t n) {
        state = state * 1103515245u + 12345u;
        return (state >> 8) % n;
    };
    for (int row = 0; row < 3000; ++row)
        csv += fmt::format("D{},2015-01-01,assignment,A,B,US{}\n", next(150), 1000 + next(400));
    TempDir dir;
    Dataset data = load_transfers({dir.write("in.csv", csv)}, {});
    DealPatentGraph graph(data);

    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    const auto deals = std::uint32_t(data.deals.size());
    std::vector<std::vector<std::uint32_t>> deals_of(data.patents.size());
    for (DealId d = 0; d < deals; ++d) {
        std::set<PatentId> distinct;
        for (const Transfer& t : data.deal_transfers(d)) distinct.insert(t.patent);
        for (PatentId p : distinct) {
            edges.emplace_back(d, deals + p);
            deals_of[p].push_back(d);
        }
    }
    for (PatentId p = 0; p < deals_of.size(); ++p)
        for (DealId d : deals_of[p]) edges.emplace_back(deals + p, d);
    DealPatentGraph::Graph expected(boost::edges_are_sorted, edges.begin(), edges.end(),
                                    DealPatentGraph::Graph::vertices_size_type(deals + data.patents.size()));

    REQUIRE(num_vertices(graph.graph()) == num_vertices(expected));
    REQUIRE(num_edges(graph.graph()) == num_edges(expected));
    // Each vertex's neighbours, in order, through Boost's interface.
    auto neighbours = [](const DealPatentGraph::Graph& g) {
        std::vector<std::vector<std::uint32_t>> out(num_vertices(g));
        for (std::uint32_t v = 0; v < out.size(); ++v)
            for (auto w : boost::make_iterator_range(boost::adjacent_vertices(v, g))) out[v].push_back(std::uint32_t(w));
        return out;
    };
    CHECK(neighbours(graph.graph()) == neighbours(expected));
    // And every edge, as (source, target).
    std::vector<std::pair<std::uint32_t, std::uint32_t>> seen;
    for (auto e : boost::make_iterator_range(boost::edges(graph.graph())))
        seen.emplace_back(source(e, graph.graph()), target(e, graph.graph()));
    CHECK(seen == edges);

    // Loaded as deals and patents only (as overlap loads), the graph is the same.
    LoadOptions compact;
    compact.with_parties = false;
    compact.deal_patents_only = true;
    Dataset lean = load_transfers({dir.write("in.csv", csv)}, compact);
    REQUIRE(lean.deal_patents_only);
    DealPatentGraph lean_graph(lean);
    CHECK(lean_graph.graph().m_forward.m_rowstart == expected.m_forward.m_rowstart);
    CHECK(lean_graph.graph().m_forward.m_column == expected.m_forward.m_column);
}
