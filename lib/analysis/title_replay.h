#pragma once
// Replays one patent's events in order and keeps its title: owners of record, lien holders and licensees.
//
// Rules (docs/manual.md, "Semantics"):
//  - title-moving kinds (assignment, employer, merger, name-change, correction): when a `from` party is an owner,
//    the `from` parties leave the owners and the `to` parties join them (a sole owner's sale replaces the owner;
//    one co-owner's sale of its share keeps the other); otherwise the `to` parties become the owners;
//  - a break: a title-moving event none of whose `from` parties is an owner, while owners are known. An employer
//    assignment or a correction whose `to` parties include an owner re-records that owner's title (another
//    inventor signing, a corrective assignment) and is not a break. Nor is an employer assignment by inventors who
//    have not assigned the patent before: each inventor holds an undivided share until assigning it, so their
//    `to` parties join the owners (co-inventors signing to two employers, late signatures);
//  - a conflict: a title-moving event on the same date as the previous one, from another deal, to other parties,
//    and not passing on what the previous one gave (that is a chain recorded in one day);
//  - security adds its `to` parties as lien holders; release removes its `from` parties, and flags one that
//    held no lien; license adds its `to` parties as licensees, who keep their licence through later sales;
//    other changes nothing;
//  - inferred owners: before any title-moving event, the grantor of the latest lien (security, not one naming an
//    earlier lien) or the party a lien is released to is taken as the owner, else the first licensor (basis());
//    a title-moving event replaces them as it would recorded owners, but never breaks the chain from them;
//  - linked records (USPTO input, Dataset::deal_link): a release ends the lien of the record it names, whoever
//    signs it (a lender renamed or succeeded), and is flagged only when it ends no lien at all; a security record
//    naming an earlier lien moves that lien to its `to` parties; a correction naming a record replaces what that
//    record gave (its `to` parties, as owners or lien holders) with its own `to` parties, and is never a break.
#include "analysis/party_set.h"
#include "model/dataset.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace patlap {

enum class EventFlag : std::uint8_t { none, chain_break, conflicting_transfer, release_without_lien };

// What the owners of record rest on: a title-moving event, or, before any, who granted a lien (or had one released)
// or a licence on the patent, the owner as far as the data knows.
enum class OwnerBasis : std::uint8_t { none, recorded, inferred_from_lien, inferred_from_licence };

// "", "recorded", "inferred-from-lien", "inferred-from-licence"
std::string_view basis_name(OwnerBasis basis);

// "", "break", "conflicting-transfer", "release-without-lien"
std::string_view flag_name(EventFlag flag);

class TitleReplay {
public:
    explicit TitleReplay(const Dataset& data) : data_(data) {}

    // Starts over for another patent.
    void reset();
    // Applies one event (its rows: indices into Dataset::transfers, all of one deal, kind and date).
    EventFlag apply(std::span<const std::uint32_t> rows);

    // Parties sorted by id (not by name).
    const std::vector<PartyId>& owners() const { return owners_.sorted(); }
    const std::vector<PartyId>& liens() const { return liens_.sorted(); }
    const std::vector<PartyId>& licensees() const { return licensees_.sorted(); }
    // The parties of the last event applied.
    const std::vector<PartyId>& event_from() const { return from_; }
    const std::vector<PartyId>& event_to() const { return to_; }
    // What the owners rest on (none: no owner known).
    OwnerBasis basis() const { return basis_; }
    // When the owners last changed, and by which deal (0 and npos while no owner is known).
    Date owners_since() const { return since_; }
    DealId owners_deal() const { return since_deal_; }
    // The parties that held title just before the last event, when it was a break (for its message).
    const std::vector<PartyId>& previous_owners() const { return previous_owners_; }

private:
    // Takes `parties` as the owners on `basis`, unless a title-moving event has given the owners.
    void infer_owners(const std::vector<PartyId>& parties, OwnerBasis basis, const Transfer& event);
    // Reads the `to` parties and kind of the rows for `patent` of the deal that `deal` names; false when none.
    bool read_linked(DealId deal, PatentId patent);

    const Dataset& data_;
    PartySet owners_, liens_, licensees_;
    PartySet gave_title_;  // the `from` parties of every title-moving event so far
    std::vector<PartyId> from_, to_, previous_owners_;
    Date since_ = 0;
    DealId since_deal_ = StringPool::npos;
    // The last title-moving event, for spotting conflicts on one date.
    Date last_title_date_ = 0;
    DealId last_title_deal_ = StringPool::npos;
    std::vector<PartyId> last_title_to_;
    OwnerBasis basis_ = OwnerBasis::none;
    std::vector<PartyId> linked_to_;
    TransferKind linked_kind_ = TransferKind::other;
};

}  // namespace patlap
