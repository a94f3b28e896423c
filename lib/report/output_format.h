#pragma once
// Writes a Table as an aligned text table, CSV, TSV, JSON or JSON Lines.
#include "report/table.h"

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace patlap {

enum class OutputFormat { table, csv, tsv, json, jsonl };

std::optional<OutputFormat> parse_output_format(std::string_view name);

struct WriteOptions {
    OutputFormat format = OutputFormat::csv;
    bool header = true;      // csv, tsv and table: print the column names first
    std::size_t width = 0;   // table: shorten the widest text columns to fit this many columns (0: no limit)
};

// Appends `s` as a JSON string literal: quoted and escaped, with bytes that are not UTF-8 replaced by U+FFFD.
void append_json_string(std::string& out, std::string_view s);

// Writes to `out`; returns false when a write failed (for example a full disk).
bool write_table(std::FILE* out, const Table& table, const WriteOptions& options);

}  // namespace patlap
