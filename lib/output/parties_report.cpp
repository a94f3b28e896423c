#include "output/parties_report.h"

#include "output/cell_format.h"

namespace patlap {
namespace {

constexpr std::string_view spelling_separator = "; ";

}  // namespace

Table parties_table(const Dataset& data, const std::vector<PartySummary>& parties,
                    std::shared_ptr<const PartySpellings> spellings) {
    Table table;
    table.columns = {text_column("party"),
                     text_column("key"),
                     list_column(text_column("spellings"), spelling_separator),
                     {"deals", CellType::integer},
                     {"patents_in", CellType::integer},
                     {"patents_out", CellType::integer},
                     {"patents_held", CellType::integer},
                     {"patents_held_inferred", CellType::integer}};
    table.row_count = parties.size();
    table.fill_row = [&data, &parties, spellings](std::size_t row, Cells& cells) {
        const PartySummary& summary = parties[row];
        cells[0] = data.party_name(summary.party);
        cells[1] = data.party_key(summary.party);
        std::string& list = cells[2];
        list.clear();
        std::string count;
        for (StringId spelling : spellings->of(summary.party)) {
            if (!list.empty()) list += spelling_separator;
            list += data.spellings.str(spelling);
            put_integer(count, data.spelling_count[spelling]);
            (list += " (") += count;
            list += ')';
        }
        put_integer(cells[3], summary.deals);
        put_integer(cells[4], summary.patents_in);
        put_integer(cells[5], summary.patents_out);
        put_integer(cells[6], summary.patents_held);
        put_integer(cells[7], summary.patents_held_inferred);
    };
    return table;
}

Table suggestions_table(const Dataset& data, const std::vector<MergeSuggestion>& suggestions) {
    Table table;
    table.columns = {text_column("party_a"), text_column("party_b"), {"score", CellType::decimal}, text_column("reason")};
    table.row_count = suggestions.size();
    table.fill_row = [&data, &suggestions](std::size_t row, Cells& cells) {
        const MergeSuggestion& suggestion = suggestions[row];
        cells[0] = data.party_name(suggestion.a);
        cells[1] = data.party_name(suggestion.b);
        put_decimal(cells[2], suggestion.score, 3);
        cells[3] = suggestion.reason;
    };
    return table;
}

}  // namespace patlap
