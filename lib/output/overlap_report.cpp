#include "output/overlap_report.h"

#include "output/cell_format.h"

#include <memory>

namespace patlap {

Table overlap_table(const Dataset& data, std::span<const DealPair> pairs) {
    Table table;
    table.columns = {{"deal_a"}, date_column("date_a"), {"deal_b"}, date_column("date_b"),
                     {"shared", CellType::integer}, {"size_a", CellType::integer}, {"size_b", CellType::integer},
                     {"jaccard", CellType::decimal}};
    table.row_count = pairs.size();
    table.prefetch_row = [&data, pairs](std::size_t row) {
        const DealPair& pair = pairs[row];
        __builtin_prefetch(&data.deal_info[pair.a]);
        __builtin_prefetch(&data.deal_info[pair.b]);
        data.deals.prefetch_string(pair.a);
        data.deals.prefetch_string(pair.b);
    };
    // Values, not text: a report of millions of rows is written straight from them.
    table.fill_values = [&data, pairs](std::size_t row, CellValues& cells) {
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

namespace {

void join_carriers(const Dataset& data, const TransactionMembers& members, DealId transaction, std::uint32_t place,
                   std::string& out) {
    out.clear();
    auto in = members.members_of(transaction);
    for (std::uint32_t carrier : members.carriers_of(data, transaction, place)) {
        if (!out.empty()) out += "; ";
        out += members.member_name(in[carrier]);
    }
}

}  // namespace

Table overlap_patent_table(const Dataset& data, const DealPatentGraph& graph, std::span<const DealPair> pairs,
                           std::uint64_t memory, const TransactionMembers* members) {
    // The deals themselves, not the pair's index: a row stands alone, whatever the number of pairs.
    struct Row {
        DealId a, b;
        SharedPatent patent;
    };
    auto rows = std::make_shared<SpillingArray<Row>>(memory, "overlap --list rows");
    for (const DealPair& pair : pairs)
        for (const SharedPatent& patent : shared_patents(data, graph, pair.a, pair.b))
            rows->push_back({pair.a, pair.b, patent});
    rows->finish();
    Table table;
    table.columns = {{"deal_a"}, {"deal_b"}, {"patent"}, list_column({"kinds_a"}, kind_separator),
                     list_column({"kinds_b"}, kind_separator)};
    if (members)
        for (const char* name : {"members_a", "members_b"}) table.columns.push_back(list_column({name}, "; "));
    table.row_count = rows->view().size();
    table.fill_row = [&data, rows, members](std::size_t row, Cells& cells) {
        const Row& r = rows->view()[row];
        cells[0] = data.deal_name(r.a);
        cells[1] = data.deal_name(r.b);
        cells[2] = data.patent_name(r.patent.patent);
        put_kinds(cells[3], data.deal_patent_kinds(r.a)[r.patent.place_a]);
        put_kinds(cells[4], data.deal_patent_kinds(r.b)[r.patent.place_b]);
        if (members) {
            join_carriers(data, *members, r.a, r.patent.place_a, cells[5]);
            join_carriers(data, *members, r.b, r.patent.place_b, cells[6]);
        }
    };
    return table;
}

}  // namespace patlap
