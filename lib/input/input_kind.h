#pragma once
// What kind of input a file is, told from its content (never from its name alone): a transfer CSV, USPTO
// assignment XML or JSON, one table of the Patent Assignment Dataset, a zip archive of such files, or a snapshot
// (snapshot_reader.h).
#include <string_view>

namespace patlap {

enum class InputKind { transfer_csv, uspto_xml, pad_table, uspto_json, zip_archive, snapshot };

// From the first bytes of the (decompressed) input: a snapshot when they are its magic; a zip archive when they are
// a zip header (zip_archive.h); XML
// when the first thing after a byte-order mark and white space is `<`, JSON when it is `{` or `[`; a PAD table
// when the first line names an `rf_id` column; a transfer CSV otherwise (its reader then says what a header must
// hold).
InputKind input_kind_of(std::string_view head, char delimiter);

// Whether the first line of `head` names every column of a transfer CSV (required_columns), as a member of an
// archive must to be read as one: there, a file of no kind patlap reads is refused by name.
bool names_transfer_columns(std::string_view head, char delimiter);

// How many bytes input_kind_of needs at most.
inline constexpr std::size_t input_kind_head_bytes = 4096;

}  // namespace patlap
