#include "output/flow_report.h"

#include "output/cell_format.h"

namespace patlap {
namespace {

constexpr std::string_view step_separator = " > ";

}  // namespace

Table flow_table(const Dataset& data, const FlowResult& flows) {
    Table table;
    table.columns = {{"patent"}, list_column(text_column("path"), step_separator), date_column("first_date"),
                     date_column("last_date"), list_column({"deals"}, step_separator)};
    table.row_count = flows.paths.size();
    table.fill_row = [&data, &flows](std::size_t row, Cells& cells) {
        const FlowPath& path = flows.paths[row];
        auto steps = flows.steps_of(path);
        cells[0] = data.patent_name(path.patent);
        cells[1] = data.party_name(data.transfers[steps.front()].from);
        cells[4].clear();
        for (std::uint32_t step : steps) {
            cells[1] += step_separator;
            cells[1] += data.party_name(data.transfers[step].to);
            if (!cells[4].empty()) cells[4] += step_separator;
            cells[4] += data.deal_name(data.transfers[step].deal);
        }
        put_date(cells[2], data.transfers[steps.front()].date);
        put_date(cells[3], data.transfers[steps.back()].date);
    };
    return table;
}

Table flow_summary_table(const Dataset& data, const std::vector<FlowRoute>& routes) {
    Table table;
    table.columns = {list_column(text_column("path"), step_separator), {"patents", CellType::integer},
                     date_column("first_date"), date_column("last_date")};
    table.row_count = routes.size();
    table.fill_row = [&data, &routes](std::size_t row, Cells& cells) {
        const FlowRoute& route = routes[row];
        cells[0].clear();
        for (PartyId party : route.parties) {
            if (!cells[0].empty()) cells[0] += step_separator;
            cells[0] += data.party_name(party);
        }
        put_integer(cells[1], route.patents);
        put_date(cells[2], route.first_date);
        put_date(cells[3], route.last_date);
    };
    return table;
}

}  // namespace patlap
