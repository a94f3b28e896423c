#include "analysis/transaction_merge.h"
#include "analysis/transactions.h"
#include "input/transfer_loader.h"

#include <catch2/catch.hpp>

using namespace patlap;

namespace {

// tests/fixtures/transactions.csv (see tests/e2e/cases/transactions.sh for what each deal stands for).
Dataset load(bool deal_patents_only) {
    LoadOptions options;
    options.deal_patents_only = deal_patents_only;
    options.with_party_sides = deal_patents_only;
    return load_transfers({std::string(PATLAP_FIXTURES) + "/transactions.csv"}, options);
}

// Each transaction as "member member ...", in transaction order.
std::vector<std::string> transactions(const Dataset& data, unsigned window) {
    TransactionGrouping grouping = group_transactions(data, window);
    std::vector<std::string> out;
    for (std::uint32_t t = 0; t < grouping.count(); ++t) {
        std::string members;
        for (DealId deal : grouping.members_of(t)) {
            if (!members.empty()) members += ' ';
            members += data.deal_name(deal);
        }
        out.push_back(members);
    }
    return out;
}

}  // namespace

TEST_CASE("the window is measured from the transaction's first date, inclusive", "[transactions]") {
    for (bool fast : {false, true}) {
        Dataset data = load(fast);
        // S-3 is dated day 31 after S-1: in; S-4 day 32: out, and it starts a transaction of its own.
        CHECK(transactions(data, 31) == std::vector<std::string>{"S-1 S-2 S-3", "S-4", "S-5", "X-1", "L-1"});
        CHECK(transactions(data, 30) == std::vector<std::string>{"S-1 S-2", "S-3 S-4", "S-5", "X-1", "L-1"});
        // From S-2's date, not from the previous deal's: S-3 and S-4 are within 18 days of it.
        CHECK(transactions(data, 18) == std::vector<std::string>{"S-1", "S-2 S-3 S-4", "S-5", "X-1", "L-1"});
        CHECK(transactions(data, 0).size() == 7);
    }
}

TEST_CASE("from sets that differ by one party are different transactions", "[transactions]") {
    Dataset data = load(false);
    // X-1's from-set is S-1's plus Acme IP LLC, S-5's is Acme IP LLC alone: neither joins S-1.
    auto grouped = transactions(data, 366);
    CHECK(std::find(grouped.begin(), grouped.end(), "X-1") != grouped.end());
    CHECK(std::find(grouped.begin(), grouped.end(), "S-5") != grouped.end());
    CHECK(std::find(grouped.begin(), grouped.end(), "S-1 S-2 S-3 S-4") != grouped.end());
}

TEST_CASE("deals of different kind classes on one day are different transactions", "[transactions]") {
    Dataset data = load(false);
    CHECK(data.deal_info[data.deals.find("L-1")].date == data.deal_info[data.deals.find("S-1")].date);
    auto grouped = transactions(data, 31);
    CHECK(std::find(grouped.begin(), grouped.end(), "L-1") != grouped.end());
    CHECK(kind_classes(kind_bit(TransferKind::assignment) | kind_bit(TransferKind::license)) ==
          (title_class | licence_class));
    CHECK(kind_classes(kind_bit(TransferKind::merger) | kind_bit(TransferKind::employer)) == title_class);
    CHECK(kind_classes(kind_bit(TransferKind::security)) == lien_class);
}

TEST_CASE("merging names a transaction after its first deal and unites its patents", "[transactions]") {
    for (bool fast : {false, true}) {
        Dataset data = load(fast);
        TransactionMembers members = merge_into_transactions(data, 31, fast);
        REQUIRE(data.deals.size() == 5);
        DealId sale = data.deals.find("S-1+3");
        REQUIRE(sale != StringPool::npos);
        CHECK(data.deal_info[sale].patents == 4);
        CHECK(format_date(data.deal_info[sale].date) == "2020-01-01");
        CHECK(members.members_of(sale).size() == 3);
        CHECK(members.member_name(members.members_of(sale)[2]) == "S-3");
        CHECK(data.deals.find("S-4") != StringPool::npos);
    }
}
