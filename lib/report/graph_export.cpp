#include "report/graph_export.h"

#include "report/output_format.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/property_map.hpp>
#include <fmt/format.h>
#include <ostream>
#include <string>

namespace patlap {
namespace {

struct NodeAttributes {
    std::string id, name, label;
    std::uint32_t patents_held = 0;
};

struct EdgeAttributes {
    std::string label, kind, deal, style, colour, first_date, last_date;
    std::uint32_t deals = 0, patents = 0;
};

// The party graph is already sorted by source node, so a CSR graph is built straight from it.
using Drawing = boost::compressed_sparse_row_graph<boost::directedS, NodeAttributes, EdgeAttributes>;

// Text inside a DOT label: Boost quotes the value and escapes its double quotes, but a backslash would still start
// an escape sequence of DOT's own (\n, \N, \", ...), so backslashes are doubled first.
std::string dot_text(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\\') out += "\\\\";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
    return out;
}

std::string count_of(std::uint32_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string date_range(const PartyEdge& e) {
    return e.first_date == e.last_date ? format_date(e.first_date)
                                       : format_date(e.first_date) + " to " + format_date(e.last_date);
}

Drawing make_drawing(const Dataset& data, const PartyGraph& graph) {
    std::vector<std::pair<std::size_t, std::size_t>> ends;
    std::vector<EdgeAttributes> attributes;
    for (const PartyEdge& edge : graph.edges) {
        EdgeAttributes a;
        a.kind = kind_name(edge.kind);
        a.style = edge_style(edge.kind);
        a.colour = edge_colour(edge.kind);
        a.deals = edge.deals;
        a.patents = edge.patents;
        a.first_date = format_date(edge.first_date);
        a.last_date = format_date(edge.last_date);
        if (edge.deal != StringPool::npos) {
            a.deal = data.deal_name(edge.deal);
            a.label = dot_text(a.deal) + "\\n" + a.kind + ", " + count_of(edge.patents, "patent", "patents");
        } else {
            a.label = a.kind + "\\n" + count_of(edge.deals, "deal", "deals") + ", " +
                      count_of(edge.patents, "patent", "patents");
        }
        a.label += "\\n" + date_range(edge);
        ends.emplace_back(edge.from, edge.to);
        attributes.push_back(std::move(a));
    }
    Drawing drawing(boost::edges_are_sorted, ends.begin(), ends.end(), attributes.begin(), graph.nodes.size());
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const PartyNode& node = graph.nodes[i];
        NodeAttributes& a = drawing[i];
        a.id = fmt::format("n{}", i);
        a.name = data.party_name(node.party);
        a.patents_held = node.patents_held;
        a.label = dot_text(a.name) + "\\n" + count_of(node.patents_held, "patent held", "patents held");
    }
    return drawing;
}

void flush_when_large(std::ostream& out, std::string& text) {
    if (text.size() < (1 << 16)) return;
    out << text;
    text.clear();
}

}  // namespace

std::optional<GraphFormat> parse_graph_format(std::string_view name) {
    if (name == "dot") return GraphFormat::dot;
    if (name == "graphml") return GraphFormat::graphml;
    if (name == "json") return GraphFormat::json;
    if (name == "svg") return GraphFormat::svg;
    return std::nullopt;
}

std::string_view edge_style(TransferKind kind) {
    switch (kind) {
        case TransferKind::license: return "dashed";
        case TransferKind::security:
        case TransferKind::release: return "dotted";
        default: return "solid";
    }
}

std::string_view edge_colour(TransferKind kind) {
    switch (kind) {
        case TransferKind::license: return "#1f5fa8";
        case TransferKind::security: return "#b22222";
        case TransferKind::release: return "#2e8b57";
        case TransferKind::other: return "#808080";
        default: return "#000000";
    }
}

void write_dot(std::ostream& out, const Dataset& data, const PartyGraph& graph) {
    Drawing drawing = make_drawing(data, graph);
    boost::dynamic_properties dp;
    dp.property("node_id", get(&NodeAttributes::id, drawing));
    dp.property("label", get(&NodeAttributes::label, drawing));
    dp.property("shape", boost::make_constant_property<Drawing::vertex_descriptor>(std::string("box")));
    dp.property("label", get(&EdgeAttributes::label, drawing));
    dp.property("style", get(&EdgeAttributes::style, drawing));
    dp.property("color", get(&EdgeAttributes::colour, drawing));
    dp.property("rankdir", boost::make_constant_property<Drawing*>(std::string("LR")));
    boost::write_graphviz_dp(out, drawing, dp, "node_id");
}

void write_graphml(std::ostream& out, const Dataset& data, const PartyGraph& graph) {
    Drawing drawing = make_drawing(data, graph);
    bool by_deal = !graph.edges.empty() && graph.edges.front().deal != StringPool::npos;
    boost::dynamic_properties dp;
    dp.property("name", get(&NodeAttributes::name, drawing));
    dp.property("patents_held", get(&NodeAttributes::patents_held, drawing));
    dp.property("kind", get(&EdgeAttributes::kind, drawing));
    if (by_deal) dp.property("deal", get(&EdgeAttributes::deal, drawing));
    dp.property("deals", get(&EdgeAttributes::deals, drawing));
    dp.property("patents", get(&EdgeAttributes::patents, drawing));
    dp.property("first_date", get(&EdgeAttributes::first_date, drawing));
    dp.property("last_date", get(&EdgeAttributes::last_date, drawing));
    dp.property("style", get(&EdgeAttributes::style, drawing));
    boost::write_graphml(out, drawing, dp, true);
}

void write_graph_json(std::ostream& out, const Dataset& data, const PartyGraph& graph) {
    std::string text = "{\"nodes\": [";
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const PartyNode& node = graph.nodes[i];
        text += i ? ",\n  " : "\n  ";
        fmt::format_to(std::back_inserter(text), "{{\"id\": \"n{}\", \"name\": ", i);
        append_json_string(text, data.party_name(node.party));
        fmt::format_to(std::back_inserter(text), ", \"patents_held\": {}}}", node.patents_held);
        flush_when_large(out, text);
    }
    text += graph.nodes.empty() ? "],\n\"edges\": [" : "\n],\n\"edges\": [";
    for (std::size_t i = 0; i < graph.edges.size(); ++i) {
        const PartyEdge& edge = graph.edges[i];
        text += i ? ",\n  " : "\n  ";
        fmt::format_to(std::back_inserter(text), "{{\"from\": \"n{}\", \"to\": \"n{}\", \"kind\": \"{}\", ", edge.from,
                       edge.to, kind_name(edge.kind));
        if (edge.deal != StringPool::npos) {
            text += "\"deal\": ";
            append_json_string(text, data.deal_name(edge.deal));
            text += ", ";
        }
        fmt::format_to(std::back_inserter(text),
                       "\"deals\": {}, \"patents\": {}, \"first_date\": \"{}\", \"last_date\": \"{}\"}}", edge.deals,
                       edge.patents, format_date(edge.first_date), format_date(edge.last_date));
        flush_when_large(out, text);
    }
    text += graph.edges.empty() ? "]}\n" : "\n]}\n";
    out << text;
}

}  // namespace patlap
