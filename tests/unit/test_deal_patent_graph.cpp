#include "io/transfer_loader.h"
#include "model/deal_patent_graph.h"
#include "temp_file.h"

#include <catch2/catch.hpp>

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
