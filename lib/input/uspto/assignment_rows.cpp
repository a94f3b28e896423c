#include "input/uspto/assignment_rows.h"

#include "base/text.h"
#include "model/party_name.h"
#include "model/patent_number.h"
#include "model/person_name.h"

#include <algorithm>

#include <fmt/format.h>

namespace patlap {
namespace {

std::string_view country_of(const AssignmentProperty& property) {
    return property.country.empty() ? std::string_view("US") : std::string_view(property.country);
}

}  // namespace

bool assignors_are_people(const AssignmentRecord& record) {
    return !record.assignors.empty() && std::all_of(record.assignors.begin(), record.assignors.end(),
                                                    [](const AssignmentParty& p) { return looks_like_person(p.name); });
}

std::string read_record_facts(const AssignmentRecord& record, RecordFacts& facts) {
    if (!record.problem.empty()) return record.problem;
    auto reel = parse_record_number(record.reel), frame = parse_record_number(record.frame);
    if (!reel || !frame)
        return fmt::format("reel/frame \"{}/{}\" is not two numbers", record.reel.substr(0, 20), record.frame.substr(0, 20));
    facts.deal = deal_id_of({*reel, *frame});
    facts.date = 0;
    for (const AssignmentParty& assignor : record.assignors) facts.date = std::max(facts.date, assignor.date);
    if (facts.date == 0) facts.date = record.recorded;
    if (facts.date == 0) return fmt::format("record {} has no execution date and no recorded date", facts.deal);
    facts.kind = record.kind.value_or(kind_of_conveyance(record.conveyance));
    if (facts.kind == TransferKind::assignment && record.by_inventors.value_or(assignors_are_people(record)))
        facts.kind = TransferKind::employer;
    facts.reference = reel_frame_named_in(record.conveyance);
    if (facts.reference && deal_id_of(*facts.reference) == facts.deal) facts.reference.reset();
    for (const auto* side : {&record.assignors, &record.assignees})
        for (const AssignmentParty& party : *side)
            if (!has_letter_or_digit(split_role(party.name).name))
                return fmt::format("record {}: party name \"{}\" has no letter or digit", facts.deal,
                                   party.name.substr(0, 40));
    if (record.assignors.empty()) return fmt::format("record {} has no assignor", facts.deal);
    if (record.assignees.empty()) return fmt::format("record {} has no assignee", facts.deal);
    if (record.properties.empty()) return fmt::format("record {} has no property", facts.deal);
    return {};
}

bool property_keys(const AssignmentProperty& property, std::string& patent, std::string& application) {
    std::string_view country = country_of(property);
    application.clear();
    if (!property.application.empty()) {
        std::string digits;
        for (char c : property.application)
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) digits += c;
            else if (c >= 'a' && c <= 'z') digits += char(c - 'a' + 'A');
        if (!digits.empty()) application = fmt::format("{}APP{}", country, digits);
    }
    if (!property.grant.empty() && normalize_patent(fmt::format("{}{}", country, property.grant), patent)) return true;
    if (!application.empty()) {
        patent = application;
        return true;
    }
    return publication_key(property, patent);
}

bool publication_key(const AssignmentProperty& property, std::string& key) {
    return !property.publication.empty() && normalize_patent(fmt::format("{}{}", country_of(property), property.publication), key);
}

}  // namespace patlap
