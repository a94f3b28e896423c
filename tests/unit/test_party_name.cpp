#include "model/legal_forms.h"
#include "model/party_name.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using patlap::party_key;

static std::string key_of(std::string_view name) {
    std::string key;
    REQUIRE(party_key(name, key));
    return key;
}

TEST_CASE("spellings of one company share a key", "[party]") {
    CHECK(key_of("Nokia Corporation") == "NOKIA");
    CHECK(key_of("NOKIA CORP.") == "NOKIA");
    CHECK(key_of("Nokia Oyj") == "NOKIA");
    CHECK(key_of("  nokia   corp ") == "NOKIA");
    CHECK(key_of("Xiaomi, Inc.") == "XIAOMI");
    CHECK(key_of("International Business Machines Corporation") == "INTERNATIONAL BUSINESS MACHINES");
}

TEST_CASE("stacked legal forms go, one after another", "[party]") {
    CHECK(key_of("Beijing Xiaomi Mobile Software Co., Ltd.") == "BEIJING XIAOMI MOBILE SOFTWARE");
    CHECK(key_of("Siemens GmbH & Co. KG") == "SIEMENS");
    CHECK(key_of("Toshiba Kabushiki Kaisha") == "TOSHIBA");
    CHECK(key_of("ACME L.L.C.") == "ACME");
    CHECK(key_of("Philips N.V.") == "PHILIPS");
}

TEST_CASE("a legal form in the middle or at the start of a name stays", "[party]") {
    CHECK(key_of("The Company Store Inc") == "THE COMPANY STORE");
    CHECK(key_of("Kabushiki Kaisha Toshiba") == "KABUSHIKI KAISHA TOSHIBA");
    CHECK(key_of("Corporation for National Research Initiatives") == "CORPORATION FOR NATIONAL RESEARCH INITIATIVES");
    CHECK(key_of("Inc Research LLC") == "INC RESEARCH");
}

TEST_CASE("a name that is only a legal form keeps one word", "[party]") {
    CHECK(key_of("Company") == "COMPANY");
    CHECK(key_of("Co., Ltd.") == "CO");
}

TEST_CASE("initials join: U.S. and US are one", "[party]") {
    CHECK(key_of("U.S. Well Services, LLC") == "US WELL SERVICES");
    CHECK(key_of("US WELL SERVICES LLC") == "US WELL SERVICES");
    CHECK(key_of("U.S.A. Holdings") == "USA HOLDINGS");
    CHECK(key_of("Smith, John A.") == "SMITH JOHN A");
    CHECK(key_of("J.P. Morgan Chase Bank, N.A.") == "JP MORGAN CHASE BANK NA");
}

TEST_CASE("punctuation folds to spaces, apostrophes vanish", "[party]") {
    CHECK(key_of("AT&T Intellectual Property I, L.P.") == "AT T INTELLECTUAL PROPERTY I");
    CHECK(key_of("McDonald's Corp") == "MCDONALDS");
    CHECK(key_of("Hewlett-Packard Development Company, L.P.") == "HEWLETT PACKARD DEVELOPMENT");
}

TEST_CASE("accented Latin letters fold to their plain letters, other UTF-8 is kept", "[party]") {
    CHECK(key_of("Société Générale S.A.") == "SOCIETE GENERALE");
    CHECK(key_of("SOCIÉTÉ GÉNÉRALE SA") == "SOCIETE GENERALE");
    CHECK(key_of("SOCIETE GENERALE SA") == "SOCIETE GENERALE");
    CHECK(key_of("HÖGSTEDT, CHRISTIAN") == "HOGSTEDT CHRISTIAN");
    CHECK(key_of("Straße Weiß GmbH") == "STRASSE WEISS");
    CHECK(key_of("Łódź Øresund Æble Œuvre") == "LODZ ORESUND AEBLE OEUVRE");
    CHECK(key_of("É.T. Ltd") == "ET");  // an accented initial joins up like any other
    CHECK(key_of("5 × 4 Inc") == "5 × 4");  // a sign is not a letter
    CHECK(key_of("小米科技有限责任公司") == "小米科技有限责任公司");
}

TEST_CASE("a name with no letters or digits is rejected", "[party]") {
    std::string key;
    CHECK_FALSE(party_key("", key));
    CHECK_FALSE(party_key(" -- , . ", key));
}

TEST_CASE("legal forms of several words go as one", "[party]") {
    CHECK(key_of("Vodafone Group Public Limited Company") == "VODAFONE GROUP");
    CHECK(key_of("VODAFONE GROUP PLC") == "VODAFONE GROUP");
    CHECK(key_of("Thales Société Anonyme") == "THALES");
    CHECK(key_of("THALES S.A.") == "THALES");
    CHECK(key_of("Telefonaktiebolaget LM Ericsson (publ)") == "TELEFONAKTIEBOLAGET LM ERICSSON");
    CHECK(key_of("Acme Limited Liability Company") == "ACME");
    CHECK(key_of("Philips Naamloze Vennootschap") == "PHILIPS");
    CHECK(key_of("Yugen Kaisha") == "YUGEN KAISHA");  // nothing before the form: kept
    CHECK(key_of("Public Limited Company Holdings") == "PUBLIC LIMITED COMPANY HOLDINGS");
}

TEST_CASE("role qualifiers are cut from the name and kept as a role", "[party]") {
    using patlap::split_role;
    auto role = split_role("BANK OF AMERICA, N.A., AS ADMINISTRATIVE AGENT");
    CHECK(role.name == "BANK OF AMERICA, N.A.");
    CHECK(role.role == "AS ADMINISTRATIVE AGENT");
    // misspelt in the source, and still a role: AGENT is the role word
    CHECK(split_role("U.S. BANK NATIONAL ASSOCIATION, AS ADMINSTRATIVE AGENT").name == "U.S. BANK NATIONAL ASSOCIATION");
    CHECK(split_role("Wilmington Trust, National Association, as Collateral Trustee").role == "as Collateral Trustee");
    CHECK(split_role("JPMORGAN CHASE BANK, N.A., IN ITS CAPACITY AS AGENT").name == "JPMORGAN CHASE BANK, N.A.");
    CHECK(split_role("JPMORGAN CHASE BANK, N.A., IN ITS CAPACITY AS AGENT").role == "AS AGENT");
    CHECK(split_role("CLMG CORP. (AS AGENT)").name == "CLMG CORP.");
    CHECK(split_role("CLMG CORP. (AS AGENT)").role == "AS AGENT");
    // no role: AS as a legal form, AS inside a word, AS without a role word after it
    CHECK(split_role("NORSK HYDRO AS").role.empty());
    CHECK(split_role("TEXAS INSTRUMENTS").role.empty());
    CHECK(split_role("KNOWN AS ACME").role.empty());
    CHECK(split_role("AS AGENT").name == "AS AGENT");  // nothing before the role: keep the name whole

    CHECK(key_of("BANK OF AMERICA, N.A., AS ADMINISTRATIVE AGENT") == key_of("Bank of America N.A."));
    CHECK(key_of("U.S. BANK NATIONAL ASSOCIATION, AS ADMINSTRATIVE AGENT") == "US BANK NATIONAL ASSOCIATION");
}

TEST_CASE("real name variants from USPTO records share a key", "[party]") {
    CHECK(key_of("US WELL SERVICES LLC") == key_of("U.S. WELL SERVICES, LLC"));
    CHECK(key_of("US WELL SERVICES, LLC.") == key_of("U.S. WELL SERVICES, LLC"));
    CHECK(key_of("BOREALIS AG") == key_of("BOREALIS A.G."));
    CHECK(key_of("NYTELL SOFTWARE LLC.") == key_of("NYTELL SOFTWARE LLC"));
}

// Found by the fuzz target party_name (tests/fuzz/regressions/party_name/c3-then-backquote): a lone 0xC3 byte took
// the next byte with it as if it were a Latin-1 letter, so ASCII punctuation reached the key and a key was not
// its own key.
TEST_CASE("a lone 0xC3 byte does not carry punctuation into the key", "[party]") {
    CHECK(key_of("E\xC3`") == "E\xC3");
    CHECK(key_of("A\xC3  Inc") == "A\xC3");
    CHECK(key_of(key_of("E\xC3`")) == key_of("E\xC3`"));
}

// Found by the fuzz target party_name in CI (tests/fuzz/regressions/party_name/role-after-control-character): the
// role was looked for in the name as written, where `AS` before a control character was no word, but the key has a
// space there, so the key of the key cut a role the first key kept. The role is now cut from the key's own words.
TEST_CASE("a role behind punctuation is cut from the key, which stays its own key", "[party]") {
    std::string name("ATION.. AS\x06 COLM\0LATERAL AGENT\"", 31);
    CHECK(key_of(name) == "ATION");
    CHECK(key_of(key_of(name)) == key_of(name));
    CHECK(key_of("ACME BANK, AS COLLATERAL-AGENT") == "ACME BANK");
    CHECK(key_of("ACME BANK IN ITS CAPACITY AS AGENT") == "ACME BANK");
    CHECK(key_of("ACME BANK, SOLELY AS TRUSTEE") == "ACME BANK");
    CHECK(key_of("AS AGENT") == "AS AGENT");  // no word would remain
}

// The words the manual lists, read from it, so that the list cannot drift from the code again: AKTIEBOLAG was
// listed but not stripped, and `Nordic Robotics AB` and `Nordic Robotics Aktiebolag` were two parties.
static std::set<std::string> documented_legal_forms(const char* list_label) {
    std::ifstream doc(PATLAP_PARTY_KEY_DOC);
    REQUIRE(doc);
    std::stringstream text;
    text << doc.rdbuf();
    std::string all = text.str();
    std::size_t at = all.find(list_label);
    REQUIRE(at != std::string::npos);
    std::size_t end = all.find_first_of(";.", at);  // the list ends at its first semicolon or full stop
    REQUIRE(end != std::string::npos);
    std::string list = all.substr(at + std::string(list_label).size(), end - at - std::string(list_label).size());
    std::set<std::string> words;
    std::regex form("[A-Z]+( [A-Z]+)*");
    for (auto it = std::sregex_iterator(list.begin(), list.end(), form); it != std::sregex_iterator(); ++it)
        words.insert(it->str());
    return words;
}

TEST_CASE("every one-word legal form the manual lists is stripped, and the list is the code's", "[party]") {
    std::set<std::string> documented = documented_legal_forms("- one word:");
    std::set<std::string> coded(patlap::legal_form_words().begin(), patlap::legal_form_words().end());
    CHECK(documented == coded);
    for (const std::string& word : documented) {
        INFO(word);
        CHECK(key_of("Nordic Robotics " + word) == "NORDIC ROBOTICS");
        CHECK(patlap::is_legal_form_word(word));
    }
    CHECK(key_of("Nordic Robotics Aktiebolag") == key_of("Nordic Robotics AB"));
}

TEST_CASE("every several-word legal form the manual lists is stripped as one", "[party]") {
    std::set<std::string> documented = documented_legal_forms("- several words, stripped as one:");
    std::set<std::string> coded(patlap::multi_word_legal_forms().begin(), patlap::multi_word_legal_forms().end());
    CHECK(documented == coded);
    for (const std::string& form : documented) {
        INFO(form);
        CHECK(key_of("Nordic Robotics " + form) == "NORDIC ROBOTICS");
    }
}
