#include "output/deals_report.h"

#include "output/cell_format.h"
#include "output/party_list.h"

namespace patlap {
namespace {

constexpr std::string_view kind_separator = "; ";

void join_parties(const Dataset& data, const std::vector<PartyId>& parties, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < parties.size(); ++i) {
        if (i) out += party_separator;
        out += data.party_name(parties[i]);
    }
}

void join_kinds(KindSet kinds, std::string& out) {
    out.clear();
    for (TransferKind kind : all_transfer_kinds()) {
        if (!(kinds & kind_bit(kind))) continue;
        if (!out.empty()) out += kind_separator;
        out += kind_name(kind);
    }
}

}  // namespace

Table deals_table(const Dataset& data, const std::vector<DealId>& deals) {
    Table table;
    table.columns = {{"deal"},
                     date_column("date"),
                     list_column({"kinds"}, kind_separator),
                     list_column(text_column("from"), party_separator),
                     list_column(text_column("to"), party_separator),
                     {"patents", CellType::integer},
                     nullable(text_column("conveyance")),
                     nullable({"refers_to"})};
    table.row_count = deals.size();
    table.fill_row = [&data, &deals](std::size_t row, Cells& cells) {
        DealId deal = deals[row];
        const DealInfo& info = data.deal_info[deal];
        DealSummary summary = summarize_deal(data, deal);
        cells[0] = data.deal_name(deal);
        put_date(cells[1], info.date);
        join_kinds(info.kinds, cells[2]);
        join_parties(data, summary.from, cells[3]);
        join_parties(data, summary.to, cells[4]);
        put_integer(cells[5], info.patents);
        cells[6] = data.conveyance_of(deal);
        cells[7] = data.reference_of(deal);
    };
    return table;
}

}  // namespace patlap
