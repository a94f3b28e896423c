#pragma once
// The chain of title of the patents asked for: each event with the title after it, replayed once, before any row
// is written, so that a report's rows are a pure function of their index (several threads write them).
#include "analysis/title_replay.h"
#include "model/patent_history.h"

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace patlap {

class ChainOfTitle {
public:
    enum class Parties : std::uint8_t { from, to, owners, liens, licensees };

    struct Step {
        PatentId patent;
        std::uint32_t row;  // the event's first row in Dataset::transfers (its date, deal and kind)
        std::uint32_t seq;  // 1 for a patent's first event
        EventFlag flag;
        OwnerBasis basis;
        std::array<std::uint32_t, 5> lists;  // per Parties: a list of the step's part
    };

    // Replays the patents' events, on up to `threads` threads (each a share of the patents).
    ChainOfTitle(const Dataset& data, const PatentHistory& history, std::span<const PatentId> patents,
                 unsigned threads);

    std::size_t size() const { return part_first_.back(); }
    const Step& step(std::size_t i) const { return part_of(i).steps[i - part_first_[part_index(i)]]; }
    // Sorted by id (not by name).
    std::span<const PartyId> parties(std::size_t i, Parties which) const;

private:
    // A share of the patents, replayed by one thread. A list that is the same as the step before's (owners that
    // did not change) is stored once.
    struct Part {
        std::vector<Step> steps;
        std::vector<PartyId> parties;
        std::vector<std::uint32_t> list_begin{0};
    };
    static void replay(const Dataset& data, const PatentHistory& history, std::span<const PatentId> patents,
                       Part& part);
    std::size_t part_index(std::size_t i) const;
    const Part& part_of(std::size_t i) const { return parts_[part_index(i)]; }

    std::vector<Part> parts_;
    std::vector<std::size_t> part_first_{0};  // the first step of each part, and the step count
};

}  // namespace patlap
