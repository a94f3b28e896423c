#include "model/patent_lookup.h"

#include "model/patent_number.h"

#include <algorithm>
#include <fmt/format.h>

namespace patlap {
namespace {

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Splits the text's letters and digits (upper-cased, nothing else kept) into its leading letters and the rest.
std::pair<std::string, std::string> letters_and_rest(std::string_view text) {
    std::string cleaned;
    for (char c : text) {
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
        if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) cleaned += c;
    }
    std::size_t letters = 0;
    while (letters < cleaned.size() && cleaned[letters] >= 'A' && cleaned[letters] <= 'Z') ++letters;
    return {cleaned.substr(0, letters), cleaned.substr(letters)};
}

bool is_kind_code(std::string_view s) {
    return s.empty() || (s[0] >= 'A' && s[0] <= 'Z' && (s.size() == 1 || (s.size() == 2 && s[1] >= '0' && s[1] <= '9')));
}

}  // namespace

PatentArgument read_patent_argument(std::string_view text) {
    PatentArgument argument;
    if (!normalize_patent(text, argument.key)) argument.key.clear();
    auto [letters, rest] = letters_and_rest(text);
    if (letters.size() > 2 && letters.ends_with("APP") && (letters.size() == 3 || letters.size() == 5)) {
        if (!rest.empty()) argument.application = (letters.size() == 3 ? "US" : letters.substr(0, 2)) + "APP" + rest;
        return argument;
    }
    if (letters.size() != 0 && letters.size() != 2) return argument;
    std::string country = letters.empty() ? "US" : letters;
    if (rest.size() == 8 && all_digits(rest)) argument.application = country + "APP" + rest;
    std::size_t digits = 0;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
    if (digits == 11 && rest.starts_with("20") && is_kind_code(std::string_view(rest).substr(digits)))
        argument.publication = country + rest.substr(0, digits);
    return argument;
}

PatentMatch find_patent(const Dataset& data, std::string_view text) {
    PatentArgument argument = read_patent_argument(text);
    PatentMatch match;
    if (!argument.key.empty() && (match.patent = data.patents.find(argument.key)) != StringPool::npos) return match;
    const std::pair<PatentMatch::Via, const std::string*> readings[] = {
        {PatentMatch::Via::application, &argument.application}, {PatentMatch::Via::publication, &argument.publication}};
    for (auto [via, number] : readings) {
        if (number->empty()) continue;
        auto kind = via == PatentMatch::Via::application ? PatentNumbers::Kind::application : PatentNumbers::Kind::publication;
        match.patent = data.patent_numbers.find(kind, *number);
        // An application with no grant in the data is a patent of its own, under its application key.
        if (match.patent == StringPool::npos && via == PatentMatch::Via::application) match.patent = data.patents.find(*number);
        if (match.patent == StringPool::npos) continue;
        match.via = via;
        match.number = *number;
        return match;
    }
    return match;
}

std::string describe_match(const Dataset& data, std::string_view text, const PatentMatch& match) {
    if (match.via == PatentMatch::Via::publication)
        return fmt::format("{} is publication {} of {}", text, match.number, data.patent_name(match.patent));
    std::string_view number = match.number;
    if (number.starts_with("USAPP")) number.remove_prefix(5);
    return fmt::format("{} is application {} of {}", text, number, data.patent_name(match.patent));
}

}  // namespace patlap
