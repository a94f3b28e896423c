#include "output/chain_report.h"

#include "analysis/title_replay.h"
#include "output/cell_format.h"
#include "output/party_list.h"

#include <memory>

namespace patlap {
namespace {

struct ChainRow {
    PatentId patent;
    std::uint32_t event;
};

// Replays forward while rows are asked for in order (as the writers do); a jump starts the patent over.
struct Cursor {
    explicit Cursor(const Dataset& data) : replay(data) {}
    TitleReplay replay;
    std::size_t next_row = ~std::size_t(0);
};

}  // namespace

Table chain_table(const Dataset& data, const PatentHistory& history, const std::vector<PatentId>& patents) {
    auto rows = std::make_shared<std::vector<ChainRow>>();
    for (PatentId patent : patents)
        for (std::uint32_t e = history.first_event(patent); e < history.first_event(patent + 1); ++e)
            rows->push_back({patent, e});
    auto cursor = std::make_shared<Cursor>(data);

    Table table;
    auto parties = [](const char* name) { return list_column({name}, party_separator); };
    table.columns = {{"patent"}, {"seq", CellType::integer}, date_column("date"), {"deal"}, {"kind"}, parties("from"),
                     parties("to"), nullable(parties("owner_after")), parties("liens_after"),
                     parties("licensees_after"), nullable({"flag"})};
    table.row_count = rows->size();
    table.fill_row = [&data, &history, rows, cursor](std::size_t row, Cells& cells) {
        const ChainRow& r = (*rows)[row];
        std::uint32_t first = history.first_event(r.patent);
        if (row != cursor->next_row) {
            cursor->replay.reset();
            for (std::uint32_t e = first; e < r.event; ++e) cursor->replay.apply(history.event_rows(e));
        } else if (r.event == first) {
            cursor->replay.reset();
        }
        auto event = history.event_rows(r.event);
        EventFlag flag = cursor->replay.apply(event);
        cursor->next_row = row + 1;

        const Transfer& t = data.transfers[event[0]];
        const TitleReplay& title = cursor->replay;
        cells[0] = data.patent_name(r.patent);
        put_integer(cells[1], r.event - first + 1);
        put_date(cells[2], t.date);
        cells[3] = data.deal_name(t.deal);
        cells[4] = kind_name(t.kind);
        join_party_names(data, title.event_from(), cells[5]);
        join_party_names(data, title.event_to(), cells[6]);
        join_party_names(data, title.owners(), cells[7]);
        join_party_names(data, title.liens(), cells[8]);
        join_party_names(data, title.licensees(), cells[9]);
        cells[10] = flag_name(flag);
    };
    return table;
}

}  // namespace patlap
