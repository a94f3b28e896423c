#include "analysis/data_check.h"

#include "analysis/title_replay.h"

#include <algorithm>
#include <ctime>
#include <fmt/format.h>
#include <unordered_map>

namespace patlap {
namespace {

std::string party_names(const Dataset& data, const std::vector<PartyId>& parties) {
    std::vector<std::string_view> names;
    for (PartyId p : parties) names.push_back(data.party_name(p));
    std::sort(names.begin(), names.end());
    return fmt::format("{}", fmt::join(names, "; "));
}

// The row of an event that a problem points at: the first in the input.
const Transfer& first_in_input(const Dataset& data, std::span<const std::uint32_t> rows) {
    const Transfer* first = &data.transfers[rows[0]];
    for (std::uint32_t row : rows) {
        const Transfer& t = data.transfers[row];
        if (std::pair(t.file, t.line) < std::pair(first->file, first->line)) first = &t;
    }
    return *first;
}

void check_titles(const Dataset& data, const PatentHistory& history, CheckResult& result) {
    TitleReplay replay(data);
    DealId previous_title_deal = StringPool::npos;
    std::vector<PartyId> previous_title_to;
    for (PatentId patent = 0; patent < data.patents.size(); ++patent) {
        replay.reset();
        for (std::uint32_t e = history.first_event(patent); e < history.first_event(patent + 1); ++e) {
            auto rows = history.event_rows(e);
            EventFlag flag = replay.apply(rows);
            const Transfer& at = first_in_input(data, rows);
            switch (flag) {
                case EventFlag::none: break;
                case EventFlag::chain_break:
                    result.problems.push_back(
                        {ProblemCode::chain_break, at.file, at.line, at.deal, patent,
                         fmt::format("{} from {}, but the owner of record was {}", kind_name(at.kind),
                                     party_names(data, replay.event_from()), party_names(data, replay.previous_owners()))});
                    break;
                case EventFlag::conflicting_transfer:
                    result.problems.push_back(
                        {ProblemCode::conflicting_transfer, at.file, at.line, at.deal, patent,
                         fmt::format("moved to {} on {}, but deal {} moved it to {} the same day",
                                     party_names(data, replay.event_to()), format_date(at.date),
                                     data.deal_name(previous_title_deal), party_names(data, previous_title_to))});
                    break;
                case EventFlag::release_without_lien:
                    result.problems.push_back(
                        {ProblemCode::release_without_lien, at.file, at.line, at.deal, patent,
                         fmt::format("release from {}, which held no lien (liens: {})",
                                     party_names(data, replay.event_from()),
                                     replay.liens().empty() ? std::string("none") : party_names(data, replay.liens()))});
                    break;
            }
            // One party on both sides of a whole event; a row from a party to itself inside a larger event (a
            // co-owner taking the others' shares, a company keeping a share it gives a subsidiary) is not one.
            if (at.kind != TransferKind::name_change && replay.event_from() == replay.event_to())
                result.problems.push_back({ProblemCode::self_transfer, at.file, at.line, at.deal, patent,
                                           fmt::format("{} from {} to itself", kind_name(at.kind),
                                                       party_names(data, replay.event_from()))});
            if (moves_title(at.kind)) {
                previous_title_deal = at.deal;
                previous_title_to = replay.event_to();
            }
        }
    }
}

void check_rows(const Dataset& data, const CheckOptions& options, CheckResult& result) {
    Date latest = options.today ? options.today : today();
    for (const Transfer& t : data.transfers) {
        if (t.date < options.earliest || t.date > latest)
            result.problems.push_back({ProblemCode::date_out_of_range, t.file, t.line, t.deal, t.patent,
                                       t.date < options.earliest
                                           ? fmt::format("date {} is before {}", format_date(t.date),
                                                         format_date(options.earliest))
                                           : fmt::format("date {} is in the future", format_date(t.date))});
    }
}

// USPTO records whose conveyance text names an earlier record (the lien a release ends, the record a
// correction fixes) that is not in the data: check cannot tell whether the release or correction fits.
void check_references(const Dataset& data, CheckResult& result) {
    for (DealId deal = 0; deal < data.deal_reference.size(); ++deal) {
        if (data.deal_reference[deal] == StringPool::npos || data.linked_deal(deal) != StringPool::npos) continue;
        auto rows = data.deal_transfers(deal);
        if (rows.empty()) continue;
        const Transfer& t = rows.front();
        result.problems.push_back({ProblemCode::reference_not_loaded, t.file, t.line, deal, t.patent,
                                   fmt::format("{} names reel/frame {}, which is not in the data", kind_name(t.kind),
                                               data.reference_of(deal))});
    }
}

std::uint64_t location_key(std::uint16_t file, std::uint32_t line) { return std::uint64_t(file) << 32 | line; }

// USPTO records read twice under one reel/frame with different content: once per later copy, naming the first.
void check_record_copies(const Dataset& data, CheckResult& result) {
    for (const DifferingRecordCopy& copy : data.differing_record_copies) {
        auto rows = data.deal_transfers(copy.deal);
        const Transfer* first = nullptr;  // the deal's first row in the input: the first copy's
        for (const Transfer& t : rows)
            if (!first || std::pair(t.file, t.line) < std::pair(first->file, first->line)) first = &t;
        if (!first) continue;
        std::vector<std::string_view> parts;
        if (copy.differs & record_header) parts.push_back("date, kind or conveyance text");
        if (copy.differs & record_assignors) parts.push_back("assignors");
        if (copy.differs & record_assignees) parts.push_back("assignees");
        if (copy.differs & record_properties) parts.push_back("properties");
        std::string where = first->file == copy.file ? fmt::format("line {}", first->line)
                                                     : fmt::format("{}:{}", data.files[first->file], first->line);
        result.problems.push_back({ProblemCode::differing_copies, copy.file, copy.line, copy.deal, first->patent,
                                   fmt::format("record {} differs from its copy at {} in its {}; the rows of both are kept",
                                               data.deal_name(copy.deal), where, fmt::join(parts, ", "))});
    }
}

void check_duplicates(const Dataset& data, CheckResult& result) {
    // Rows that a differing copy of a record repeats are that copy's problem, reported once for the record.
    std::unordered_map<std::uint64_t, char> copies;
    for (const DifferingRecordCopy& copy : data.differing_record_copies) copies.emplace(location_key(copy.file, copy.line), 0);
    const auto& repeats = data.duplicates;  // by file and line
    for (std::size_t i = 0; i < repeats.size();) {
        const DuplicateRow& d = repeats[i];
        std::size_t end = i + 1;
        while (end < repeats.size() && repeats[end].file == d.file && repeats[end].line == d.line) ++end;
        if (copies.count(location_key(d.file, d.line))) {
            i = end;
            continue;
        }
        if (d.first_file == d.file && d.first_line == d.line) {
            // A USPTO record listing properties more than once (its rows all sit at its line): once for the record.
            result.problems.push_back({ProblemCode::duplicate_row, d.file, d.line, d.deal, d.patent,
                                       fmt::format("record {} lists {} propert{} more than once; each is counted once",
                                                   data.deal_name(d.deal), end - i, end - i == 1 ? "y" : "ies")});
            i = end;
            continue;
        }
        for (; i < end; ++i) {
            const DuplicateRow& r = repeats[i];
            std::string where = r.first_file == r.file ? fmt::format("line {}", r.first_line)
                                                       : fmt::format("{}:{}", data.files[r.first_file], r.first_line);
            result.problems.push_back(
                {ProblemCode::duplicate_row, r.file, r.line, r.deal, r.patent, fmt::format("repeats {}", where)});
        }
    }
}

}  // namespace

std::string_view code_name(ProblemCode code) {
    static constexpr std::string_view names[] = {"break",         "conflicting-transfer", "date-out-of-range",
                                                 "release-without-lien", "self-transfer", "duplicate-row",
                                                 "reference-not-loaded", "differing-copies"};
    return names[std::size_t(code)];
}

std::optional<ProblemCode> parse_problem_code(std::string_view name) {
    for (std::size_t i = 0; i < problem_code_count; ++i)
        if (code_name(ProblemCode(i)) == name) return ProblemCode(i);
    return std::nullopt;
}

std::string code_list() {
    std::string list;
    for (std::size_t i = 0; i < problem_code_count; ++i) (list += list.empty() ? "" : ", ") += code_name(ProblemCode(i));
    return list;
}

std::vector<DealProblems> problems_by_deal(const CheckResult& result) {
    std::vector<std::size_t> order(result.problems.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    const auto& problems = result.problems;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {  // file order kept within
        return std::pair(problems[a].code, problems[a].deal) < std::pair(problems[b].code, problems[b].deal);
    });
    std::vector<DealProblems> rows;
    std::vector<PatentId> patents;
    for (std::size_t i = 0; i < order.size();) {
        const Problem& first = problems[order[i]];
        std::size_t end = i;
        patents.clear();
        while (end < order.size() && problems[order[end]].code == first.code && problems[order[end]].deal == first.deal)
            patents.push_back(problems[order[end++]].patent);
        std::sort(patents.begin(), patents.end());
        auto distinct = std::uint32_t(std::unique(patents.begin(), patents.end()) - patents.begin());
        rows.push_back({first.code, first.deal, first.file, first.line, distinct, order[i]});
        i = end;
    }
    std::sort(rows.begin(), rows.end(), [](const DealProblems& a, const DealProblems& b) {
        return std::tuple(a.file, a.line, a.code, a.first) < std::tuple(b.file, b.line, b.code, b.first);
    });
    return rows;
}

Severity severity_of(ProblemCode code) {
    switch (code) {
        case ProblemCode::chain_break:
        case ProblemCode::conflicting_transfer:
        case ProblemCode::date_out_of_range:
        case ProblemCode::differing_copies: return Severity::error;
        default: return Severity::warning;
    }
}

std::string_view severity_name(Severity severity) { return severity == Severity::error ? "error" : "warning"; }

Date today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date(local.tm_year + 1900) * 10000 + Date(local.tm_mon + 1) * 100 + Date(local.tm_mday);
}

CheckResult check_data(const Dataset& data, const PatentHistory& history, const CheckOptions& options) {
    CheckResult result;
    check_titles(data, history, result);
    check_rows(data, options, result);
    check_duplicates(data, result);
    check_references(data, result);
    check_record_copies(data, result);
    // By file and line; problems of one line (an event of several patents) by code, then patent, then deal.
    std::sort(result.problems.begin(), result.problems.end(), [&data](const Problem& a, const Problem& b) {
        return std::tuple(a.file, a.line, a.code, data.patent_name(a.patent), data.deal_name(a.deal)) <
               std::tuple(b.file, b.line, b.code, data.patent_name(b.patent), data.deal_name(b.deal));
    });
    std::vector<char> deal_wanted;  // with a party filter: the deals with one of its parties
    if (!options.parties.empty()) {
        deal_wanted.assign(data.deals.size(), 0);
        for (const Transfer& t : data.transfers)
            if (options.parties[t.from] || options.parties[t.to]) deal_wanted[t.deal] = 1;
    }
    std::erase_if(result.problems, [&](const Problem& p) {
        if ((!options.patents.empty() && !options.patents[p.patent]) || (!deal_wanted.empty() && !deal_wanted[p.deal]))
            return true;  // not asked about
        bool ignored = options.ignored[std::size_t(p.code)];
        result.ignored += ignored;
        return ignored;
    });
    for (const Problem& p : result.problems) {
        ++result.counts[std::size_t(p.code)];
        ++(severity_of(p.code) == Severity::error ? result.errors : result.warnings);
    }
    return result;
}

}  // namespace patlap
