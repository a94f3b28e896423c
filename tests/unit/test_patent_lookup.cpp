#include "model/patent_lookup.h"

#include <catch2/catch.hpp>

using namespace patlap;

namespace {

struct Readings {
    std::string key, application, publication;
    bool operator==(const Readings&) const = default;
};

Readings read(std::string_view text) {
    PatentArgument argument = read_patent_argument(text);
    return {argument.key, argument.application, argument.publication};
}

// US9219817 filed as application 14/678,893 and published as US 2015/0215460 A1; application 11/032,487 with
// no grant; with `grant_14678893`, also a patent granted as number 14,678,893.
Dataset sample(bool grant_14678893) {
    Dataset data;
    PatentId patent = data.patents.intern("US9219817");
    data.patents.intern("USAPP11032487");
    if (grant_14678893) data.patents.intern("US14678893");
    data.patent_numbers.add(PatentNumbers::Kind::application, "USAPP14678893", patent);
    data.patent_numbers.add(PatentNumbers::Kind::publication, "US20150215460", patent);
    data.patent_numbers.finish();
    return data;
}

}  // namespace

TEST_CASE("an application number is read in each form an analyst writes it", "[patent_lookup]") {
    CHECK(read("USAPP14678893") == Readings{"USAPP14678893", "USAPP14678893", ""});
    CHECK(read("US APP 14678893") == Readings{"USAPP14678893", "USAPP14678893", ""});
    CHECK(read("usapp14678893") == Readings{"USAPP14678893", "USAPP14678893", ""});
    CHECK(read("APP 14/678,893") == Readings{"APP14678893", "USAPP14678893", ""});
    // Leading zeros are part of an application number (the loader keeps them).
    CHECK(read("USAPP06026704").application == "USAPP06026704");
    CHECK(read("EP APP 12345").application == "EPAPP12345");
}

TEST_CASE("eight digits read as a grant number and as an application number", "[patent_lookup]") {
    CHECK(read("14678893") == Readings{"US14678893", "USAPP14678893", ""});
    CHECK(read("14/678,893") == Readings{"US14678893", "USAPP14678893", ""});
    CHECK(read("US 14/678,893") == Readings{"US14678893", "USAPP14678893", ""});
    CHECK(read("06/026,704") == Readings{"US6026704", "USAPP06026704", ""});
    // Fewer digits, a kind code or a series code: a patent number only.
    CHECK(read("9219817") == Readings{"US9219817", "", ""});
    CHECK(read("US 9,219,817 B2") == Readings{"US9219817", "", ""});
    CHECK(read("14678893B2") == Readings{"US14678893", "", ""});
    CHECK(read("D712,345") == Readings{"USD712345", "", ""});
    CHECK(read("USAPP") == Readings{"USAPP", "", ""});
    CHECK(read("--") == Readings{"", "", ""});
}

TEST_CASE("a publication number is read with or without its country, slash and kind code", "[patent_lookup]") {
    CHECK(read("US20150215460") == Readings{"US20150215460", "", "US20150215460"});
    CHECK(read("US 2015/0215460 A1") == Readings{"US20150215460", "", "US20150215460"});
    CHECK(read("20150215460") == Readings{"US20150215460", "", "US20150215460"});
    CHECK(read("2015/0215460") == Readings{"US20150215460", "", "US20150215460"});
    // Eleven digits that do not start with a year of this century, or ten digits: no publication.
    CHECK(read("19990215460").publication.empty());
    CHECK(read("2015021546").publication.empty());
    CHECK(read("US20150215460XYZ").publication.empty());
}

TEST_CASE("a patent is found by its key, then its application, then its publication", "[patent_lookup]") {
    Dataset data = sample(false);
    PatentMatch match = find_patent(data, "US 9,219,817 B2");
    CHECK(data.patent_name(match.patent) == "US9219817");
    CHECK(match.via == PatentMatch::Via::key);

    for (std::string_view text : {"14678893", "14/678,893", "US 14/678,893", "USAPP14678893", "US APP 14678893"}) {
        match = find_patent(data, text);
        REQUIRE(match.patent != StringPool::npos);
        CHECK(data.patent_name(match.patent) == "US9219817");
        CHECK(match.via == PatentMatch::Via::application);
        CHECK(match.number == "USAPP14678893");
    }
    CHECK(describe_match(data, "14/678,893", find_patent(data, "14/678,893")) ==
          "14/678,893 is application 14678893 of US9219817");

    for (std::string_view text : {"US20150215460", "US 2015/0215460 A1", "20150215460"}) {
        match = find_patent(data, text);
        REQUIRE(match.patent != StringPool::npos);
        CHECK(data.patent_name(match.patent) == "US9219817");
        CHECK(match.via == PatentMatch::Via::publication);
    }
    CHECK(describe_match(data, "20150215460", find_patent(data, "20150215460")) ==
          "20150215460 is publication US20150215460 of US9219817");

    // An application with no grant is a patent of its own: by its key, or by its number.
    CHECK(find_patent(data, "US APP 11032487").via == PatentMatch::Via::key);
    match = find_patent(data, "11/032,487");
    CHECK(data.patent_name(match.patent) == "USAPP11032487");
    CHECK(match.via == PatentMatch::Via::application);

    CHECK(find_patent(data, "99/999,999").patent == StringPool::npos);
    CHECK(find_patent(data, "US20159999999").patent == StringPool::npos);
    CHECK(find_patent(data, "--").patent == StringPool::npos);
}

TEST_CASE("an eight-digit number is the grant of that number when the data has one", "[patent_lookup]") {
    Dataset data = sample(true);
    for (std::string_view text : {"14678893", "14/678,893", "US 14/678,893"}) {
        PatentMatch match = find_patent(data, text);
        CHECK(data.patent_name(match.patent) == "US14678893");
        CHECK(match.via == PatentMatch::Via::key);
    }
    // Written as an application, it is the application.
    CHECK(data.patent_name(find_patent(data, "USAPP14678893").patent) == "US9219817");
}

TEST_CASE("patent numbers keep the first patent each number is given for", "[patent_lookup]") {
    using Kind = PatentNumbers::Kind;
    PatentNumbers numbers;
    CHECK(numbers.empty());
    numbers.finish();
    CHECK(numbers.find(Kind::application, "USAPP1") == StringPool::npos);
    // Added out of order, some twice, US and other keys, so that the sort has something to do.
    const std::pair<Kind, std::string_view> keys[] = {
        {Kind::application, "USAPP14678893"}, {Kind::publication, "US20150215460"}, {Kind::application, "USAPP06026704"},
        {Kind::application, "USAPP6026704"},  {Kind::application, "EPAPP12345"},    {Kind::publication, "WO2016123456"},
        {Kind::application, "USAPP1234567890123456"},  // too long for a number: kept as a string
        {Kind::application, "USAPP1"},        {Kind::publication, "USAPP1"}};
    for (PatentId p = 0; p < std::size(keys); ++p) numbers.add(keys[p].first, keys[p].second, p);
    for (PatentId p = 0; p < std::size(keys); ++p) numbers.add(keys[p].first, keys[p].second, p + 100);  // later: lose
    numbers.finish();
    CHECK(!numbers.empty());
    for (PatentId p = 0; p < std::size(keys); ++p) CHECK(numbers.find(keys[p].first, keys[p].second) == p);
    CHECK(numbers.find(Kind::publication, "USAPP14678893") == StringPool::npos);  // the kinds are apart
    CHECK(numbers.find(Kind::application, "USAPP14678894") == StringPool::npos);
    CHECK(numbers.find(Kind::application, "USAPP014678893") == StringPool::npos);
    CHECK(numbers.find(Kind::application, "JPAPP12345") == StringPool::npos);
    numbers.renumber([](PatentId& patent) { patent += 10; });
    CHECK(numbers.find(Kind::application, "USAPP1") == 17);
    CHECK(numbers.find(Kind::publication, "WO2016123456") == 15);
}
