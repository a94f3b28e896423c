#pragma once
// Reads the fuzz input with UsptoJsonReader and aborts (a finding) when a record breaks what every record of the
// JSON readers must keep: a line of the input, and a usable record (no problem) with its assignors, assignees and
// properties; then calls `check` on each record for what the target's shape keeps.
#include "base/errors.h"
#include "input/uspto/uspto_json_reader.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

template <typename Check>
void read_json_and_check(const std::string& path, const std::uint8_t* data, std::size_t size, Check check) {
    const std::uint64_t lines = 1 + std::uint64_t(std::count(data, data + size, '\n'));
    try {
        patlap::UsptoJsonReader reader(std::make_unique<patlap::ByteSource>(path));
        patlap::AssignmentRecord record;
        while (reader.next(record)) {
            if (record.line < 1 || record.line > lines) std::abort();
            if (record.problem.empty() &&
                (record.assignors.empty() || record.assignees.empty() || record.properties.empty()))
                std::abort();
            check(reader.form(), record);
        }
    } catch (const patlap::InputError&) {
    }
}
