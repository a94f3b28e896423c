#include "input/uspto/assignment_loader.h"
#include "base/errors.h"
#include "analysis/deal_filter.h"
#include "analysis/title_replay.h"
#include "model/patent_history.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <optional>

using namespace patlap;

namespace {

// Hands out records made in the test.
class RecordList : public AssignmentRecordSource {
public:
    explicit RecordList(std::vector<AssignmentRecord> records) : records_(std::move(records)) {}
    bool next(AssignmentRecord& record) override {
        if (next_ == records_.size()) return false;
        record = records_[next_++];
        return true;
    }
    std::uint64_t bytes_read() const override { return 0; }
    std::uint64_t data_bytes() const override { return 0; }

private:
    std::vector<AssignmentRecord> records_;
    std::size_t next_ = 0;
};

AssignmentRecord record(std::string reel, std::string frame, std::string conveyance, std::vector<AssignmentParty> from,
                        std::vector<AssignmentParty> to, std::vector<AssignmentProperty> properties, Date recorded = 20200101) {
    AssignmentRecord r;
    r.reel = std::move(reel);
    r.frame = std::move(frame);
    r.conveyance = std::move(conveyance);
    r.assignors = std::move(from);
    r.assignees = std::move(to);
    r.properties = std::move(properties);
    r.recorded = recorded;
    r.line = 10;
    return r;
}

AssignmentProperty granted(std::string grant, std::string application) { return {std::move(grant), std::move(application), "", "US"}; }
AssignmentProperty applied(std::string application) { return {"", std::move(application), "", "US"}; }

Dataset load(std::vector<AssignmentRecord> records, LoadOptions options = {}) {
    Dataset data;
    data.deal_patents_only = options.deal_patents_only;  // as load_transfers sets it
    RecordList source(std::move(records));
    LoadProgress progress;
    AssignmentLoader loader(data, options);
    loader.load(source, "records.xml", progress);
    loader.finish();
    data.finish();
    return data;
}

std::vector<std::string> deal_patents(const Dataset& data, std::string_view deal) {
    std::vector<std::string> patents;
    for (const Transfer& t : data.deal_transfers(data.deals.find(deal)))
        if (patents.empty() || patents.back() != data.patent_name(t.patent)) patents.emplace_back(data.patent_name(t.patent));
    std::sort(patents.begin(), patents.end());
    return patents;
}

}  // namespace

TEST_CASE("a record becomes assignor x assignee x property rows of one deal", "[assignment_loader]") {
    Dataset data = load({record("37388", "92", "ASSIGNMENT OF ASSIGNORS INTEREST (SEE DOCUMENT FOR DETAILS).",
                                {{"WEINSTEIN, DAMON", 20060330}, {"SEGALL, TIMOTHY R.", 20060329}},
                                {{"SOUNDBITE COMMUNICATIONS, INC.", 0}},
                                {granted("9219817", "14678893"), applied("14999999")}, 20151230)});
    REQUIRE(data.deals.size() == 1);
    CHECK(data.deal_name(0) == "37388/0092");
    CHECK(data.transfers.size() == 4);
    CHECK(data.load.rows_read == 4);
    CHECK(data.load.records_read == 1);
    CHECK(data.load.record_assignors == 2);
    CHECK(data.load.record_properties == 2);
    for (const Transfer& t : data.transfers) {
        CHECK(t.kind == TransferKind::employer);  // an assignment whose assignors are all people: the inventors
        CHECK(t.date == 20060330);  // the latest execution date
        CHECK(t.line == 10);
        CHECK(data.party_name(t.to) == "SOUNDBITE COMMUNICATIONS, INC.");
    }
    CHECK(deal_patents(data, "37388/0092") == std::vector<std::string>{"US9219817", "USAPP14999999"});
    CHECK(data.conveyance_of(0) == "ASSIGNMENT OF ASSIGNORS INTEREST (SEE DOCUMENT FOR DETAILS).");
}

TEST_CASE("the recorded date stands in when no assignor has an execution date", "[assignment_loader]") {
    Dataset data = load({record("1", "1", "MERGER", {{"A CORP", 0}}, {{"B CORP", 0}}, {granted("7000000", "")}, 19990505)});
    CHECK(data.transfers.at(0).date == 19990505);
    CHECK(data.transfers.at(0).kind == TransferKind::merger);
}

TEST_CASE("the source's own category wins over the conveyance text", "[assignment_loader]") {
    AssignmentRecord r = record("1", "1", "ASSIGNMENT OF ASSIGNORS INTEREST", {{"SMITH, ANN", 0}}, {{"B CORP", 0}},
                                {granted("7000000", "")});
    r.kind = TransferKind::employer;
    CHECK(load({r}).transfers.at(0).kind == TransferKind::employer);
}

TEST_CASE("an assignment by people is an inventor's (employer) unless the source says otherwise", "[assignment_loader]") {
    auto kind_of = [](std::vector<AssignmentParty> from, std::optional<bool> by_inventors) {
        AssignmentRecord r = record("1", "1", "ASSIGNMENT OF ASSIGNORS INTEREST (SEE DOCUMENT FOR DETAILS).",
                                    std::move(from), {{"B CORP", 0}}, {granted("7000000", "")});
        r.by_inventors = by_inventors;
        return load({r}).transfers.at(0).kind;
    };
    CHECK(kind_of({{"SMITH, ANN", 0}, {"DOE, JOHN Q.", 0}}, std::nullopt) == TransferKind::employer);
    CHECK(kind_of({{"SMITH, ANN", 0}, {"ACME TECHNOLOGIES, INC.", 0}}, std::nullopt) == TransferKind::assignment);
    CHECK(kind_of({{"SMITH, ANN", 0}}, false) == TransferKind::assignment);  // the PAD's employer_assign 0
    CHECK(kind_of({{"ACME, INC.", 0}}, true) == TransferKind::employer);    // the PAD's employer_assign 1
    // Only an assignment: a merger or a lien by people stays what it is.
    AssignmentRecord lien = record("1", "2", "SECURITY INTEREST", {{"SMITH, ANN", 0}}, {{"BANK", 0}}, {granted("7000000", "")});
    CHECK(load({lien}).transfers.at(0).kind == TransferKind::security);
}

TEST_CASE("an application and its patent are one asset across records", "[assignment_loader]") {
    // Before the grant the record names only the application; a later record names both.
    Dataset data = load({record("100", "1", "ASSIGNMENT", {{"SMITH, ANN", 20140101}}, {{"US WELL SERVICES LLC", 0}},
                                {applied("14/123,456")}),
                         record("200", "5", "SECURITY INTEREST", {{"U.S. WELL SERVICES, LLC", 20190101}},
                                {{"BANK OF AMERICA, N.A., AS ADMINISTRATIVE AGENT", 0}},
                                {granted("8789601", "14123456")})});
    CHECK(data.patents.size() == 1);
    CHECK(deal_patents(data, "100/0001") == std::vector<std::string>{"US8789601"});
    CHECK(deal_patents(data, "200/0005") == std::vector<std::string>{"US8789601"});
    // name variants land on one party, and the role is cut from the name
    CHECK(data.parties.size() == 3);
    const Transfer& lien = data.deal_transfers(data.deals.find("200/0005"))[0];
    CHECK(data.party_name(lien.to) == "BANK OF AMERICA, N.A.");
    CHECK(lien.from == data.deal_transfers(data.deals.find("100/0001"))[0].to);
}

TEST_CASE("a release is linked to the lien it names and ends it", "[assignment_loader]") {
    Dataset data = load({record("49111", "583", "SECURITY INTEREST", {{"ACME INC", 20190101}},
                                {{"PIPER JAFFRAY FINANCE, AS AGENT", 0}}, {granted("8000000", "")}),
                         record("55000", "12", "RELEASE OF SECURITY INTEREST AT REEL/FRAME 049111/0583",
                                {{"PIPER SANDLER FINANCE", 20210101}}, {{"ACME INC", 0}}, {granted("8000000", "")}),
                         record("56000", "1", "RELEASE OF SECURITY INTEREST AT REEL/FRAME 012345/0001",
                                {{"OTHER BANK", 20220101}}, {{"ACME INC", 0}}, {granted("8000000", "")})});
    DealId lien = data.deals.find("49111/0583"), release = data.deals.find("55000/0012"), dangling = data.deals.find("56000/0001");
    CHECK(data.linked_deal(release) == lien);
    CHECK(data.reference_of(release) == "49111/0583");
    CHECK(data.linked_deal(dangling) == StringPool::npos);
    CHECK(data.reference_of(dangling) == "12345/0001");
    CHECK(data.linked_deal(lien) == StringPool::npos);

    PatentHistory history(data);
    TitleReplay replay(data);
    std::vector<EventFlag> flags;
    for (std::uint32_t e = history.first_event(0); e < history.first_event(1); ++e) {
        flags.push_back(replay.apply(history.event_rows(e)));
        if (flags.size() == 2) CHECK(replay.liens().empty());  // the renamed lender's release ends the lien
    }
    CHECK(flags == std::vector<EventFlag>{EventFlag::none, EventFlag::none, EventFlag::release_without_lien});
}

TEST_CASE("a correction replaces what the record it names gave, and is no break", "[assignment_loader]") {
    Dataset data = load({record("10", "1", "ASSIGNMENT", {{"ALPHA CORP", 20100101}}, {{"BETA INCORRECT NAME", 0}},
                                {granted("8000001", "")}),
                         record("11", "2", "CORRECTIVE ASSIGNMENT TO CORRECT THE ASSIGNEE PREVIOUSLY RECORDED ON REEL 10 FRAME 1",
                                {{"ALPHA CORP", 20100101}}, {{"BETA CORP", 0}}, {granted("8000001", "")})});
    PatentHistory history(data);
    TitleReplay replay(data);
    for (std::uint32_t e = history.first_event(0); e < history.first_event(1); ++e)
        CHECK(replay.apply(history.event_rows(e)) == EventFlag::none);
    REQUIRE(replay.owners().size() == 1);
    CHECK(data.party_name(replay.owners()[0]) == "BETA CORP");
}

TEST_CASE("unusable records stop the load, or are counted under --skip-bad-rows", "[assignment_loader]") {
    AssignmentRecord bad = record("x", "1", "ASSIGNMENT", {{"A", 20100101}}, {{"B", 0}}, {granted("1", "")});
    AssignmentRecord no_date = record("5", "1", "ASSIGNMENT", {{"A", 0}}, {{"B", 0}}, {granted("1", "")}, 0);
    AssignmentRecord flagged = record("6", "1", "ASSIGNMENT", {{"A", 20100101}}, {}, {granted("1", "")});
    flagged.problem = "no assignee";
    AssignmentRecord good = record("7", "1", "ASSIGNMENT", {{"A", 20100101}}, {{"B", 0}}, {granted("1", "")});
    try {
        load({good, bad});
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.file() == "records.xml");
        CHECK(e.line() == 10);
        CHECK(e.message() == "reel/frame \"x/1\" is not two numbers");
    }
    LoadOptions skip;
    skip.skip_bad_rows = true;
    Dataset data = load({good, bad, no_date, flagged}, skip);
    CHECK(data.transfers.size() == 1);
    CHECK(data.load.rows_skipped == 3);
    CHECK(data.load.records_read == 4);
    REQUIRE(data.load.first_skip_reasons.size() == 3);
    CHECK(data.load.first_skip_reasons[1] == "records.xml:10: record 5/0001 has no execution date and no recorded date");
    CHECK(data.load.first_skip_reasons[2] == "records.xml:10: no assignee");
}

TEST_CASE("the application index keeps each application key apart, through growth", "[assignment_loader]") {
    ApplicationIndex index;
    PatentId next = 100;
    auto alone = [&](std::string_view key) { return index.patent_alone(key, [&] { return next++; }); };
    index.grant("USAPP06026704", 1);
    index.grant("USAPP6026704", 2);             // leading zeros count
    index.grant("JPAPP2001123456", 3);          // not a US number: kept as a string
    index.grant("USAPP12345678901234567", 4);   // too long for a number
    index.grant("USAPP06026704", 9);            // the first grant wins
    for (int i = 0; i < 5000; ++i) alone("USAPP" + std::to_string(20000000 + i));
    CHECK(alone("USAPP06026704") == 1);
    CHECK(alone("USAPP6026704") == 2);
    CHECK(alone("JPAPP2001123456") == 3);
    CHECK(alone("USAPP12345678901234567") == 4);
    CHECK(alone("USAPP20004999") == 5099);  // interned once, the first time
    CHECK(next == 5100);
    CHECK(index.merges().empty());
    index.grant("USAPP20004999", 7);  // named alone before: merged into the grant
    CHECK(alone("USAPP20004999") == 7);
    REQUIRE(index.merges().size() == 1);
    CHECK(index.merges()[0] == std::pair<PatentId, PatentId>(5099, 7));
}

TEST_CASE("without record texts the conveyances, the records they name and the party roles are left out, and nothing else",
          "[assignment_loader]") {
    std::vector<AssignmentRecord> records{
        record("49111", "583", "SECURITY INTEREST", {{"ACME INC", 20190101}}, {{"BANK, AS COLLATERAL AGENT", 0}},
               {granted("8000000", "")}),
        record("55000", "12", "RELEASE OF SECURITY INTEREST AT REEL/FRAME 049111/0583", {{"BANK", 20210101}},
               {{"ACME INC", 0}}, {granted("8000000", "")})};
    LoadOptions without;
    without.with_record_texts = false;
    Dataset full = load(records), lean = load(records, without);
    DealId release = full.deals.find("55000/0012");
    CHECK(full.conveyance_of(release) == "RELEASE OF SECURITY INTEREST AT REEL/FRAME 049111/0583");
    CHECK(full.linked_deal(release) == full.deals.find("49111/0583"));
    CHECK(full.role_in(full.deals.find("49111/0583"), find_party(full, "BANK")) == "AS COLLATERAL AGENT");
    CHECK(lean.deal_conveyance.empty());
    CHECK(lean.party_roles.empty());
    CHECK(find_party(lean, "BANK") != StringPool::npos);
    CHECK(lean.deal_reference.empty());
    CHECK(lean.linked_deal(release) == StringPool::npos);
    CHECK(lean.deals.size() == full.deals.size());
    CHECK(lean.transfers.size() == full.transfers.size());
    CHECK(lean.deal_info[release].kinds == full.deal_info[release].kinds);  // the kind still comes from the text
}

TEST_CASE("kept as deals and patents only, each deal has its distinct patents and summary, applications merged",
          "[assignment_loader]") {
    std::vector<AssignmentRecord> records{
        record("100", "1", "ASSIGNMENT", {{"SMITH, ANN", 20140101}, {"JONES, BO", 20140102}}, {{"ACME INC", 0}},
               {applied("14/123,456"), granted("8000001", "")}),
        record("200", "5", "SECURITY INTEREST", {{"ACME INC", 20190101}}, {{"BANK", 0}},
               {granted("8789601", "14123456"), granted("8000001", "")}),
        record("300", "7", "LICENSE", {{"ACME INC", 20200101}}, {{"OTHER CO", 0}}, {granted("8000002", "")})};
    LoadOptions compact;
    compact.with_parties = false;
    compact.deal_patents_only = true;
    Dataset full = load(records), lean = load(records, compact);
    REQUIRE(lean.deal_patents_only);
    CHECK(lean.transfers.empty());
    REQUIRE(lean.deals.size() == full.deals.size());
    CHECK(lean.patents.size() == full.patents.size());
    for (DealId deal = 0; deal < full.deals.size(); ++deal) {
        std::vector<std::string> patents;
        for (PatentId p : lean.deal_patents(deal)) patents.emplace_back(lean.patent_name(p));
        CHECK(std::is_sorted(lean.deal_patents(deal).begin(), lean.deal_patents(deal).end()));
        std::sort(patents.begin(), patents.end());
        CHECK(patents == deal_patents(full, full.deal_name(deal)));
        CHECK(lean.deal_transfers(deal).empty());
        CHECK(lean.deal_info[deal].patents == full.deal_info[deal].patents);
        CHECK(lean.deal_info[deal].date == full.deal_info[deal].date);
        CHECK(lean.deal_info[deal].kinds == full.deal_info[deal].kinds);
    }
    CHECK(lean.load.rows_read == full.load.rows_read);
}

TEST_CASE("a record read twice is one record; a copy with other content is kept and noted", "[assignment_loader]") {
    AssignmentRecord first = record("100", "1", "ASSIGNMENT", {{"A CORP", 20200101}, {"B CORP", 20200101}},
                                    {{"C CORP", 0}}, {applied("16000001"), granted("9000000", "")});
    AssignmentRecord same = first;  // listed in another order, and saved after its application was granted
    std::swap(same.assignors[0], same.assignors[1]);
    std::swap(same.properties[0], same.properties[1]);
    same.properties[1].grant = "11000001";
    same.line = 99;
    AssignmentRecord other = first;
    other.assignees[0].name = "D CORP";
    other.line = 200;

    Dataset data = load({first, same});
    CHECK(data.load.records_read == 2);
    CHECK(data.load.duplicate_records == 1);
    CHECK(data.transfers.size() == 4);  // the first copy's rows only
    CHECK(data.duplicates.empty());
    CHECK(data.differing_record_copies.empty());
    CHECK(deal_patents(data, "100/0001") == std::vector<std::string>{"US11000001", "US9000000"});  // granted since

    Dataset both = load({first, other});
    CHECK(both.load.duplicate_records == 0);
    CHECK(both.transfers.size() == 8);
    REQUIRE(both.differing_record_copies.size() == 1);
    CHECK(both.differing_record_copies[0].line == 200);
    CHECK(both.differing_record_copies[0].differs == record_assignees);
}

TEST_CASE("with patent numbers, each patent's application and publication find it, across merges",
          "[assignment_loader]") {
    // Filed and published before the grant (the application's own patent comes first), granted later: the
    // numbers follow the application into its patent.
    std::vector<AssignmentRecord> records = {
        record("100", "1", "ASSIGNMENT", {{"SMITH, ANN", 20140101}}, {{"ACME INC", 0}},
               {{"", "14/123,456", "20140123456", "US"}, granted("7000000", "")}),
        record("200", "5", "SECURITY INTEREST", {{"ACME INC", 20190101}}, {{"BANK", 0}},
               {{"8789601", "14123456", "20140123456", "US"}, {"9000001", "15000001", "20160000001", "US"},
                {"", "15999999", "20170000002", "US"}})};
    LoadOptions options;
    options.with_patent_numbers = true;
    Dataset data = load(records, options);
    CHECK(data.patents.size() == 4);
    using Kind = PatentNumbers::Kind;
    auto named = [&](Kind kind, std::string_view key) {
        PatentId patent = data.patent_numbers.find(kind, key);
        return patent == StringPool::npos ? std::string("none") : std::string(data.patent_name(patent));
    };
    CHECK(named(Kind::application, "USAPP14123456") == "US8789601");
    CHECK(named(Kind::publication, "US20140123456") == "US8789601");
    CHECK(named(Kind::application, "USAPP15000001") == "US9000001");
    CHECK(named(Kind::publication, "US20160000001") == "US9000001");
    // An application without a grant is keyed by itself; only its publication is kept beside it.
    CHECK(named(Kind::application, "USAPP15999999") == "none");
    CHECK(named(Kind::publication, "US20170000002") == "USAPP15999999");
    CHECK(named(Kind::publication, "US7000000") == "none");

    CHECK(load(records).patent_numbers.empty());  // not asked for: nothing kept
}

namespace {

// Hands out `count` records, each of deal N/1, and throws an InputError instead of record `throw_at` (if given).
class ManyRecords : public AssignmentRecordSource {
public:
    ManyRecords(std::size_t count, std::optional<std::size_t> throw_at) : count_(count), throw_at_(throw_at) {}
    bool next(AssignmentRecord& out) override {
        if (next_ == count_) return false;
        if (throw_at_ && next_ == *throw_at_) throw InputError("many.xml", 1000 + next_, "broken here");
        const std::size_t n = next_++;
        out = record(std::to_string(n / 3 + 1), n % 3 == 2 ? "x" : "1", "ASSIGNMENT",
                     {{"Seller " + std::to_string(n % 7), Date(20100101 + n % 28)}}, {{"Buyer " + std::to_string(n % 5), 0}},
                     {granted(std::to_string(1000 + n % 50), "")});
        out.line = n + 1;
        return true;
    }
    std::uint64_t bytes_read() const override { return next_; }
    std::uint64_t data_bytes() const override { return next_; }

private:
    std::size_t count_, next_ = 0;
    std::optional<std::size_t> throw_at_;
};

// The rows, counts and skip reasons of loading `source` with `threads`, or the error instead, as text.
std::string load_with_threads(AssignmentRecordSource&& source, unsigned threads, bool skip) {
    Dataset data;
    LoadOptions options;
    options.threads = threads;
    options.skip_bad_rows = skip;
    LoadProgress progress;
    AssignmentLoader loader(data, options);
    try {
        loader.load(source, "many.xml", progress);
    } catch (const InputError& e) {
        return fmt::format("error {}:{}: {}", e.file(), e.line(), e.message());
    }
    loader.finish();
    data.finish();
    std::string out = fmt::format("records {} rows {} skipped {}\n", data.load.records_read, data.load.rows_read,
                                  data.load.rows_skipped);
    for (const std::string& reason : data.load.first_skip_reasons) out += reason + "\n";
    for (const Transfer& t : data.transfers)
        out += fmt::format("{} {} {} {} {}\n", data.deal_name(t.deal), data.patent_name(t.patent), t.from, t.to, t.line);
    return out;
}

}  // namespace

TEST_CASE("records read on a second thread load as read in turn: rows, skips and the first error", "[assignment_loader]") {
    SECTION("many records, one in three unusable, skipped") {
        std::string one = load_with_threads(ManyRecords(5000, std::nullopt), 1, true);
        CHECK_THAT(one, Catch::StartsWith("records 5000 "));
        CHECK(load_with_threads(ManyRecords(5000, std::nullopt), 2, true) == one);
    }
    SECTION("an unusable record stops the load at once, however far the reading thread has gone") {
        std::string one = load_with_threads(ManyRecords(100000, std::nullopt), 1, false);
        CHECK(one == "error many.xml:3: reel/frame \"1/x\" is not two numbers");
        CHECK(load_with_threads(ManyRecords(100000, std::nullopt), 2, false) == one);
    }
    SECTION("the source's own error, after the records before it") {
        std::string one = load_with_threads(ManyRecords(5000, 4000), 1, true);
        CHECK(one == "error many.xml:5000: broken here");
        CHECK(load_with_threads(ManyRecords(5000, 4000), 2, true) == one);
    }
}
