#pragma once
// Test helper: all that the loader takes from a file's row batches, as text, so that two ways of reading one file
// can be compared: a line per row (its line number, then its fields or what is wrong with it), and the error that
// ended the reading.
#include "base/errors.h"
#include "input/csv/transfer_rows.h"

#include <stdexcept>
#include <string>

inline std::string row_batches_text(const std::string& path, const patlap::LoadOptions& options,
                                    const patlap::RowReading& how) {
    std::string out, deal;
    try {
        auto batches = patlap::read_row_batches(path, options, nullptr, how);
        while (patlap::RowBatch* batch = batches->next()) {
            std::size_t next_start = 0;
            for (std::uint32_t i = 0; i < batch->rows.size(); ++i) {
                const patlap::ParsedRow& row = batch->rows[i];
                out += std::to_string(batch->line_of(row)) + ": ";
                if (row.bad) {
                    out += "bad: ";
                    out += batch->view(row.problem);
                } else {
                    if (row.new_deal) {
                        const patlap::DealStart& start = batch->deal_starts.at(next_start++);
                        if (start.row != i) throw std::logic_error("a deal start for another row");
                        deal = batch->view(start.text);
                    }
                    out += deal + " | " + std::to_string(row.date) + " | " + std::to_string(int(row.kind)) + " | ";
                    out += batch->view(row.patent);
                    out += " | ";
                    out += batch->view(row.from);
                    out += " | ";
                    out += batch->view(row.to);
                }
                out += '\n';
            }
            bool last = batch->last;
            if (batch->failure) std::rethrow_exception(batch->failure);
            batches->recycle(batch);
            if (last) break;
        }
    } catch (const patlap::InputError& error) {
        out += std::string("error: ") + error.what() + "\n";
    }
    return out;
}
