#pragma once
// The first record of the real daily file tests/fixtures/uspto/ad20160101.xml, field by field, as the XML reader
// and the PAD reader (on the tables derived from that file) must both give it. Not checked here: `kind` (the XML
// leaves it to the text, the PAD states it) and `line` (each source's own).
#include "input/uspto/assignment_record.h"

#include <catch2/catch.hpp>

inline void check_first_daily_record(const patlap::AssignmentRecord& r) {
    CHECK(r.reel == "37388");
    CHECK(r.frame == "92");
    CHECK(r.recorded == 20151230);
    CHECK(r.conveyance == "ASSIGNMENT OF ASSIGNORS INTEREST (SEE DOCUMENT FOR DETAILS).");
    REQUIRE(r.assignors.size() == 3);
    CHECK(r.assignors[0].name == "WEINSTEIN, DAMON");
    CHECK(r.assignors[0].date == 20060330);
    CHECK(r.assignors[1].name == "SEGALL, TIMOTHY R.");
    CHECK(r.assignors[1].date == 20060329);
    CHECK(r.assignors[2].name == "LAIOSA, VINCENT E.");
    CHECK(r.assignors[2].date == 20060329);
    REQUIRE(r.assignees.size() == 1);
    CHECK(r.assignees[0].name == "SOUNDBITE COMMUNICATIONS, INC.");  // not the correspondent's name
    CHECK(r.assignees[0].date == 0);
    REQUIRE(r.properties.size() == 1);
    CHECK(r.properties[0].application == "14678893");
    CHECK(r.properties[0].publication == "20150215460");
    CHECK(r.properties[0].grant == "9219817");
    CHECK(r.properties[0].country == "US");
    CHECK(r.problem.empty());
}
