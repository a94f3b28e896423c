#include "analysis/deal_clusters.h"
#include "analysis/overlap.h"
#include "analysis/party_remap.h"
#include "analysis/row_filter.h"
#include "input/party_files.h"
#include "input/transfer_loader.h"
#include "temp_file.h"

#include <catch2/catch.hpp>
#include <map>

using namespace patlap;

namespace {

using Strings = std::vector<std::string>;

// Two cross-licences with a sale in each, as in the sample data: Microsoft sells US1-US3 to Xiaomi and Xiaomi
// licenses its own US8, US9 back; Nokia sells US4 to Xiaomi and licenses it US5, and Xiaomi licenses US8, US9 to
// Nokia. Microsoft Mobile (a key that starts with MICROSOFT's words) sells US1 to Nokia; an inventor assigns US8
// to Xiaomi.
const std::string sample =
    "deal,date,kind,from,to,patent\n"
    "MX,2016-06-01,assignment,Microsoft Corp,Xiaomi Inc,US1\n"
    "MX,2016-06-01,assignment,Microsoft Corp,Xiaomi Inc,US2\n"
    "MX,2016-06-01,assignment,Microsoft Corporation,XIAOMI INC.,US3\n"
    "MX,2016-06-01,license,Xiaomi Inc,Microsoft Corp,US8\n"
    "MX,2016-06-01,license,Xiaomi Inc,Microsoft Corp,US9\n"
    "NX,2017-07-05,assignment,Nokia Oyj,Xiaomi Inc,US4\n"
    "NX,2017-07-05,license,Nokia Oyj,Xiaomi Inc,US5\n"
    "NX,2017-07-05,license,Xiaomi Inc,Nokia Oyj,US8\n"
    "NX,2017-07-05,license,Xiaomi Inc,Nokia Oyj,US9\n"
    "MN,2015-01-01,assignment,Microsoft Mobile Oy,Nokia Oyj,US1\n"
    "EX,2014-10-02,employer,\"Wang, Wei\",Xiaomi Inc,US8\n";

struct Loaded {
    Dataset data;
    DealPatentGraph graph;
    explicit Loaded(Dataset d) : data(std::move(d)), graph(data) {}
};

// Loads `csv` as overlap does (deal and patent of each row, and its parties), counting the rows `filter` lets
// through while loading; or with `whole`, loading every row and narrowing the dataset after, as with an alias file.
Loaded load(const std::string& csv, RowFilter& filter, bool whole = false, bool kinds = false) {
    TempDir dir;
    LoadOptions options;
    options.with_record_texts = false;
    options.deal_patents_only = !whole;
    options.row_sieve = whole || !filter.any() ? nullptr : &filter;
    options.with_patent_kinds = kinds;
    Dataset data = load_transfers({dir.write("in.csv", csv)}, options);
    if (whole) data.narrow_to_deal_patents(filter.any() ? &filter : nullptr, kinds);
    return Loaded(std::move(data));
}

// "DEAL: PATENT PATENT ..." for each deal, by deal name.
Strings deal_patents(const Dataset& data) {
    std::map<std::string, std::string> by_name;
    for (DealId deal = 0; deal < data.deals.size(); ++deal) {
        std::string& patents = by_name[std::string(data.deal_name(deal))];
        for (PatentId patent : data.deal_patents(deal)) (patents += " ") += data.patent_name(patent);
    }
    Strings out;
    for (const auto& [deal, patents] : by_name) out.push_back(deal + ":" + patents);
    return out;
}

Strings pairs(const Loaded& l, const std::vector<char>& selected = {}) {
    OverlapOptions options;
    options.selected = selected;
    Strings out;
    for (const DealPair& p : find_overlaps(l.data, l.graph, options))
        out.push_back(std::string(l.data.deal_name(p.a)) + "/" + std::string(l.data.deal_name(p.b)) + "=" +
                      std::to_string(p.shared));
    return out;
}

}  // namespace

TEST_CASE("to: only the rows in which the party receives count; the patents it licensed out drop", "[row_filter]") {
    for (bool whole : {false, true}) {
        RowFilter to_xiaomi({.to = {"xiaomi"}});
        Loaded l = load(sample, to_xiaomi, whole);
        CHECK(deal_patents(l.data) == Strings{"EX: US8", "MN:", "MX: US1 US2 US3", "NX: US4 US5"});
        CHECK(pairs(l).empty());  // Xiaomi took no patent twice
        // The deals keep what all their rows say: date, kinds, parties.
        DealId mx = l.data.deals.find("MX");
        CHECK(l.data.deal_info[mx].kinds == (kind_bit(TransferKind::assignment) | kind_bit(TransferKind::license)));
        CHECK(l.data.deal_info[mx].patents == 3);
        CHECK(l.data.deal_parties(mx).size() == 2);

        RowFilter everything({});
        Loaded all = load(sample, everything, whole);
        CHECK(pairs(all) == Strings{"MX/NX=2", "EX/MX=1", "EX/NX=1", "MN/MX=1"});
    }
}

TEST_CASE("from: only the rows in which the party gives count", "[row_filter]") {
    for (bool whole : {false, true}) {
        RowFilter from_xiaomi({.from = {"Xiaomi Inc."}});
        Loaded l = load(sample, from_xiaomi, whole);
        CHECK(deal_patents(l.data) == Strings{"EX:", "MN:", "MX: US8 US9", "NX: US8 US9"});
        CHECK(pairs(l) == Strings{"MX/NX=2"});
    }
}

TEST_CASE("row kinds: only the rows of those kinds count, also with to and from", "[row_filter]") {
    for (bool whole : {false, true}) {
        RowFilter sales({.kinds = kind_bit(TransferKind::assignment)});
        CHECK_FALSE(sales.names_parties());
        Loaded l = load(sample, sales, whole);
        CHECK(deal_patents(l.data) == Strings{"EX:", "MN: US1", "MX: US1 US2 US3", "NX: US4"});
        CHECK(pairs(l) == Strings{"MN/MX=1"});

        RowFilter licences_from_nokia({.from = {"nokia"}, .kinds = kind_bit(TransferKind::license)});
        CHECK(deal_patents(load(sample, licences_from_nokia, whole).data) ==
              Strings{"EX:", "MN:", "MX:", "NX: US5"});
        RowFilter nokia_to_xiaomi({.to = {"xiaomi"}, .from = {"nokia"}});
        CHECK(deal_patents(load(sample, nokia_to_xiaomi, whole).data) ==
              Strings{"EX:", "MN:", "MX:", "NX: US4 US5"});
    }
}

TEST_CASE("a name means the party with its key, else every party whose key starts with its words", "[row_filter]") {
    // MICROSOFT MOBILE's rows come first, before a party with the key MICROSOFT is seen: they must still not count
    // for --from microsoft. A name that only starts keys takes them all.
    std::string csv = "deal,date,kind,from,to,patent\n"
                      "MN,2015-01-01,assignment,Microsoft Mobile Oy,Nokia Oyj,US1\n"
                      "MX,2016-06-01,assignment,Microsoft Corp,Xiaomi Inc,US2\n"
                      "GS,2017-01-01,security,Acme,Goldman Sachs Bank USA,US3\n"
                      "GL,2017-01-01,security,Acme,Goldman Sachs Lending Partners LLC,US4\n"
                      "GX,2017-01-01,security,Acme,Goldman Sachsen AG,US5\n";
    for (bool whole : {false, true}) {
        RowFilter microsoft({.from = {"microsoft"}});
        CHECK(deal_patents(load(csv, microsoft, whole).data) ==
              Strings{"GL:", "GS:", "GX:", "MN:", "MX: US2"});
        RowFilter mobile({.from = {"Microsoft Mobile"}});
        CHECK(deal_patents(load(csv, mobile, whole).data) == Strings{"GL:", "GS:", "GX:", "MN: US1", "MX:"});
        RowFilter goldman({.to = {"Goldman Sachs"}});
        Loaded l = load(csv, goldman, whole);
        CHECK(deal_patents(l.data) == Strings{"GL: US4", "GS: US3", "GX:", "MN:", "MX:"});
        const auto& matches = goldman.matches(l.data);
        REQUIRE(matches.size() == 1);
        CHECK(matches[0].option == "--to");
        CHECK(matches[0].match.how == PartyMatch::How::prefix);
        CHECK(matches[0].match.parties.size() == 2);
    }
}

TEST_CASE("a name that matches no party counts no row, and says which parties are closest", "[row_filter]") {
    for (bool whole : {false, true}) {
        RowFilter misspelt({.to = {"Xiaomy"}});
        Loaded l = load(sample, misspelt, whole);
        CHECK(deal_patents(l.data) == Strings{"EX:", "MN:", "MX:", "NX:"});
        const auto& matches = misspelt.matches(l.data);
        REQUIRE(matches.size() == 1);
        CHECK(matches[0].match.how == PartyMatch::How::none);
        REQUIRE(matches[0].match.suggestions.size() >= 1);
        CHECK(l.data.party_key(matches[0].match.suggestions[0]) == "XIAOMI");
    }
}

TEST_CASE("after an alias file, a key it merged away still finds its party", "[row_filter]") {
    TempDir dir;
    Dataset data = load_transfers({dir.write("in.csv", sample)}, {});
    apply_party_mapping(data, alias_mapping(data, read_alias_file(dir.write("a.csv", "name,party\nXiaomi Inc,Mi\n"))));
    RowFilter to_xiaomi({.to = {"xiaomi"}});
    data.narrow_to_deal_patents(&to_xiaomi, false);
    CHECK(data.deal_patents_only);
    CHECK(data.transfers.empty());
    CHECK(deal_patents(data) == Strings{"EX: US8", "MN:", "MX: US1 US2 US3", "NX: US4 US5"});
    CHECK(data.party_name(to_xiaomi.matches(data)[0].match.parties[0]) == "Mi");
}

TEST_CASE("deals with no row that counts are left out of the selection, and so of the clusters", "[row_filter]") {
    RowFilter to_xiaomi({.to = {"xiaomi"}});
    Loaded l = load(sample, to_xiaomi);
    std::vector<char> selected;
    leave_out_deals_without_rows(l.data, selected);
    REQUIRE(selected.size() == l.data.deals.size());
    CHECK_FALSE(selected[l.data.deals.find("MN")]);
    CHECK(selected[l.data.deals.find("MX")]);
    DealClusters clusters = find_clusters(l.data, l.graph, selected, 1);
    CHECK(clusters.clusters.size() == 3);  // EX, MX, NX, each alone
    CHECK(clusters.cluster_of[l.data.deals.find("MN")] == StringPool::npos);
}

TEST_CASE("each deal's patents keep the kinds of the rows that carry them", "[row_filter]") {
    std::string csv = sample + "MX,2016-06-01,security,Xiaomi Inc,Big Bank,US1\n";
    for (bool whole : {false, true}) {
        RowFilter everything({});
        Loaded l = load(csv, everything, whole, true);
        DealId mx = l.data.deals.find("MX"), nx = l.data.deals.find("NX");
        auto patents = l.data.deal_patents(mx);
        auto kinds = l.data.deal_patent_kinds(mx);
        REQUIRE(kinds.size() == patents.size());
        std::map<std::string, KindSet> by_patent;
        for (std::size_t i = 0; i < patents.size(); ++i) by_patent[std::string(l.data.patent_name(patents[i]))] = kinds[i];
        CHECK(by_patent["US1"] == (kind_bit(TransferKind::assignment) | kind_bit(TransferKind::security)));
        CHECK(by_patent["US8"] == kind_bit(TransferKind::license));
        // Found through the places of the shared patents, also once the rows are freed.
        l.data.release_transfers();
        auto shared = shared_patents(l.data, l.graph, mx, nx);
        REQUIRE(shared.size() == 2);
        CHECK(l.data.patent_name(shared[0].patent) == "US8");
        CHECK(l.data.deal_patent_kinds(mx)[shared[0].place_a] == kind_bit(TransferKind::license));
        CHECK(l.data.deal_patent_kinds(nx)[shared[0].place_b] == kind_bit(TransferKind::license));

        // With a row filter, only the kinds of the rows that count.
        RowFilter from_xiaomi({.from = {"xiaomi"}});
        Loaded f = load(csv, from_xiaomi, whole, true);
        DealId fmx = f.data.deals.find("MX");
        auto fpatents = f.data.deal_patents(fmx);
        REQUIRE(fpatents.size() == 3);
        CHECK(f.data.patent_name(fpatents[0]) == "US1");
        CHECK(f.data.deal_patent_kinds(fmx)[0] == kind_bit(TransferKind::security));
    }
}
