#include "input/input_kind.h"

#include <catch2/catch.hpp>
#include <string>

using namespace patlap;

TEST_CASE("the kind of an input is told by its first bytes", "[input_kind]") {
    CHECK(input_kind_of(std::string("PK\x03\x04\x14\x00", 6), ',') == InputKind::zip_archive);
    CHECK(input_kind_of(std::string("PK\x05\x06", 4) + std::string(18, '\0'), ',') == InputKind::zip_archive);
    CHECK(input_kind_of("PK,deal,date\n", ',') == InputKind::transfer_csv);
    CHECK(input_kind_of("\xEF\xBB\xBF  <?xml version=\"1.0\"?>", ',') == InputKind::uspto_xml);
    CHECK(input_kind_of("\n  {\"status\": \"Success\"}", ',') == InputKind::uspto_json);
    CHECK(input_kind_of("[{\"count\": 1}]", ',') == InputKind::uspto_json);
    CHECK(input_kind_of("\"rf_id\",reel_no,frame_no\n", ',') == InputKind::pad_table);
    CHECK(input_kind_of("deal,date,kind,from,to,patent\n", ',') == InputKind::transfer_csv);
    CHECK(input_kind_of("", ',') == InputKind::transfer_csv);
}

TEST_CASE("names_transfer_columns: the first line names all six columns, in any order and case", "[input_kind]") {
    CHECK(names_transfer_columns("deal,date,kind,from,to,patent\nD1,...", ','));
    CHECK(names_transfer_columns("\xEF\xBB\xBF\"Patent\"\t TO \tfrom\tkind\tdate\tdeal\tnote", '\t'));
    CHECK_FALSE(names_transfer_columns("deal,date,kind,from,to\n", ','));
    CHECK_FALSE(names_transfer_columns("About these files\n", ','));
    CHECK_FALSE(names_transfer_columns("", ','));
}
