#include "base/errors.h"
#include "input/transfer_loader.h"
#include "temp_file.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <filesystem>
#include <map>
#include <set>

using namespace patlap;

namespace {

Dataset load_text(std::string_view text, bool skip = false, const std::string& name = "in.csv") {
    TempDir dir;
    LoadOptions options;
    options.skip_bad_rows = skip;
    return load_transfers({dir.write(name, text)}, options);
}

// The error message for loading `text`, as "LINE: message".
std::string load_error(std::string_view text) {
    try {
        load_text(text);
    } catch (const InputError& e) {
        return std::to_string(e.line()) + ": " + e.message();
    }
    return "no error";
}

const char* header = "deal,date,kind,from,to,patent\n";

}  // namespace

TEST_CASE("columns are matched by name in any order; extra columns are ignored", "[loader]") {
    Dataset data = load_text("Patent,note,TO,from,kind,date,deal\n\"US 7,123,456 B2\",x,Microsoft Corp.,Nokia Oyj,"
                             "Assignment,20140425,D1\n");
    REQUIRE(data.transfers.size() == 1);
    const Transfer& t = data.transfers[0];
    CHECK(data.patent_name(t.patent) == "US7123456");
    CHECK(data.party_name(t.from) == "Nokia Oyj");
    CHECK(data.party_key(t.to) == "MICROSOFT");
    CHECK(t.kind == TransferKind::assignment);
    CHECK(t.date == 20140425);
    CHECK(data.deal_name(t.deal) == "D1");
    CHECK(t.line == 2);
}

TEST_CASE("spellings of one party are one party, shown by its most frequent spelling", "[loader]") {
    Dataset data = load_text(std::string(header) +
                             "D1,2014-01-01,assignment,Nokia Corporation,Microsoft Corp,US1\n"
                             "D1,2014-01-01,assignment,NOKIA CORP.,Microsoft Corp,US2\n"
                             "D2,2015-01-01,license,NOKIA CORP.,Apple Inc.,US1\n"
                             "D3,2015-01-01,license,Nokia Oyj,Apple Inc.,US3\n");
    CHECK(data.parties.size() == 3);
    PartyId nokia = data.parties.find("NOKIA");
    REQUIRE(nokia != StringPool::npos);
    CHECK(data.party_name(nokia) == "NOKIA CORP.");
    CHECK(data.spellings.size() == 5);
}

TEST_CASE("exact duplicate rows are kept once and reported", "[loader]") {
    Dataset data = load_text(std::string(header) +
                             "D1,2014-01-01,assignment,A Corp,B Inc,US1\n"
                             "D1,2014-01-01,assignment,A Corp,B Inc,US1\n"
                             "D1,20140101,ASSIGNMENT,A Corporation,B Inc.,US 1\n"   // same after normalising
                             "D1,2014-01-01,license,A Corp,B Inc,US1\n");           // differs in kind
    CHECK(data.load.rows_read == 4);
    CHECK(data.transfers.size() == 2);
    REQUIRE(data.duplicates.size() == 2);
    CHECK(data.duplicates[0].line == 3);
    CHECK(data.duplicates[0].first_line == 2);
    CHECK(data.duplicates[1].line == 4);
}

TEST_CASE("deals sum up their rows", "[loader]") {
    Dataset data = load_text(std::string(header) +
                             "D1,2014-03-01,assignment,A,B,US1\n"
                             "D1,2014-01-01,license,A,B,US2\n"
                             "D1,2014-02-01,license,A,C,US2\n");
    REQUIRE(data.deals.size() == 1);
    CHECK(data.deal_info[0].date == 20140101);
    CHECK(data.deal_info[0].patents == 2);
    CHECK(data.deal_info[0].kinds == (kind_bit(TransferKind::assignment) | kind_bit(TransferKind::license)));
}

TEST_CASE("several files are merged; .tsv files are tab-separated", "[loader]") {
    TempDir dir;
    auto a = dir.write("a.csv", std::string(header) + "D1,2014-01-01,assignment,A,B,US1\n");
    auto b = dir.write("b.tsv", "deal\tdate\tkind\tfrom\tto\tpatent\nD1\t2014-01-01\tassignment\tA\tB\tUS2\n"
                                "D2\t2015-01-01\tlicense\tB\tC\tUS1\n");
    Dataset data = load_transfers({a, b}, {});
    CHECK(data.transfers.size() == 3);
    CHECK(data.deals.size() == 2);
    CHECK(data.deal_info[data.deals.find("D1")].patents == 2);
    CHECK(data.files.size() == 2);
}

TEST_CASE("bad input stops the load with file, line and what is wrong", "[loader]") {
    CHECK(load_error("") == "1: empty file: expected a header row naming the columns deal, date, kind, from, to, patent");
    CHECK_THAT(load_error("deal,date,from,to,patent\n"),
               Catch::StartsWith("1: missing required column(s): kind (the header must name"));
    CHECK_THAT(load_error("deal,date,kind,from,to,patent,deal\n"),
               Catch::Equals("1: column \"deal\" appears twice (columns 1 and 7)"));
    std::string h = header;
    CHECK(load_error(h + "D1,2014-01-01,sale,A,B,US1\n") ==
          "2: unknown kind \"sale\" (valid: assignment, employer, merger, name-change, correction, security, release, "
          "license, other)");
    CHECK(load_error(h + "D1,2019-02-30,assignment,A,B,US1\n") ==
          "2: bad date \"2019-02-30\" (expected a real day as YYYY-MM-DD or YYYYMMDD)");
    CHECK(load_error(h + "D1,,assignment,A,B,US1\n") == "2: empty \"date\"");
    CHECK(load_error(h + "D1,2014-01-01,assignment,,B,US1\n") == "2: empty \"from\" party");
    CHECK(load_error(h + "D1,2014-01-01,assignment,A,...,US1\n") == "2: \"to\" party \"...\" has no letters or digits");
    CHECK(load_error(h + "D1,2014-01-01,assignment,A,B,\n") == "2: empty \"patent\"");
    CHECK(load_error(h + "D1,2014-01-01,assignment,A,B,-/-\n") == "2: patent \"-/-\" has no letters or digits");
    CHECK(load_error(h + ",2014-01-01,assignment,A,B,US1\n") == "2: empty \"deal\"");
    CHECK(load_error(h + "D1,2014-01-01,assignment,A,B\n") == "2: expected 6 fields as in the header, found 5");
    CHECK_THAT(load_error(h + "D1,2014-01-01,assignment,A,B,US1\nD2,2014-01-01,assignment,\"A,B,US1\n"),
               Catch::StartsWith("3: unterminated quoted field"));
}

TEST_CASE("skipping bad rows counts the bad rows, keeps their first reasons, and loads the rest", "[loader]") {
    std::string text = header;
    text += "D1,2014-01-01,assignment,A,B,US1\n";
    for (int i = 0; i < 7; ++i) text += "D9,2014-01-01,sale,Zed,Bad,US99\n";
    text += "D2,2019-02-30,assignment,Other,B,US98\n";
    text += "D1,2014-01-01,assignment,A,B,US2\n";
    Dataset data = load_text(text, true);
    CHECK(data.load.rows_read == 10);
    CHECK(data.load.rows_skipped == 8);
    REQUIRE(data.load.first_skip_reasons.size() == 5);
    CHECK_THAT(data.load.first_skip_reasons[0], Catch::EndsWith("in.csv:3: unknown kind \"sale\" (valid: assignment, "
                                                                "employer, merger, name-change, correction, security, "
                                                                "release, license, other)"));
    CHECK(data.transfers.size() == 2);
    // A skipped row leaves no trace: no party, patent or deal of its own.
    CHECK(data.parties.size() == 2);
    CHECK(data.patents.size() == 2);
    CHECK(data.deals.size() == 1);
}

TEST_CASE("text that is not UTF-8 is refused, naming the column and byte", "[loader]") {
    std::string latin1 = std::string(header) + "D1,2019-01-02,assignment,Soci\xE9t\xE9 G\xE9n\xE9rale,Beta,US1\n";
    CHECK(load_error(latin1) ==
          "2: \"from\": byte 5 (0xE9) is not UTF-8; convert the file to UTF-8 first (from Latin-1: iconv -f latin1 -t "
          "utf-8)");
    CHECK(load_error(std::string(header) + "D\xC3,2019-01-02,assignment,A,B,US1\n").starts_with("2: \"deal\": byte 2"));
    CHECK(load_error(std::string(header) + "D1,2019-01-02,assignment,A,B,US1\xFF\n").starts_with("2: \"patent\": byte 4"));
    // Valid UTF-8 of every length is read as it is.
    Dataset data = load_text(std::string(header) + "D1,2019-01-02,assignment,Société ÆØÅ 小米 \xF0\x9F\x98\x80,B,US1\n");
    CHECK(data.party_name(data.transfers[0].from) == "Société ÆØÅ 小米 \xF0\x9F\x98\x80");
    // Under --skip-bad-rows such a row is one bad row among the rest.
    Dataset skipped = load_text(latin1 + "D2,2019-01-02,assignment,A,B,US2\n", true);
    CHECK(skipped.load.rows_skipped == 1);
    CHECK(skipped.transfers.size() == 1);
}

TEST_CASE("a header of many columns lists only the first ten when a column is missing", "[loader]") {
    std::string wide = "deal,date,kind,from,to";
    for (int i = 0; i < 1000; ++i) wide += ",c" + std::to_string(i);
    std::string message = load_error(wide + "\n");
    CHECK(message ==
          "1: missing required column(s): patent (the header must name deal, date, kind, from, to, patent; found: "
          "\"deal\", \"date\", \"kind\", \"from\", \"to\", \"c0\", \"c1\", \"c2\", \"c3\", \"c4\" and 995 more)");
}

TEST_CASE("a file with a header and no rows loads empty, and is named", "[loader]") {
    TempDir dir;
    LoadOptions options;
    Dataset data = load_transfers({dir.write("empty.csv", header), dir.write("full.csv", std::string(header) +
                                                                                      "D1,2019-01-02,assignment,A,B,US1\n")},
                                  options);
    CHECK(data.transfers.size() == 1);
    REQUIRE(data.load.files_without_rows.size() == 1);
    CHECK(data.load.files_without_rows[0].ends_with("empty.csv"));
}

TEST_CASE("rows that come back to an earlier deal are grouped with it, whether few or many", "[loader]") {
    // 40 deals of 10 rows each, written in order; then rows that return to earlier deals: a few (set aside and
    // merged back) or as many again (the rows are permuted into place).
    for (int late : {3, 400}) {
        std::string csv = header;
        std::map<std::string, std::set<std::string>> expected;
        auto row = [&](int deal, int patent) {
            std::string d = fmt::format("D{}", deal), p = fmt::format("US{}", patent);
            csv += fmt::format("{},2014-01-01,assignment,A,B,{}\n", d, p);
            expected[d].insert(p);
        };
        for (int deal = 0; deal < 40; ++deal)
            for (int i = 0; i < 10; ++i) row(deal, 1000 * deal + i + 1);
        for (int i = 0; i < late; ++i) row((i * 7) % 40, 500 + i);
        Dataset data = load_text(csv);
        REQUIRE(data.deals.size() == 40);
        CHECK(data.transfers.size() == std::size_t(400 + late));
        for (DealId deal = 0; deal < data.deals.size(); ++deal) {
            std::set<std::string> patents;
            std::vector<PatentId> ids;
            for (const Transfer& t : data.deal_transfers(deal)) {
                CHECK(t.deal == deal);
                patents.insert(std::string(data.patent_name(t.patent)));
                ids.push_back(t.patent);
            }
            CHECK(std::is_sorted(ids.begin(), ids.end()));
            CHECK(patents == expected[std::string(data.deal_name(deal))]);
        }
    }
}

TEST_CASE("repeated rows are dropped in every deal, on both of the threads that tidy the deals", "[loader]") {
    // 60 deals, rows in no deal order, every fourth row written again (some of them in another spelling of the
    // same party); each deal's kept rows, its summary and the list of repeats are checked against a simple count.
    std::string csv = header;
    struct Kept {
        std::set<std::string> rows;  // "patent|kind" (the parties are the same spelling's party)
        std::uint32_t first_date = 0;
    };
    std::map<std::string, Kept> expected;
    std::map<std::string, std::uint32_t> first_line_of;  // row text -> the line it was first on
    std::vector<std::pair<std::uint32_t, std::uint32_t>> repeats;  // line, first line
    std::uint32_t line = 1, state = 7;
    auto next = [&](std::uint32_t n) {
        state = state * 1103515245u + 12345u;
        return (state >> 8) % n;
    };
    for (int i = 0; i < 600; ++i) {
        int deal = int(next(60)), patent = int(next(30)), day = 1 + int(next(28));
        const char* kind = next(2) ? "assignment" : "license";
        std::string d = fmt::format("D{:02}", deal), key = fmt::format("US{}|{}|{}", patent, kind, day);
        for (int copy = 0; copy < (i % 4 == 0 ? 2 : 1); ++copy) {
            ++line;
            csv += fmt::format("{},2014-01-{:02},{},{},B Inc,US{}\n", d, day, kind, copy ? "A Corporation" : "A Corp",
                               patent);
            auto [at, first] = first_line_of.emplace(d + "|" + key, line);
            if (!first) {
                repeats.emplace_back(line, at->second);
                continue;
            }
            Kept& kept = expected[d];
            kept.rows.insert(key);
            std::uint32_t date = 20140100u + std::uint32_t(day);
            if (kept.first_date == 0 || date < kept.first_date) kept.first_date = date;
        }
    }
    Dataset data = load_text(csv);
    REQUIRE(data.deals.size() == expected.size());
    std::size_t kept_rows = 0;
    for (DealId deal = 0; deal < data.deals.size(); ++deal) {
        const Kept& kept = expected.at(std::string(data.deal_name(deal)));
        std::set<std::string> rows, patents;
        for (const Transfer& t : data.deal_transfers(deal)) {
            CHECK(t.deal == deal);
            rows.insert(fmt::format("{}|{}|{}", data.patent_name(t.patent), kind_name(t.kind), t.date % 100));
            patents.insert(std::string(data.patent_name(t.patent)));
        }
        CHECK(data.deal_transfers(deal).size() == kept.rows.size());
        CHECK(rows == kept.rows);
        CHECK(data.deal_info[deal].patents == patents.size());
        CHECK(data.deal_info[deal].date == kept.first_date);
        kept_rows += kept.rows.size();
    }
    CHECK(data.transfers.size() == kept_rows);
    REQUIRE(data.duplicates.size() == repeats.size());
    for (std::size_t i = 0; i < repeats.size(); ++i) {
        CHECK(data.duplicates[i].line == repeats[i].first);
        CHECK(data.duplicates[i].first_line == repeats[i].second);
    }
}

TEST_CASE("the deals' name order worked out during the load is the one worked out later", "[loader]") {
    std::string csv = header;
    for (int i = 0; i < 300; ++i) csv += fmt::format("X{},2014-01-01,assignment,A,B,US{}\n", (i * 37) % 101, i);
    TempDir dir;
    std::string path = dir.write("in.csv", csv);
    LoadOptions early;
    early.rank_deal_names = true;
    Dataset ranked = load_transfers({path}, early), later = load_transfers({path}, {});
    CHECK(ranked.deals_by_name() == later.deals_by_name());
    CHECK(ranked.deal_name_rank() == later.deal_name_rank());
    REQUIRE(ranked.deals_by_name().size() == 101);
    CHECK(ranked.deal_name(ranked.deals_by_name()[0]) == "X0");
    CHECK(ranked.deal_name(ranked.deals_by_name()[1]) == "X1");
    CHECK(ranked.deal_name(ranked.deals_by_name()[2]) == "X10");
}

TEST_CASE("deals whose names share their first twelve bytes are ordered by the whole name", "[loader]") {
    // The name order sorts on the first 12 bytes, then on whole names where those agree.
    std::string csv = header;
    std::vector<std::string> names;
    for (int i = 0; i < 200; ++i) {
        std::string name = i % 3 == 0 ? fmt::format("SAME-PREFIX-{}", (i * 7919) % 1000)   // 12 bytes alike
                           : i % 3 == 1 ? fmt::format("SAME-PREFIX-{}-LONGER", (i * 31) % 97)
                                        : fmt::format("S{}", i);
        csv += fmt::format("{},2014-01-01,assignment,A,B,US{}\n", name, i);
        names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    Dataset data = load_text(csv);
    std::vector<std::string> ordered;
    for (DealId deal : data.deals_by_name()) ordered.emplace_back(data.deal_name(deal));
    CHECK(ordered == names);
    for (std::uint32_t rank = 0; rank < data.deals_by_name().size(); ++rank)
        CHECK(data.deal_name_rank()[data.deals_by_name()[rank]] == rank);
}

TEST_CASE("kept as deals and patents only, each deal has its distinct patents and the summary of its rows",
          "[loader]") {
    // Rows in no deal order, repeated patents, several kinds and dates in a deal.
    std::string csv = header;
    std::uint32_t state = 3;
    auto next = [&](std::uint32_t n) {
        state = state * 1103515245u + 12345u;
        return (state >> 8) % n;
    };
    const char* kinds[] = {"assignment", "license", "security", "release"};
    const char* names[] = {"Acme Corp", "ACME CORPORATION", "Bolt Oy", "Cobalt AB", "Delta Inc", "Echo LLC"};
    for (int i = 0; i < 2000; ++i)
        csv += fmt::format("D{},2014-{:02}-{:02},{},{},{},US{}\n", next(90), 1 + next(12), 1 + next(28),
                           kinds[next(4)], names[next(6)], names[next(6)], next(300));
    TempDir dir;
    std::string path = dir.write("in.csv", csv);
    LoadOptions whole, compact;
    whole.with_parties = compact.with_parties = false;
    compact.deal_patents_only = true;
    Dataset full = load_transfers({path}, whole), lean = load_transfers({path}, compact);
    REQUIRE(lean.deal_patents_only);
    CHECK(lean.transfers.empty());
    CHECK(lean.deal_patent_rows.empty());
    REQUIRE(lean.deals.size() == full.deals.size());
    for (DealId deal = 0; deal < full.deals.size(); ++deal) {
        std::vector<PatentId> expected;
        for (const Transfer& t : full.deal_transfers(deal))
            if (expected.empty() || expected.back() != t.patent) expected.push_back(t.patent);
        auto patents = lean.deal_patents(deal);
        CHECK(std::vector<PatentId>(patents.begin(), patents.end()) == expected);
        CHECK(lean.deal_transfers(deal).empty());
        CHECK(lean.deal_info[deal].patents == full.deal_info[deal].patents);
        CHECK(lean.deal_info[deal].date == full.deal_info[deal].date);
        CHECK(lean.deal_info[deal].kinds == full.deal_info[deal].kinds);
    }
    // With parties, each deal's distinct parties (either side, spellings of one party once) are listed too.
    LoadOptions parties_whole, parties_compact;
    parties_compact.deal_patents_only = true;
    Dataset whole_with = load_transfers({path}, parties_whole), lean_with = load_transfers({path}, parties_compact);
    REQUIRE(lean_with.deal_patents_only);
    CHECK(lean_with.parties.size() == 5);
    std::size_t listed = 0;
    for (DealId deal = 0; deal < whole_with.deals.size(); ++deal) {
        std::set<PartyId> expected;
        for (const Transfer& t : whole_with.deal_transfers(deal)) expected.insert({t.from, t.to});
        auto parties = lean_with.deal_parties(deal);
        CHECK(std::vector<PartyId>(parties.begin(), parties.end()) ==
              std::vector<PartyId>(expected.begin(), expected.end()));
        listed += parties.size();
    }
    CHECK(listed > whole_with.deals.size());
}

TEST_CASE("bytes_read counts the data's bytes, after decompression, for a gzipped transfer CSV too", "[loader]") {
    const std::string fixtures = PATLAP_FIXTURES;
    Dataset plain = load_transfers({fixtures + "/small.csv"}, LoadOptions());
    Dataset gzipped = load_transfers({fixtures + "/small.csv.gz"}, LoadOptions());
    CHECK(plain.load.bytes_read == std::filesystem::file_size(fixtures + "/small.csv"));
    CHECK(gzipped.load.bytes_read == plain.load.bytes_read);
    Dataset both = load_transfers({fixtures + "/small.csv", fixtures + "/small.csv.gz"}, LoadOptions());
    CHECK(both.load.bytes_read == 2 * plain.load.bytes_read);
}
