#include "input/byte_source.h"
#include "input/uspto/conveyance_text.h"
#include "input/csv/csv_reader.h"

#include <catch2/catch.hpp>
#include <string>

using namespace patlap;

TEST_CASE("every conveyance text of the vocabulary maps to its kind", "[conveyance]") {
    // Real USPTO conveyance texts with the kind each must map to (tests/fixtures/uspto/SOURCE.md).
    ByteSource source(std::string(PATLAP_FIXTURES) + "/uspto/conveyance-texts.csv");
    CsvReader reader(source, ',');
    CsvRecord record;
    REQUIRE(reader.next(record));  // header: text, kind, why
    REQUIRE(record.fields[0] == "text");
    int checked = 0;
    while (reader.next(record)) {
        std::string text(record.fields[0]);
        auto expected = parse_transfer_kind(record.fields[1]);
        REQUIRE(expected);
        INFO("line " << record.line << ": " << text);
        CHECK(kind_name(kind_of_conveyance(text)) == kind_name(*expected));
        ++checked;
    }
    CHECK(checked == 34);
}

TEST_CASE("conveyance keyword rules: order and word boundaries", "[conveyance]") {
    CHECK(kind_of_conveyance("corrective assignment to correct the assignee") == TransferKind::correction);
    CHECK(kind_of_conveyance("SECURITY AGREEMENT") == TransferKind::security);
    CHECK(kind_of_conveyance("RELEASE OF SECURITY INTEREST") == TransferKind::release);  // release before security
    CHECK(kind_of_conveyance("MERGER AND CHANGE OF NAME") == TransferKind::merger);     // merger before name change
    CHECK(kind_of_conveyance("NAME CHANGE") == TransferKind::name_change);
    CHECK(kind_of_conveyance("CHANGE OF ADDRESS") == TransferKind::other);
    CHECK(kind_of_conveyance("REASSIGNMENT") == TransferKind::other);  // whole words only
    CHECK(kind_of_conveyance("LICENSE AGREEMENT") == TransferKind::license);
    CHECK(kind_of_conveyance("EXCLUSIVE LICENCE") == TransferKind::license);
    CHECK(kind_of_conveyance("") == TransferKind::other);
}

TEST_CASE("the reel/frame a conveyance text names", "[conveyance]") {
    CHECK(reel_frame_named_in("RELEASE OF SECURITY INTEREST AT REEL/FRAME 049111/0583") == ReelFrame{49111, 583});
    CHECK(reel_frame_named_in("RELEASE OF SECURITY INTEREST RECORDED AT REEL/FRAME: 048811/0679") ==
          ReelFrame{48811, 679});
    CHECK(reel_frame_named_in("CORRECTIVE ASSIGNMENT TO CORRECT THE ASSIGNEE NAME PREVIOUSLY RECORDED AT REEL: 047305 "
                              "FRAME: 0442. ASSIGNOR(S) HEREBY CONFIRMS THE ASSIGNMENT") == ReelFrame{47305, 442});
    CHECK(reel_frame_named_in("PREVIOUSLY RECORDED ON REEL 012345, FRAME 0123") == ReelFrame{12345, 123});
    // forms seen in the US 8,789,601 chain
    CHECK(reel_frame_named_in("TERMINATION AND RELEASE OF PATENT SECURITY AGREEMENT RECORDED AT REEL 048818/FRAME 0520") ==
          ReelFrame{48818, 520});
    CHECK(reel_frame_named_in("RELEASE OF SECURITY INTEREST AT REEL/FRAME NO. 49107/0392") == ReelFrame{49107, 392});
    CHECK(reel_frame_named_in("reel/frame 1/2 and REEL/FRAME 3/4") == ReelFrame{1, 2});  // the first one named
    CHECK_FALSE(reel_frame_named_in("SECURITY INTEREST (SEE DOCUMENT FOR DETAILS)."));
    CHECK_FALSE(reel_frame_named_in("REEL/FRAME"));
    CHECK_FALSE(reel_frame_named_in("REEL: 12345"));
    CHECK_FALSE(reel_frame_named_in("REEL/FRAME 1234567890/0001"));  // too many digits
}

TEST_CASE("deal ids of recorded conveyances", "[conveyance]") {
    CHECK(deal_id_of({37388, 92}) == "37388/0092");
    CHECK(deal_id_of({57434, 429}) == "57434/0429");
    CHECK(deal_id_of({12, 12345}) == "12/12345");
    CHECK(parse_record_number("037388") == 37388u);
    CHECK_FALSE(parse_record_number(""));
    CHECK_FALSE(parse_record_number("12a"));
    CHECK_FALSE(parse_record_number("1234567890"));
}
