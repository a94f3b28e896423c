#pragma once
// Each patent's transfers in the order they took effect, grouped into events.
//
// Order: date, then deal identifier, then kind (in TransferKind order), then the parties by display name, so that
// rows on one date come out the same whatever order the input gave them in. One exception: on one date, a title
// transfer out of a party comes after the title transfer that brought the patent to that party, so that a chain
// recorded in one day replays as a chain. An event is the rows of one deal,
// one kind and one date for one patent: several `from` rows are one transfer (co-inventors, co-owners selling
// together) and several `to` rows of a title-moving kind make co-owners.
#include "model/dataset.h"

#include <cstdint>
#include <span>
#include <vector>

namespace patlap {

class PatentHistory {
public:
    // Every patent, or only those with wanted[p] set (the others then have no events).
    explicit PatentHistory(const Dataset& data, const std::vector<char>& wanted = {});

    // Events of patent p are [first_event(p), first_event(p + 1)).
    std::uint32_t first_event(PatentId patent) const { return patent_event_begin_[patent]; }
    std::uint32_t event_count() const { return std::uint32_t(event_row_begin_.size() - 1); }
    // The rows of one event, as indices into Dataset::transfers.
    std::span<const std::uint32_t> event_rows(std::uint32_t event) const {
        return {rows_.data() + event_row_begin_[event], rows_.data() + event_row_begin_[event + 1]};
    }
    // All rows of one patent, in order.
    std::span<const std::uint32_t> patent_rows(PatentId patent) const {
        return {rows_.data() + event_row_begin_[patent_event_begin_[patent]],
                rows_.data() + event_row_begin_[patent_event_begin_[patent + 1]]};
    }

private:
    void chain_same_day_events(const Dataset& data, std::uint32_t first_event, std::uint32_t end_event,
                               std::uint32_t end_row);
    template <class RowsOf>
    void order_one_day(const Dataset& data, std::uint32_t run, std::uint32_t run_end, RowsOf rows_of);

    std::vector<std::uint32_t> rows_;                // transfer indices, patent by patent, in event order
    std::vector<std::uint32_t> event_row_begin_;     // per event (and one past the last): its first row in rows_
    std::vector<std::uint32_t> patent_event_begin_;  // per patent (and one past the last): its first event
};

}  // namespace patlap
