#include "report/overlap_report.h"

#include "report/cell_format.h"

#include <memory>

namespace patlap {

Table overlap_table(const Dataset& data, const std::vector<DealPair>& pairs) {
    Table table;
    table.columns = {{"deal_a"}, {"date_a"}, {"deal_b"}, {"date_b"}, {"shared", CellType::integer},
                     {"size_a", CellType::integer}, {"size_b", CellType::integer}, {"jaccard", CellType::decimal}};
    table.row_count = pairs.size();
    table.prefetch_row = [&data, &pairs](std::size_t row) {
        const DealPair& pair = pairs[row];
        __builtin_prefetch(&data.deal_info[pair.a]);
        __builtin_prefetch(&data.deal_info[pair.b]);
        data.deals.prefetch_string(pair.a);
        data.deals.prefetch_string(pair.b);
    };
    table.fill_row = [&data, &pairs](std::size_t row, Cells& cells) {
        const DealPair& pair = pairs[row];
        const DealInfo &a = data.deal_info[pair.a], &b = data.deal_info[pair.b];
        cells[0] = data.deal_name(pair.a);
        put_date(cells[1], a.date);
        cells[2] = data.deal_name(pair.b);
        put_date(cells[3], b.date);
        put_integer(cells[4], pair.shared);
        put_integer(cells[5], a.patents);
        put_integer(cells[6], b.patents);
        put_ratio(cells[7], pair.shared, std::uint64_t(a.patents) + b.patents - pair.shared);
    };
    return table;
}

Table overlap_patent_table(const Dataset& data, const DealPatentGraph& graph, const std::vector<DealPair>& pairs) {
    struct Row {
        std::uint32_t pair;
        PatentId patent;
    };
    auto rows = std::make_shared<std::vector<Row>>();
    for (std::uint32_t i = 0; i < pairs.size(); ++i)
        for (PatentId patent : shared_patents(data, graph, pairs[i].a, pairs[i].b)) rows->push_back({i, patent});
    Table table;
    table.columns = {{"deal_a"}, {"deal_b"}, {"patent"}};
    table.row_count = rows->size();
    table.fill_row = [&data, &pairs, rows](std::size_t row, Cells& cells) {
        const Row& r = (*rows)[row];
        cells[0] = data.deal_name(pairs[r.pair].a);
        cells[1] = data.deal_name(pairs[r.pair].b);
        cells[2] = data.patent_name(r.patent);
    };
    return table;
}

}  // namespace patlap
