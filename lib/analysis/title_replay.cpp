#include "analysis/title_replay.h"

#include <algorithm>

namespace patlap {
namespace {

void sort_unique(std::vector<PartyId>& parties) {
    std::sort(parties.begin(), parties.end());
    parties.erase(std::unique(parties.begin(), parties.end()), parties.end());
}

bool intersects(const std::vector<PartyId>& a, const std::vector<PartyId>& b) {
    auto i = a.begin(), j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i == *j) return true;
        if (*i < *j) ++i;
        else ++j;
    }
    return false;
}

}  // namespace

std::string_view basis_name(OwnerBasis basis) {
    switch (basis) {
        case OwnerBasis::none: return "";
        case OwnerBasis::recorded: return "recorded";
        case OwnerBasis::inferred_from_lien: return "inferred-from-lien";
        case OwnerBasis::inferred_from_licence: return "inferred-from-licence";
    }
    return "";
}

std::string_view flag_name(EventFlag flag) {
    switch (flag) {
        case EventFlag::none: return "";
        case EventFlag::chain_break: return "break";
        case EventFlag::conflicting_transfer: return "conflicting-transfer";
        case EventFlag::release_without_lien: return "release-without-lien";
    }
    return "";
}

void TitleReplay::reset() {
    owners_.clear();
    liens_.clear();
    licensees_.clear();
    gave_title_.clear();
    from_.clear();
    to_.clear();
    previous_owners_.clear();
    since_ = 0;
    since_deal_ = StringPool::npos;
    last_title_date_ = 0;
    last_title_deal_ = StringPool::npos;
    last_title_to_.clear();
    basis_ = OwnerBasis::none;
}

void TitleReplay::infer_owners(const std::vector<PartyId>& parties, OwnerBasis basis, const Transfer& event) {
    if (basis_ == OwnerBasis::recorded || parties.empty()) return;
    // The latest lien says who owns it now; a licence, weaker evidence (a licensee may sublicense), only until
    // there is other.
    if (basis == OwnerBasis::inferred_from_licence && basis_ != OwnerBasis::none) return;
    if (owners_.assign(parties)) {
        since_ = event.date;
        since_deal_ = event.deal;
    }
    basis_ = basis;
}

bool TitleReplay::read_linked(DealId deal, PatentId patent) {
    linked_to_.clear();
    DealId linked = data_.linked_deal(deal);
    if (linked == StringPool::npos) return false;
    auto rows = data_.deal_transfers(linked);
    auto first = std::lower_bound(rows.begin(), rows.end(), patent,
                                  [](const Transfer& t, PatentId p) { return t.patent < p; });
    for (auto it = first; it != rows.end() && it->patent == patent; ++it) {
        linked_to_.push_back(it->to);
        linked_kind_ = it->kind;
    }
    sort_unique(linked_to_);
    return !linked_to_.empty();
}

EventFlag TitleReplay::apply(std::span<const std::uint32_t> rows) {
    const Transfer& first = data_.transfers[rows[0]];
    from_.clear();
    to_.clear();
    for (std::uint32_t row : rows) {
        from_.push_back(data_.transfers[row].from);
        to_.push_back(data_.transfers[row].to);
    }
    sort_unique(from_);
    sort_unique(to_);

    EventFlag flag = EventFlag::none;
    bool linked = data_.deal_link.empty() ? false : read_linked(first.deal, first.patent);
    // Before any title-moving event, who grants a lien or a licence (or gets a lien released) is the owner as far
    // as the data knows. A security record naming an earlier lien moves that lien between lenders: it says nothing
    // of the owner.
    if (first.kind == TransferKind::security && !linked) infer_owners(from_, OwnerBasis::inferred_from_lien, first);
    if (first.kind == TransferKind::release) infer_owners(to_, OwnerBasis::inferred_from_lien, first);
    if (first.kind == TransferKind::license) infer_owners(from_, OwnerBasis::inferred_from_licence, first);
    if (linked && first.kind == TransferKind::release) {  // ends the lien it names, whoever signs the release
        std::size_t ended = liens_.erase(linked_to_) + liens_.erase(from_);
        if (ended == 0) flag = EventFlag::release_without_lien;
        return flag;
    }
    if (linked && (first.kind == TransferKind::security ||
                   (first.kind == TransferKind::correction && linked_kind_ == TransferKind::security))) {
        liens_.erase(linked_to_);  // the lien it names moves to (or is corrected to) the `to` side
        liens_.insert(to_);
        return flag;
    }
    if (linked && first.kind == TransferKind::correction && moves_title(linked_kind_) && owners_.intersects(linked_to_)) {
        // The record it corrects gave title to other parties.
        bool changed = owners_.erase(linked_to_) > 0;
        changed |= owners_.insert(to_) > 0;
        if (changed) {
            since_ = first.date;
            since_deal_ = first.deal;
        }
        return flag;
    }
    switch (first.kind) {
        case TransferKind::security: liens_.insert(to_); break;
        case TransferKind::release:
            if (liens_.erase(from_) < from_.size()) flag = EventFlag::release_without_lien;
            break;
        case TransferKind::license: licensees_.insert(to_); break;
        case TransferKind::other: break;
        default: {  // title-moving
            bool recorded = basis_ == OwnerBasis::recorded;  // inferred owners take part, but make no break
            bool from_owner = owners_.intersects(from_);
            bool rerecords = (first.kind == TransferKind::employer || first.kind == TransferKind::correction) &&
                             owners_.intersects(to_);
            // Inventors who have not assigned this patent before still hold their undivided shares: what they
            // assign joins the owners, whoever the others are (co-inventors signing to different employers).
            bool inventors_shares = first.kind == TransferKind::employer && !gave_title_.intersects(from_);
            bool conflict = last_title_deal_ != StringPool::npos && last_title_date_ == first.date &&
                            last_title_deal_ != first.deal && last_title_to_ != to_ && !intersects(from_, last_title_to_);
            if (conflict) flag = EventFlag::conflicting_transfer;
            else if (recorded && !owners_.empty() && !from_owner && !rerecords && !inventors_shares)
                flag = EventFlag::chain_break;
            if (flag == EventFlag::chain_break) previous_owners_ = owners_.sorted();  // for the message

            bool changed;
            if (from_owner) {
                changed = owners_.erase(from_) > 0;
                changed |= owners_.insert(to_) > 0;
            } else if (recorded && (rerecords || inventors_shares)) {
                changed = owners_.insert(to_) > 0;
            } else {
                changed = owners_.assign(to_);
            }
            gave_title_.insert(from_);
            if (changed || !recorded) {
                since_ = first.date;
                since_deal_ = first.deal;
            }
            basis_ = OwnerBasis::recorded;
            last_title_date_ = first.date;
            last_title_deal_ = first.deal;
            last_title_to_ = to_;
        }
    }
    return flag;
}

}  // namespace patlap
