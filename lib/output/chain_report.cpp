#include "output/chain_report.h"

#include "output/cell_format.h"
#include "output/party_list.h"

namespace patlap {

Table chain_table(const Dataset& data, const ChainOfTitle& chain) {
    using Parties = ChainOfTitle::Parties;
    Table table;
    auto parties = [](const char* name) { return list_column(text_column(name), party_separator); };
    table.columns = {{"patent"},
                     {"seq", CellType::integer},
                     date_column("date"),
                     {"deal"},
                     {"kind"},
                     parties("from"),
                     parties("to"),
                     nullable(parties("owner_after")),
                     parties("liens_after"),
                     parties("licensees_after"),
                     nullable({"flag"}),
                     nullable({"basis"})};
    table.row_count = chain.size();
    table.fill_row = [&data, &chain](std::size_t row, Cells& cells) {
        const ChainOfTitle::Step& step = chain.step(row);
        const Transfer& t = data.transfers[step.row];
        cells[0] = data.patent_name(step.patent);
        put_integer(cells[1], step.seq);
        put_date(cells[2], t.date);
        cells[3] = data.deal_name(t.deal);
        cells[4] = kind_name(t.kind);
        join_party_names(data, chain.parties(row, Parties::from), cells[5]);
        join_party_names(data, chain.parties(row, Parties::to), cells[6]);
        join_party_names(data, chain.parties(row, Parties::owners), cells[7]);
        join_party_names(data, chain.parties(row, Parties::liens), cells[8]);
        join_party_names(data, chain.parties(row, Parties::licensees), cells[9]);
        cells[10] = flag_name(step.flag);
        cells[11] = basis_name(step.basis);
    };
    return table;
}

}  // namespace patlap
