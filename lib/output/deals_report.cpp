#include "output/deals_report.h"

#include "output/cell_format.h"
#include "output/party_list.h"

namespace patlap {
namespace {

void join_parties(const Dataset& data, const std::vector<PartyId>& parties, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < parties.size(); ++i) {
        if (i) out += party_separator;
        out += data.party_name(parties[i]);
    }
}

}  // namespace

Table deals_table(const Dataset& data, const std::vector<DealId>& deals, const TransactionMembers* members) {
    Table table;
    table.columns = {{"deal"},
                     date_column("date"),
                     list_column({"kinds"}, kind_separator),
                     list_column(text_column("from"), party_separator),
                     list_column(text_column("to"), party_separator),
                     {"patents", CellType::integer},
                     nullable(text_column("conveyance")),
                     nullable({"refers_to"})};
    if (members) table.columns.push_back(list_column({"members"}, "; "));
    table.row_count = deals.size();
    table.fill_row = [&data, &deals, members](std::size_t row, Cells& cells) {
        DealId deal = deals[row];
        const DealInfo& info = data.deal_info[deal];
        DealSummary summary = summarize_deal(data, deal);
        cells[0] = data.deal_name(deal);
        put_date(cells[1], info.date);
        put_kinds(cells[2], info.kinds);
        join_parties(data, summary.from, cells[3]);
        join_parties(data, summary.to, cells[4]);
        put_integer(cells[5], info.patents);
        cells[6] = data.conveyance_of(deal);
        cells[7] = data.reference_of(deal);
        if (members) {
            cells[8].clear();
            for (DealId member : members->members_of(deal)) {
                if (!cells[8].empty()) cells[8] += "; ";
                cells[8] += members->member_name(member);
            }
        }
    };
    return table;
}

}  // namespace patlap
