#include "base/errors.h"
#include "input/snapshot_reader.h"
#include "input/snapshot_sources.h"
#include "input/transfer_loader.h"
#include "output/snapshot_writer.h"
#include "temp_file.h"

#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

using namespace patlap;

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

LoadOptions whole() {
    LoadOptions options;
    options.with_patent_numbers = true;
    return options;
}

void require_same(const Dataset& a, const Dataset& b) {
    REQUIRE(a.files == b.files);
    REQUIRE(a.deals.size() == b.deals.size());
    for (DealId d = 0; d < a.deals.size(); ++d) REQUIRE(a.deal_name(d) == b.deal_name(d));
    REQUIRE(a.patents.size() == b.patents.size());
    for (PatentId p = 0; p < a.patents.size(); ++p) {
        REQUIRE(a.patent_name(p) == b.patent_name(p));
        REQUIRE(b.patents.find(a.patent_name(p)) == a.patents.find(a.patent_name(p)));
    }
    REQUIRE(a.parties.size() == b.parties.size());
    for (PartyId p = 0; p < a.parties.size(); ++p) {
        REQUIRE(a.party_name(p) == b.party_name(p));
        REQUIRE(b.parties.find(a.party_key(p)) == p);
    }
    REQUIRE(a.transfers.size() == b.transfers.size());
    for (std::size_t i = 0; i < a.transfers.size(); ++i) {
        const Transfer &x = a.transfers[i], &y = b.transfers[i];
        REQUIRE(std::tie(x.deal, x.patent, x.from, x.to, x.date, x.line, x.file, x.kind) ==
                std::tie(y.deal, y.patent, y.from, y.to, y.date, y.line, y.file, y.kind));
    }
    REQUIRE(a.deal_begin == b.deal_begin);
    REQUIRE(a.deal_info.size() == b.deal_info.size());
    for (std::size_t i = 0; i < a.deal_info.size(); ++i) {
        REQUIRE(a.deal_info[i].date == b.deal_info[i].date);
        REQUIRE(a.deal_info[i].patents == b.deal_info[i].patents);
        REQUIRE(a.deal_info[i].kinds == b.deal_info[i].kinds);
    }
    REQUIRE(a.duplicates.size() == b.duplicates.size());
    REQUIRE(a.deal_conveyance == b.deal_conveyance);
    REQUIRE(a.deal_link == b.deal_link);
    REQUIRE(a.party_roles.size() == b.party_roles.size());
    REQUIRE(a.load.rows_read == b.load.rows_read);
    REQUIRE(a.load.records_read == b.load.records_read);
    REQUIRE(a.has_parties == b.has_parties);
}

}  // namespace

TEST_CASE("a snapshot reads back as the data set it was written from", "[snapshot]") {
    TempDir dir;
    for (const char* input : {"/small.csv", "/uspto/ad20160101.xml"}) {
        Dataset data = load_transfers({std::string(PATLAP_FIXTURES) + input}, whole());
        std::string path = (dir.path() / "data.patlap").string();
        std::vector<SnapshotSource> sources{{"in.csv", 12, 34}, {"aliases.csv", 5, 6, snapshot::alias_source}};
        std::vector<std::string> import_options{"--aliases", "aliases.csv", "--skip-bad-rows"};
        write_snapshot(data, sources, path, import_options);
        REQUIRE(is_snapshot_file(path));
        Snapshot read = read_snapshot(path);
        require_same(data, read.data);
        REQUIRE(read.sources == sources);
        REQUIRE(read.import_options == import_options);
        // load_transfers recognises it by its content, as the only input.
        require_same(data, load_transfers({path}, {}));
        REQUIRE_THROWS_AS(load_transfers({path, path}, {}), UsageError);
    }
}

TEST_CASE("a damaged or foreign snapshot is refused, never misread", "[snapshot]") {
    TempDir dir;
    Dataset data = load_transfers({std::string(PATLAP_FIXTURES) + "/small.csv"}, whole());
    std::string path = (dir.path() / "data.patlap").string();
    write_snapshot(data, {}, path);
    const std::string good = slurp(path);
    auto refused = [&](const std::string& bytes) {
        std::string damaged = dir.write("damaged.patlap", bytes);
        try {
            read_snapshot(damaged);
        } catch (const InputError& error) {
            return error.file() == damaged;
        }
        return false;
    };
    SECTION("cut short, or added to") {
        for (std::size_t size : {std::size_t(0), std::size_t(10), std::size_t(64), good.size() / 2, good.size() - 1})
            REQUIRE(refused(good.substr(0, size)));
        REQUIRE(refused(good + "x"));
    }
    SECTION("any byte flipped") {
        for (std::size_t at = 0; at < good.size(); at += 7) {
            std::string bytes = good;
            bytes[at] = char(bytes[at] ^ 0x5A);
            INFO("byte " << at);
            // Only a flip in the padding between sections goes unnoticed, and it changes nothing read.
            if (!refused(bytes)) require_same(data, read_snapshot((dir.path() / "damaged.patlap").string()).data);
        }
    }
    SECTION("another version or another kind of file") {
        std::string bytes = good;
        bytes[16] = char(bytes[16] + 1);  // the version
        REQUIRE(refused(bytes));
        try {
            read_snapshot(dir.write("other.patlap", bytes));
        } catch (const InputError& error) {
            REQUIRE_THAT(error.message(),
                         Catch::Contains(fmt::format("format version {}", snapshot::format_version + 1)));
        }
        bytes = good;
        bytes[0] = 'P';
        REQUIRE(refused(bytes));
    }
}

TEST_CASE("a snapshot whose checksums match but whose deal summaries do not match its rows is refused", "[snapshot]") {
    // Found by the snapshot fuzz target: the deal-patent graph is sized by the summaries' patent counts.
    TempDir dir;
    std::string path = (dir.path() / "data.patlap").string();
    for (int field = 0; field < 3; ++field) {
        Dataset data = load_transfers({std::string(PATLAP_FIXTURES) + "/small.csv"}, whole());
        DealInfo& info = data.deal_info[1];
        if (field == 0) info.patents += 100;
        if (field == 1) ++info.date;
        if (field == 2) info.kinds |= 0x8000;
        write_snapshot(data, {}, path);
        REQUIRE_THROWS_WITH(read_snapshot(path), Catch::Contains("deal 1's summary is not the one its rows make"));
    }
}

TEST_CASE("a pool read back from a text of no bytes finds its empty string", "[snapshot]") {
    // Found by the snapshot fuzz target (UndefinedBehaviorSanitizer): the empty text has no storage, and the key of
    // its empty string was copied from a null pointer.
    StringPool pool = StringPool::from_text({}, {0, 0});
    REQUIRE(pool.size() == 1);
    REQUIRE(pool.find("") == 0);
}

TEST_CASE("a snapshot's sources: a file or a folder by its bytes, and what changed since", "[snapshot]") {
    TempDir dir;
    std::string file = dir.write("a.csv", "deal,date\n");
    SnapshotSource a = describe_source(file);
    REQUIRE(a.size == 10);
    REQUIRE(a.crc == crc32(0, reinterpret_cast<const Bytef*>("deal,date\n"), 10));
    REQUIRE_FALSE(source_change(a));
    std::filesystem::create_directory(dir.path() / "pad");
    dir.write("pad/assignor.csv", "12345");
    dir.write("pad/assignment.csv", "deal,date\n");
    dir.write("pad/us.patlap", "not one of the tables");
    SnapshotSource folder = describe_source((dir.path() / "pad").string(), snapshot::group_source);
    REQUIRE(folder.size == 15);  // assignment.csv then assignor.csv, in the order the PAD reader reads them
    REQUIRE(folder.crc == crc32(0, reinterpret_cast<const Bytef*>("deal,date\n12345"), 15));
    REQUIRE(folder.role == snapshot::group_source);

    SnapshotSource renamed = describe_source(dir.write("renamed.csv", "deal,date\n"));
    std::vector<SnapshotSource> recorded{a};
    REQUIRE(find_recorded(recorded, renamed) == &recorded[0]);           // another name, the same bytes
    REQUIRE(find_recorded({folder}, describe_source(file)) == nullptr);  // only inputs count

    dir.write("a.csv", "deal,dat\n\n");  // the same size
    REQUIRE_THAT(*source_change(a), Catch::Contains("same size, other bytes"));
    dir.write("a.csv", "deal\n");
    REQUIRE_THAT(*source_change(a), Catch::Contains("10 bytes then, 5 now"));
    std::filesystem::remove(file);
    REQUIRE_THAT(*source_change(a), Catch::Contains("no longer there"));
    REQUIRE_THROWS_AS(describe_source(file), InputError);
}

TEST_CASE("import --append adds each file whose bytes the snapshot does not hold, once", "[snapshot]") {
    TempDir dir;
    std::string a = dir.write("a.csv", "a"), b = dir.write("b.csv", "bb"), copy = dir.write("copy.csv", "a"),
                aliases = dir.write("aliases.csv", "name,party\n");
    std::vector<SnapshotSource> recorded{describe_source(a), describe_source(aliases, snapshot::alias_source)};
    REQUIRE_NOTHROW(check_sources_unchanged(recorded, "s.patlap"));
    AppendPlan plan = plan_append(recorded, {a, b, b, copy}, "s.patlap");
    REQUIRE(plan.added.size() == 1);
    REQUIRE(plan.added[0].name == b);
    REQUIRE(plan.notes == std::vector<std::string>{a + " is in s.patlap already: not added again",
                                                   b + " is given twice: added once",
                                                   copy + " is in s.patlap already, as " + a + ": not added again"});
    REQUIRE(plan.sources.size() == 3);  // the inputs, then the party file, as one import of them all records them
    REQUIRE(plan.sources[0].name == a);
    REQUIRE(plan.sources[1].name == b);
    REQUIRE(plan.sources[2].role == snapshot::alias_source);

    dir.write("aliases.csv", "name,party\nx,y\n");
    REQUIRE_THROWS_WITH(check_sources_unchanged(recorded, "s.patlap"),
                        Catch::StartsWith(aliases + ": a source of s.patlap, but it changed since the import"));
}
