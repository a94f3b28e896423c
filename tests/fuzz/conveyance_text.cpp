// Fuzz target: the readers of USPTO text: the kind a conveyance text records, the reel/frame it names, and the
// role qualifier cut from a party name. Besides crashes, it checks that a named reel/frame reads back from the
// deal id made of it, and that a role split leaves a non-empty name that begins the original.
// fuzz-seeds: tests/fixtures/uspto/conveyance-texts.csv
// fuzz-seed-fields: yes
// fuzz-max-len: 512
#include "input/uspto/conveyance_text.h"
#include "model/party_name.h"

#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    patlap::TransferKind kind = patlap::kind_of_conveyance(text);
    if (std::size_t(kind) >= patlap::transfer_kind_count) std::abort();
    if (auto place = patlap::reel_frame_named_in(text)) {
        std::string id = patlap::deal_id_of(*place);
        if (patlap::reel_frame_named_in("REEL/FRAME " + id) != place) std::abort();
    }
    patlap::NameAndRole split = patlap::split_role(text);
    if (split.name.empty() && !text.empty()) std::abort();
    if (text.substr(0, split.name.size()) != split.name) std::abort();
    if (!split.role.empty() && text.find(split.role) == std::string_view::npos) std::abort();
    return 0;
}
