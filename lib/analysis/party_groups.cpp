#include "analysis/party_groups.h"

#include "analysis/deal_filter.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <stdexcept>
#include <unordered_map>

namespace patlap {
namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

bool is_rename(TransferKind kind) { return kind == TransferKind::name_change || kind == TransferKind::merger; }

}  // namespace

PartyMapping group_mapping(const Dataset& data, const std::vector<GroupMember>& members, bool link_renames) {
    // Vertices: the parties, then one per group (in the order the group file first names them).
    std::size_t party_count = data.parties.size();
    std::unordered_map<std::string_view, std::size_t> group_index;
    std::vector<const GroupMember*> groups;
    for (const GroupMember& member : members)
        if (group_index.try_emplace(member.group_key, groups.size()).second) groups.push_back(&member);
    Graph graph(party_count + groups.size());

    std::vector<char> listed(party_count, 0);
    for (const GroupMember& member : members) {
        PartyId party = find_party(data, member.party_key);
        if (party == StringPool::npos) continue;
        listed[party] = 1;
        boost::add_edge(party, party_count + group_index.at(member.group_key), graph);
    }
    for (std::size_t g = 0; g < groups.size(); ++g) {
        PartyId party = data.parties.find(groups[g]->group_key);
        if (party != StringPool::npos && !listed[party]) boost::add_edge(party, party_count + g, graph);
    }

    // With --link-renames: the survivor of each party's latest rename, to name families without a group.
    std::vector<std::uint64_t> last_rename(party_count, 0);  // date and deal rank of the latest rename seen
    std::vector<PartyId> survivor(party_count, StringPool::npos);
    if (link_renames) {
        if (data.deal_patents_only) throw std::invalid_argument("linking renames needs the whole rows");
        const auto& rank = data.deal_name_rank();
        for (const Transfer& t : data.transfers) {
            if (!is_rename(t.kind) || t.from == t.to) continue;
            boost::add_edge(t.from, t.to, graph);
            std::uint64_t when = std::uint64_t(t.date) << 32 | rank[t.deal];
            for (PartyId party : {t.from, t.to})
                if (when >= last_rename[party]) {
                    last_rename[party] = when;
                    survivor[party] = t.to;
                }
        }
    }

    std::vector<std::size_t> component(boost::num_vertices(graph));
    std::size_t component_count = boost::connected_components(graph, component.data());

    // What each family is called: its first group, else the survivor of its latest rename.
    std::vector<std::size_t> family_group(component_count, SIZE_MAX);
    for (std::size_t g = groups.size(); g-- > 0;) family_group[component[party_count + g]] = g;
    std::vector<std::uint64_t> family_when(component_count, 0);
    std::vector<PartyId> family_survivor(component_count, StringPool::npos);
    for (PartyId party = 0; party < party_count; ++party) {
        std::size_t family = component[party];
        if (survivor[party] != StringPool::npos && last_rename[party] >= family_when[family]) {
            family_when[family] = last_rename[party];
            family_survivor[family] = survivor[party];
        }
    }

    PartyMapping mapping;
    mapping.party_of.resize(party_count);
    for (PartyId party = 0; party < party_count; ++party) {
        std::size_t family = component[party];
        std::string_view key = data.parties.str(party);
        std::string name;
        if (family_group[family] != SIZE_MAX) {
            key = groups[family_group[family]]->group_key;
            name = groups[family_group[family]]->group;
        } else if (family_survivor[family] != StringPool::npos) {
            key = data.parties.str(family_survivor[family]);
            name = data.party_name(family_survivor[family]);
        }
        PartyId to = mapping.keys.intern(key);
        if (to == mapping.names.size()) mapping.names.push_back(name);
        mapping.party_of[party] = to;
    }
    return mapping;
}

}  // namespace patlap
