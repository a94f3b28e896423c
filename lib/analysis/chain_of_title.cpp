#include "analysis/chain_of_title.h"

#include "base/worker.h"

#include <algorithm>
#include <memory>

namespace patlap {
namespace {

// Appends `parties` as a list, unless it equals list `previous`; returns its index.
std::uint32_t add_list(std::vector<PartyId>& pool, std::vector<std::uint32_t>& begin, std::uint32_t previous,
                       const std::vector<PartyId>& parties) {
    if (previous != std::uint32_t(-1) &&
        std::equal(pool.begin() + begin[previous], pool.begin() + begin[previous + 1], parties.begin(),
                   parties.end()))
        return previous;
    pool.insert(pool.end(), parties.begin(), parties.end());
    begin.push_back(std::uint32_t(pool.size()));
    return std::uint32_t(begin.size() - 2);
}

}  // namespace

void ChainOfTitle::replay(const Dataset& data, const PatentHistory& history, std::span<const PatentId> patents,
                          Part& part) {
    TitleReplay title(data);
    for (PatentId patent : patents) {
        title.reset();
        std::uint32_t first = history.first_event(patent), end = history.first_event(patent + 1);
        std::array<std::uint32_t, 5> previous;
        previous.fill(std::uint32_t(-1));
        for (std::uint32_t e = first; e < end; ++e) {
            auto rows = history.event_rows(e);
            EventFlag flag = title.apply(rows);
            Step step{patent, rows[0], e - first + 1, flag, title.basis(), {}};
            const std::vector<PartyId>* lists[] = {&title.event_from(), &title.event_to(), &title.owners(),
                                                   &title.liens(), &title.licensees()};
            for (std::size_t l = 0; l < std::size(lists); ++l)
                previous[l] = step.lists[l] = add_list(part.parties, part.list_begin, previous[l], *lists[l]);
            part.steps.push_back(step);
        }
    }
}

ChainOfTitle::ChainOfTitle(const Dataset& data, const PatentHistory& history, std::span<const PatentId> patents,
                           unsigned threads) {
    // Shares of about as many events each, cut between patents.
    std::size_t events = 0;
    for (PatentId p : patents) events += history.first_event(p + 1) - history.first_event(p);
    std::size_t shares = events < 100000 ? 1 : std::max(1u, threads);
    std::vector<std::size_t> cut{0};
    std::size_t seen = 0;
    for (std::size_t i = 0; i < patents.size() && cut.size() < shares; ++i) {
        seen += history.first_event(patents[i] + 1) - history.first_event(patents[i]);
        if (seen * shares >= events * cut.size()) cut.push_back(i + 1);
    }
    if (cut.size() == 1 || cut.back() != patents.size()) cut.push_back(patents.size());

    parts_.resize(cut.size() - 1);
    {
        std::vector<std::unique_ptr<Worker>> workers;
        for (std::size_t s = 1; s < parts_.size(); ++s)
            workers.push_back(std::make_unique<Worker>(
                [&, s] { replay(data, history, patents.subspan(cut[s], cut[s + 1] - cut[s]), parts_[s]); }));
        replay(data, history, patents.subspan(0, cut[1]), parts_[0]);
        for (auto& worker : workers) worker->join();
    }
    for (const Part& part : parts_) part_first_.push_back(part_first_.back() + part.steps.size());
}

std::size_t ChainOfTitle::part_index(std::size_t i) const {
    return std::size_t(std::upper_bound(part_first_.begin(), part_first_.end(), i) - part_first_.begin() - 1);
}

std::span<const PartyId> ChainOfTitle::parties(std::size_t i, Parties which) const {
    const Part& part = part_of(i);
    std::uint32_t list = part.steps[i - part_first_[part_index(i)]].lists[std::size_t(which)];
    return {part.parties.data() + part.list_begin[list], part.parties.data() + part.list_begin[list + 1]};
}

}  // namespace patlap
