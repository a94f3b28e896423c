#include "output/check_report.h"

#include "output/cell_format.h"

namespace patlap {

Table check_table(const Dataset& data, const CheckResult& result) {
    Table table;
    table.columns = {{"severity"}, {"code"}, {"file"}, {"line", CellType::integer}, nullable({"deal"}),
                     nullable({"patent"}), text_column("message")};
    table.row_count = result.problems.size();
    table.fill_row = [&data, &result](std::size_t row, Cells& cells) {
        const Problem& p = result.problems[row];
        cells[0] = severity_name(severity_of(p.code));
        cells[1] = code_name(p.code);
        cells[2] = data.files[p.file];
        put_integer(cells[3], p.line);
        cells[4] = data.deal_name(p.deal);
        cells[5] = data.patent_name(p.patent);
        cells[6] = p.message;
    };
    return table;
}

Table check_by_deal_table(const Dataset& data, const CheckResult& result, const std::vector<DealProblems>& rows) {
    Table table;
    table.columns = {{"severity"}, {"code"}, {"file"}, {"line", CellType::integer}, nullable({"deal"}),
                     {"patents", CellType::integer}, nullable({"first_patent"}), text_column("message")};
    table.row_count = rows.size();
    table.fill_row = [&data, &result, &rows](std::size_t row, Cells& cells) {
        const DealProblems& r = rows[row];
        const Problem& first = result.problems[r.first];
        cells[0] = severity_name(severity_of(r.code));
        cells[1] = code_name(r.code);
        cells[2] = data.files[r.file];
        put_integer(cells[3], r.line);
        cells[4] = data.deal_name(r.deal);
        put_integer(cells[5], r.patents);
        cells[6] = data.patent_name(first.patent);
        cells[7] = first.message;
    };
    return table;
}

}  // namespace patlap
