#include "input/party_files.h"

#include "input/byte_source.h"
#include "input/csv/csv_reader.h"
#include "base/errors.h"
#include "base/text.h"
#include "base/utf8.h"
#include "model/party_name.h"

#include <algorithm>
#include <fmt/format.h>
#include <unordered_map>

namespace patlap {
namespace {

struct NamePair {
    std::string first, second;
    std::string first_key, second_key;
    std::uint64_t line;
};

// The rows of a two-column file whose header names exactly the columns `first` and `second` (in either order).
std::vector<NamePair> read_name_pairs(const std::string& path, const char* what, const char* first, const char* second) {
    ByteSource source(path);
    const std::string& file = source.name();
    bool tsv = path.ends_with(".tsv");
    CsvReader reader(source, tsv ? '\t' : ',');
    std::string expected = fmt::format("{} has a header row naming the columns {}, {}", what, first, second);
    CsvRecord record;
    if (!reader.next(record)) throw InputError(file, 0, "empty file: " + expected);
    for (auto field : record.fields)
        if (!looks_like_text(field))
            throw InputError(file, record.line, "not a CSV file: the first line is not text (binary data?)");
    std::size_t index[2] = {SIZE_MAX, SIZE_MAX};
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
        std::string column = ascii_lower(trim_blanks(record.fields[i]));
        int which = column == first ? 0 : column == second ? 1 : -1;
        if (which < 0)
            throw InputError(file, record.line,
                             fmt::format("unknown column \"{}\" ({})", trim_blanks(record.fields[i]).substr(0, 40), expected));
        if (index[which] != SIZE_MAX)
            throw InputError(file, record.line, fmt::format("column \"{}\" appears twice", column));
        index[which] = i;
    }
    for (int which = 0; which < 2; ++which)
        if (index[which] == SIZE_MAX)
            throw InputError(file, record.line,
                             fmt::format("missing column \"{}\" ({})", which == 0 ? first : second, expected));

    std::vector<NamePair> pairs;
    while (reader.next(record)) {
        if (record.fields.size() != 2)
            throw InputError(file, record.line,
                             fmt::format("expected 2 fields as in the header, found {}", record.fields.size()));
        NamePair pair;
        pair.line = record.line;
        for (int which = 0; which < 2; ++which) {
            const char* column = which == 0 ? first : second;
            std::string_view value = trim_blanks(record.fields[index[which]]);
            if (value.empty()) throw InputError(file, record.line, fmt::format("empty \"{}\"", column));
            if (std::size_t bad = find_invalid_utf8(value); bad != std::string_view::npos)
                throw InputError(file, record.line, fmt::format("\"{}\": {}", column, describe_invalid_utf8(value, bad)));
            std::string& key = which == 0 ? pair.first_key : pair.second_key;
            if (!party_key(value, key))
                throw InputError(file, record.line, fmt::format("\"{}\" \"{}\" has no letters or digits", column, value));
            (which == 0 ? pair.first : pair.second) = value;
        }
        pairs.push_back(std::move(pair));
    }
    return pairs;
}

}  // namespace

std::vector<PartyAlias> read_alias_file(const std::string& path) {
    std::vector<NamePair> pairs = read_name_pairs(path, "an alias file", "name", "party");
    std::string file = path == "-" ? "<stdin>" : path;
    struct Link {
        std::string target_key;
        std::string name;  // as written on the line
        std::uint64_t line;
    };
    std::unordered_map<std::string, Link> links;               // name key -> the party it names
    std::unordered_map<std::string, std::string> party_names;  // party key -> its name as first written
    std::vector<std::string> name_keys;                        // in file order
    for (const NamePair& pair : pairs) {
        auto [it, added] = links.try_emplace(pair.first_key, Link{pair.second_key, pair.first, pair.line});
        if (!added && it->second.target_key != pair.second_key)
            throw InputError(file, pair.line,
                             fmt::format("\"{}\" is already an alias of \"{}\" (line {}); a name belongs to one party",
                                         pair.first, party_names.at(it->second.target_key), it->second.line));
        if (added) name_keys.push_back(pair.first_key);
        party_names.try_emplace(pair.second_key, pair.second);
    }

    // Each name's final party, following the chain once for all the names on it: every name is walked over at
    // most once, so a chain of any length costs time in proportion to its links.
    std::vector<PartyAlias> aliases;
    std::unordered_map<std::string, char> final_keys;
    std::unordered_map<std::string, std::string> resolved;  // name key -> its final party's key
    std::unordered_map<std::string, char> on_path;
    std::vector<std::string> chain;
    for (const std::string& name_key : name_keys) {
        chain.assign(1, name_key);
        on_path.emplace(name_key, 0);
        std::string final_key;
        for (;;) {
            const std::string& at = chain.back();
            if (auto done = resolved.find(at); done != resolved.end()) {
                final_key = done->second;
                break;
            }
            auto it = links.find(at);
            if (it == links.end() || it->second.target_key == at) {  // a party, or a name for itself
                final_key = at;
                break;
            }
            const std::string& next = it->second.target_key;
            if (on_path.count(next)) {
                auto seen = std::find(chain.begin(), chain.end(), next);
                std::string cycle;
                for (auto c = seen; c != chain.end(); ++c) cycle += *c + " -> ";
                throw InputError(file, it->second.line, fmt::format("aliases form a cycle: {}{}", cycle, *seen));
            }
            on_path.emplace(next, 0);
            chain.push_back(next);
        }
        for (const std::string& key : chain) {
            resolved.emplace(key, final_key);
            on_path.erase(key);  // not clear(), which sweeps every bucket the longest chain so far made
        }
        aliases.push_back({name_key, party_names.at(final_key), final_key});
        final_keys.try_emplace(final_key, 0);
    }
    for (const auto& [key, unused] : final_keys)
        if (!links.count(key)) aliases.push_back({key, party_names.at(key), key});
    std::sort(aliases.begin() + std::ptrdiff_t(name_keys.size()), aliases.end(),
              [](const PartyAlias& a, const PartyAlias& b) { return a.name_key < b.name_key; });
    return aliases;
}

std::vector<GroupMember> read_group_file(const std::string& path) {
    std::vector<NamePair> pairs = read_name_pairs(path, "a group file", "party", "group");
    std::string file = path == "-" ? "<stdin>" : path;
    std::unordered_map<std::string, std::size_t> member_of;    // party key -> index in `members`
    std::unordered_map<std::string, std::string> group_names;  // group key -> its name as first written
    std::vector<GroupMember> members;
    for (const NamePair& pair : pairs) {
        const std::string& group = group_names.try_emplace(pair.second_key, pair.second).first->second;
        auto [it, added] = member_of.try_emplace(pair.first_key, members.size());
        if (added) {
            members.push_back({pair.first_key, group, pair.second_key, pair.line});
            continue;
        }
        const GroupMember& earlier = members[it->second];
        if (earlier.group_key != pair.second_key)
            throw InputError(file, pair.line,
                             fmt::format("\"{}\" is already in group \"{}\" (line {}); a party belongs to one group",
                                         pair.first, earlier.group, earlier.line));
    }
    return members;
}

}  // namespace patlap
