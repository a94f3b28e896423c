#pragma once
// Writes a Table as an aligned text table, CSV, TSV, JSON or JSON Lines.
#include "output/table.h"

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace patlap {

enum class OutputFormat { table, csv, tsv, json, jsonl };

std::optional<OutputFormat> parse_output_format(std::string_view name);

struct WriteOptions {
    OutputFormat format = OutputFormat::csv;
    bool header = true;      // csv, tsv and table: print the column names first
    // table: fit this many screen columns (0: no limit): free-text columns are shortened, the widest first, then
    // columns hidden from the right; columns empty on every row are left out whatever the width.
    std::size_t width = 0;
    std::vector<std::string>* hidden_columns = nullptr;  // table: where to say which columns were hidden to fit
    // csv and tsv: a text cell that a spreadsheet would take for a formula (see starts_like_formula) gets a
    // leading apostrophe, so that opening the report never runs a formula written into the data (CWE-1236).
    // Number columns are never changed.
    bool excel_safe = false;
    // Threads that format rows (the calling thread writes them); 1: the calling thread does it all.
    unsigned threads = 2;
};

// True when a spreadsheet could read the cell as a formula: it starts with =, +, -, @, a tab or a carriage return
// (OWASP's list for CSV injection).
bool starts_like_formula(std::string_view cell);

// Appends `s` as a JSON string literal: quoted and escaped, with bytes that are not UTF-8 replaced by U+FFFD.
void append_json_string(std::string& out, std::string_view s);

// Writes to `out`. Returns 0, or the errno of the first write that failed: EPIPE when the reader of a pipe went
// away, ENOSPC for a full disk, ... No more is written (or formatted) after a failure.
int write_table(std::FILE* out, const Table& table, const WriteOptions& options);

}  // namespace patlap
