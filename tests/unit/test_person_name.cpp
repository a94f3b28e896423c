#include "model/person_name.h"

#include <catch2/catch.hpp>

using patlap::looks_like_person;

TEST_CASE("inventors as USPTO records write them are people", "[person]") {
    for (const char* name : {"WEINSTEIN, DAMON", "SEGALL, TIMOTHY R.", "DIETZ, ALBERT G, III", "DAMIANO, JOHN, JR",
                             "HÖGSTEDT, CHRISTIAN", "ST. LORANT, MISHA H.", "AL-HAJ ALI, MOHAMMAD", "FENG, HAO ",
                             "OEHRING, JARED, MR", "KROLL, KARL J.F.", "SVITLANA TYEKUCHEVA", "Jane Doe",
                             "NA, KYUNG", "LAW, JOHN"}) {
        INFO(name);
        CHECK(looks_like_person(name));
    }
}

TEST_CASE("companies, institutions and agents are not people", "[person]") {
    for (const char* name :
         {"SOUNDBITE COMMUNICATIONS, INC.", "U.S. WELL SERVICES, LLC", "WELLS FARGO BANK, N.A.",
          "NATIONAL CHIAO TUNG UNIVERSITY", "CENTRE NATIONAL DE LA RECHERCHE SCIENTIFIQUE",
          "L'UNIVERSITE PIERRE ET MARIE CURIE", "GANZ LAW, P.C.", "BMO HARRIS BANK N.A., AS ADMINISTRATIVE AGENT",
          "DUBINSHIRE LTD., LLC", "INTELLECTUAL VENTURES FUND 69 LLC", "TOYOTA MOTOR ENGINEERING & MANUFACTURING NORTH AMERICA, INC.",
          "THE BRIGHAM AND WOMEN'S HOSPITAL, INC.", "DANA-FARBER CANCER INSTITUTE, INC.", "GOOGLE", "SEARETE LLC",
          "Kabushiki Kaisha Toshiba", "SMITH, JOHN, AS TRUSTEE", "ONE TWO THREE FOUR"}) {
        INFO(name);
        CHECK_FALSE(looks_like_person(name));
    }
}

TEST_CASE("the organisation words are sorted, upper case and no legal form", "[person]") {
    auto words = patlap::organisation_words();
    CHECK(std::is_sorted(words.begin(), words.end()));
    for (std::string_view word : words) {
        INFO(word);
        CHECK(word.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string_view::npos);
        CHECK_FALSE(looks_like_person(std::string("SMITH, ANN ") + std::string(word)));
    }
}
