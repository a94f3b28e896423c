#include "analysis/deal_clusters.h"
#include "analysis/deal_filter.h"
#include "input/transfer_loader.h"

#include <catch2/catch.hpp>

using namespace patlap;

namespace {

// Hand-checked components of tests/fixtures/clusters.csv: A-B share P2 and B-C share P3, so A, B and C form one
// cluster although A and C share nothing; D-E share P10; F stands alone.
struct Fixture {
    Dataset data = load_transfers({std::string(PATLAP_FIXTURES) + "/clusters.csv"}, {});
    DealPatentGraph graph{data};
};

std::string describe(const Dataset& data, const DealCluster& c) {
    return std::to_string(c.deals) + " deals, " + std::to_string(c.patents) + " patents, " + std::to_string(c.parties) +
           " parties, " + format_date(c.first_date) + ".." + format_date(c.last_date) + ", largest " +
           std::string(data.deal_name(c.largest_deal));
}

std::vector<std::string> members(const Dataset& data, const DealClusters& clusters) {
    std::vector<std::string> out;
    for (DealId deal : deals_by_cluster(data, clusters))
        out.push_back(std::to_string(clusters.cluster_of[deal] + 1) + ":" + std::string(data.deal_name(deal)));
    return out;
}

}  // namespace

TEST_CASE("clusters are the connected components of deals sharing patents", "[clusters]") {
    Fixture f;
    DealClusters clusters = find_clusters(f.data, f.graph, {}, 1);
    REQUIRE(clusters.clusters.size() == 3);
    CHECK(describe(f.data, clusters.clusters[0]) == "3 deals, 3 patents, 4 parties, 2015-01-01..2017-01-01, largest A");
    CHECK(describe(f.data, clusters.clusters[1]) == "2 deals, 3 patents, 3 parties, 2014-01-01..2018-01-01, largest E");
    CHECK(describe(f.data, clusters.clusters[2]) == "1 deals, 1 patents, 2 parties, 2019-01-01..2019-01-01, largest F");
    CHECK(members(f.data, clusters) ==
          std::vector<std::string>{"1:A", "1:B", "1:C", "2:D", "2:E", "3:F"});
}

TEST_CASE("clusters leave out small clusters on request", "[clusters]") {
    Fixture f;
    DealClusters clusters = find_clusters(f.data, f.graph, {}, 2);
    REQUIRE(clusters.clusters.size() == 2);
    CHECK(members(f.data, clusters) == std::vector<std::string>{"1:A", "1:B", "1:C", "2:D", "2:E"});
}

TEST_CASE("deals filtered out neither join nor link clusters", "[clusters]") {
    Fixture f;
    DealFilter filter;
    filter.kinds = kind_bit(TransferKind::assignment);  // leaves out B (the link between A and C), C and F
    DealClusters clusters = find_clusters(f.data, f.graph, select_deals(f.data, filter).selected, 1);
    REQUIRE(clusters.clusters.size() == 2);
    CHECK(describe(f.data, clusters.clusters[0]) == "2 deals, 3 patents, 3 parties, 2014-01-01..2018-01-01, largest E");
    CHECK(describe(f.data, clusters.clusters[1]) == "1 deals, 2 patents, 2 parties, 2015-01-01..2015-01-01, largest A");
    CHECK(members(f.data, clusters) == std::vector<std::string>{"1:D", "1:E", "2:A"});
}

TEST_CASE("clusters of an empty selection", "[clusters]") {
    Fixture f;
    std::vector<char> none(f.data.deals.size(), 0);
    DealClusters clusters = find_clusters(f.data, f.graph, none, 1);
    CHECK(clusters.clusters.empty());
    CHECK(deals_by_cluster(f.data, clusters).empty());
}
