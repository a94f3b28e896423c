#include "output/clusters_report.h"

#include "output/cell_format.h"

namespace patlap {

Table clusters_table(const Dataset& data, const DealClusters& clusters) {
    Table table;
    table.columns = {{"cluster", CellType::integer}, {"deals", CellType::integer}, {"patents", CellType::integer},
                     {"parties", CellType::integer}, date_column("first_date"), date_column("last_date"),
                     {"largest_deal"}};
    table.row_count = clusters.clusters.size();
    table.fill_row = [&data, &clusters](std::size_t row, Cells& cells) {
        const DealCluster& c = clusters.clusters[row];
        put_integer(cells[0], row + 1);
        put_integer(cells[1], c.deals);
        put_integer(cells[2], c.patents);
        put_integer(cells[3], c.parties);
        put_date(cells[4], c.first_date);
        put_date(cells[5], c.last_date);
        cells[6] = data.deal_name(c.largest_deal);
    };
    return table;
}

Table cluster_members_table(const Dataset& data, const DealClusters& clusters, const std::vector<DealId>& deals) {
    Table table;
    table.columns = {{"cluster", CellType::integer}, {"deal"}};
    table.row_count = deals.size();
    table.fill_row = [&data, &clusters, &deals](std::size_t row, Cells& cells) {
        put_integer(cells[0], clusters.cluster_of[deals[row]] + 1);
        cells[1] = data.deal_name(deals[row]);
    };
    return table;
}

}  // namespace patlap
