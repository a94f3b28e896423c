#pragma once
// What kind of input a file is, told from its content (never from its name alone): a transfer CSV, USPTO
// assignment XML, or one table of the Patent Assignment Dataset.
#include <string_view>

namespace patlap {

enum class InputKind { transfer_csv, uspto_xml, pad_table };

// From the first bytes of the (decompressed) input: XML when the first thing after a byte-order mark and white
// space is `<`; a PAD table when the first line names an `rf_id` column; a transfer CSV otherwise (its reader
// then says what a header must hold).
InputKind input_kind_of(std::string_view head, char delimiter);

// How many bytes input_kind_of needs at most.
inline constexpr std::size_t input_kind_head_bytes = 4096;

}  // namespace patlap
