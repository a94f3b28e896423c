#pragma once
// The row filters of overlap and clusters (--to, --from, --row-kind): only the rows in which a named party
// receives, or gives, or of some kinds, count toward a deal's patents. The deal filters (deal_filter.h) take or
// leave whole deals; these keep a deal but count only some of its rows, so that a cross-licence counts the patents
// one side took, not the ones it licensed out. A deal with no row that counts has no patents, and drops out.
#include "analysis/party_lookup.h"
#include "model/row_sieve.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace patlap {

struct RowFilterSpec {
    // Party names (match_party): the rows whose `to` (`from`) is one of the parties they mean.
    std::vector<std::string> to = {}, from = {};
    KindSet kinds = 0;  // the rows of these kinds (0: any)
};

class RowFilter final : public RowSieve {
public:
    explicit RowFilter(const RowFilterSpec& spec);

    bool any() const { return names_parties() || kinds_ != 0; }
    bool names_parties() const { return !to_.names.empty() || !from_.names.empty(); }

    bool may_count(const Dataset& data, const Transfer& row) override;
    bool settled_while_loading() const override { return !names_parties(); }
    bool counts(const Dataset& data, const Transfer& row) override;

    struct NameMatch {
        std::string_view option;  // "--to" or "--from"
        std::string name;
        PartyMatch match;
    };
    // What each name matches, once every party is in.
    const std::vector<NameMatch>& matches(const Dataset& data);

private:
    struct Side {
        std::string_view option;
        std::uint8_t candidate_bit;
        std::vector<std::string> names, keys;  // as given, and their party keys
        std::vector<char> marks;                // per party, once resolved: whether a name means it
    };
    bool kind_counts(TransferKind kind) const { return kinds_ == 0 || (kinds_ & kind_bit(kind)); }
    // Per party, worked out when first seen: seen_bit, and each side's candidate_bit when a name may mean it.
    std::uint8_t candidacy(const Dataset& data, PartyId party);
    void resolve(const Dataset& data);

    static constexpr std::uint8_t seen_bit = 1;
    Side to_, from_;
    KindSet kinds_;
    std::vector<std::uint8_t> candidacy_;
    bool resolved_ = false;
    std::vector<NameMatch> matches_;
};

// Leaves out of `selected` (per deal; empty: all) the deals with no row that counts, which have no patents.
void leave_out_deals_without_rows(const Dataset& data, std::vector<char>& selected);

}  // namespace patlap
