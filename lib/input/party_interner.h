#pragma once
// Interns party names as written into a Dataset: each new spelling gets its party key (party_name.h) and
// counts towards the party's display name. Remembers the last spelling seen, since the rows of one deal usually
// repeat it.
#include "model/dataset.h"
#include "model/party_name.h"

#include <string>
#include <string_view>

namespace patlap {

class PartyInterner {
public:
    explicit PartyInterner(Dataset& data) : data_(data) {}

    // The name must have a letter or digit (the readers check it).
    PartyId intern(std::string_view name) { return intern(name, StringPool::hash(name)); }
    // `hash`: StringPool::hash(name), worked out ahead (by a reader thread, say).
    PartyId intern(std::string_view name, std::uint32_t hash) {
        if (recent_spelling_ != StringPool::npos && name == recent_name_) {
            ++data_.spelling_count[recent_spelling_];
            return data_.spelling_party[recent_spelling_];
        }
        StringPool::Lookup found = data_.spellings.lookup(name, hash);
        StringId spelling = found.id;
        if (spelling == StringPool::npos) {
            party_key(name, key_);
            spelling = data_.spellings.insert(found, name);
            data_.spelling_party.push_back(data_.parties.intern(key_));
            data_.spelling_count.push_back(0);
        }
        ++data_.spelling_count[spelling];
        recent_spelling_ = spelling;
        recent_name_.assign(name);
        return data_.spelling_party[spelling];
    }

    // The spelling id of the name interned last.
    StringId last_spelling() const { return recent_spelling_; }

private:
    Dataset& data_;
    std::string recent_name_;
    StringId recent_spelling_ = StringPool::npos;
    std::string key_;
};

}  // namespace patlap
