#pragma once
// What a USPTO conveyance text says: the kind of transfer it records, and the earlier recorded conveyance it
// releases, corrects or moves ("RELEASE OF SECURITY INTEREST AT REEL/FRAME 049111/0583").
#include "model/transfer_kind.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace patlap {

// A recorded conveyance's place in the USPTO's records: reel and frame numbers.
struct ReelFrame {
    std::uint32_t reel = 0, frame = 0;
    friend bool operator==(const ReelFrame&, const ReelFrame&) = default;
};

// The deal id patlap gives a recorded conveyance: the reel, a slash, the frame in four digits ("37388/0092").
std::string deal_id_of(ReelFrame place);

// Reads reel and frame numbers as written ("037388", "92", "0092"): digits only, at most 9 of them; nullopt
// otherwise.
std::optional<std::uint32_t> parse_record_number(std::string_view text);

// The kind a conveyance text records, by these rules on its upper-cased words, the first that matches winning:
//  1. CORRECT..., CORRECTIVE, CORRECTION, RE-RECORD, RERECORD        -> correction
//  2. GOVERNMENT INTEREST (a licence to the government)              -> license
//  3. RELEASE..., TERMINATION, TERMINATE..., DISCHARGE, SATISFACTION -> release
//  4. SECURITY, MORTGAGE, COLLATERAL, PLEDGE, LIEN                   -> security
//  5. EMPLOYEE, EMPLOYMENT, EMPLOYER                                 -> employer
//  6. MERGER, MERGE, MERGED                                          -> merger
//  7. CHANGE OF NAME, NAME CHANGE                                    -> name-change
//  8. LICENSE..., LICENCE..., LICENSING                              -> license
//  9. ASSIGNMENT, ASSIGNMENTS, ASSIGN, ASSIGNS, TRANSFER..., NUNC PRO TUNC -> assignment
// 10. anything else, and an empty text                               -> other
// Words are runs of letters (and hyphens inside them); a rule word ending in "..." matches any word it begins.
TransferKind kind_of_conveyance(std::string_view text);

// The earlier record a conveyance text names, in any of the forms the USPTO writes: "REEL/FRAME 049111/0583",
// "REEL/FRAME: 049111/0583", "REEL/FRAME NO. 49107/0392", "REEL: 047305 FRAME: 0442", "REEL 12345, FRAME 0123",
// "REEL 048818/FRAME 0520". The first one named wins.
std::optional<ReelFrame> reel_frame_named_in(std::string_view text);

}  // namespace patlap
