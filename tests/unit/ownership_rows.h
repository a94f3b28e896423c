#pragma once
// Test helper: loads transfer rows given as CSV text (without the header).
#include "input/transfer_loader.h"
#include "temp_file.h"

#include <string>

inline patlap::Dataset load_rows(const std::string& rows) {
    TempDir dir;
    return patlap::load_transfers({dir.write("in.csv", "deal,date,kind,from,to,patent\n" + rows)}, {});
}
