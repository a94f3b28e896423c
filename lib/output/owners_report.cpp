#include "output/owners_report.h"

#include "output/cell_format.h"
#include "output/party_list.h"

namespace patlap {

Table owners_table(const Dataset& data, const OwnerList& owners) {
    Table table;
    auto parties = [](const char* name) { return list_column(text_column(name), party_separator); };
    table.columns = {{"patent"}, nullable(parties("owner")), date_column("since"), nullable({"deal"}), parties("liens"),
                     parties("licensees"), nullable({"basis"})};
    table.row_count = owners.records.size();
    table.fill_row = [&data, &owners](std::size_t row, Cells& cells) {
        const OwnerRecord& r = owners.records[row];
        cells[0] = data.patent_name(r.patent);
        join_party_names(data, owners.owners(r), cells[1]);
        put_date(cells[2], r.since);
        if (r.deal == StringPool::npos) cells[3].clear();
        else cells[3] = data.deal_name(r.deal);
        join_party_names(data, owners.liens(r), cells[4]);
        join_party_names(data, owners.licensees(r), cells[5]);
        cells[6] = basis_name(r.basis);
    };
    return table;
}

}  // namespace patlap
