// Fuzz target: an Assignment Center search response (JSON) to the loader (told from the other inputs by its
// content), strictly and then with --skip-bad-rows, and to UsptoJsonReader itself. Besides crashes, it checks that
// every row read is accounted for (load_check.h), that each record is on a line of the input and a usable one has
// every part (json_check.h), and that an assignee carries no date (the service gives none).
// fuzz-seeds: tests/fixtures/uspto/assignment-center/ac_v2_search_patent_10000000.json tests/fixtures/uspto/assignment-center/ac_v2_search_reelframe_58293-75.json tests/fixtures/uspto/assignment-center/ac_v2_search_application_16136935.json tests/fixtures/uspto/assignment-center/ac_v2_search_assignee_Google_conveyance_SECURITY.json
// fuzz-dict: tests/fuzz/json.dict
// fuzz-max-len: 16384
#include "json_check.h"
#include "load_check.h"
#include "memory_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static MemoryFile file("response.json");
    const std::string& path = file.write(data, size);
    load_and_check({path});
    read_json_and_check(path, data, size, [](patlap::UsptoJsonReader::Form, const patlap::AssignmentRecord& record) {
        for (const patlap::AssignmentParty& assignee : record.assignees)
            if (assignee.date != 0) std::abort();
    });
    return 0;
}
