#include "output/overlap_report.h"

#include "output/cell_format.h"

#include <memory>

namespace patlap {

Table overlap_table(const Dataset& data, const std::vector<DealPair>& pairs) {
    Table table;
    table.columns = {{"deal_a"}, date_column("date_a"), {"deal_b"}, date_column("date_b"),
                     {"shared", CellType::integer}, {"size_a", CellType::integer}, {"size_b", CellType::integer},
                     {"jaccard", CellType::decimal}};
    table.row_count = pairs.size();
    table.prefetch_row = [&data, &pairs](std::size_t row) {
        const DealPair& pair = pairs[row];
        __builtin_prefetch(&data.deal_info[pair.a]);
        __builtin_prefetch(&data.deal_info[pair.b]);
        data.deals.prefetch_string(pair.a);
        data.deals.prefetch_string(pair.b);
    };
    // Values, not text: a report of millions of rows is written straight from them.
    table.fill_values = [&data, &pairs](std::size_t row, CellValues& cells) {
        using Kind = CellValue::Kind;
        const DealPair& pair = pairs[row];
        const DealInfo &a = data.deal_info[pair.a], &b = data.deal_info[pair.b];
        cells[0] = {Kind::text, data.deal_name(pair.a)};
        cells[1] = {Kind::date, {}, a.date};
        cells[2] = {Kind::text, data.deal_name(pair.b)};
        cells[3] = {Kind::date, {}, b.date};
        cells[4] = {Kind::integer, {}, pair.shared};
        cells[5] = {Kind::integer, {}, a.patents};
        cells[6] = {Kind::integer, {}, b.patents};
        cells[7] = {Kind::ratio, {}, pair.shared, std::uint64_t(a.patents) + b.patents - pair.shared};
    };
    return table;
}

Table overlap_patent_table(const Dataset& data, const DealPatentGraph& graph, const std::vector<DealPair>& pairs) {
    struct Row {
        std::uint32_t pair;
        SharedPatent patent;
    };
    auto rows = std::make_shared<std::vector<Row>>();
    for (std::uint32_t i = 0; i < pairs.size(); ++i)
        for (const SharedPatent& patent : shared_patents(data, graph, pairs[i].a, pairs[i].b))
            rows->push_back({i, patent});
    Table table;
    table.columns = {{"deal_a"}, {"deal_b"}, {"patent"}, list_column({"kinds_a"}, kind_separator),
                     list_column({"kinds_b"}, kind_separator)};
    table.row_count = rows->size();
    table.fill_row = [&data, &pairs, rows](std::size_t row, Cells& cells) {
        const Row& r = (*rows)[row];
        const DealPair& pair = pairs[r.pair];
        cells[0] = data.deal_name(pair.a);
        cells[1] = data.deal_name(pair.b);
        cells[2] = data.patent_name(r.patent.patent);
        put_kinds(cells[3], data.deal_patent_kinds(pair.a)[r.patent.place_a]);
        put_kinds(cells[4], data.deal_patent_kinds(pair.b)[r.patent.place_b]);
    };
    return table;
}

}  // namespace patlap
