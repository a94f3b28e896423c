// Fuzz target: an Open Data Portal assignment response (JSON, either shape) to the loader (told from the other
// inputs by its content), strictly and then with --skip-bad-rows, and to UsptoJsonReader itself. Besides crashes,
// it checks that every row read is accounted for (load_check.h), that each record is on a line of the input and a
// usable one has every part (json_check.h), and that a Portal record has at most one property, its application's.
// fuzz-seeds: tests/fixtures/uspto/odp/*.json
// fuzz-dict: tests/fuzz/json.dict
// fuzz-max-len: 16384
#include "json_check.h"
#include "load_check.h"
#include "memory_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static MemoryFile file("assignment.json");
    const std::string& path = file.write(data, size);
    load_and_check({path});
    read_json_and_check(path, data, size, [](patlap::UsptoJsonReader::Form form, const patlap::AssignmentRecord& record) {
        if (form == patlap::UsptoJsonReader::Form::open_data_portal &&
            (record.properties.size() > 1 || record.stated_properties))
            std::abort();
    });
    return 0;
}
