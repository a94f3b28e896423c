#include "output/graph_export.h"

#include "output/cell_format.h"
#include "output/output_format.h"

#include "model/csr_graph.h"
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <boost/property_map/property_map.hpp>
#include <fmt/format.h>
#include <ostream>
#include <string>

namespace patlap {
namespace {

// The party graph's shape as a Boost CSR graph: it is already sorted by source node, so edge i of the CSR graph is
// graph.edges[i]. The writers' attributes are property maps computed from the party graph when written, so a graph
// of millions of edges never holds its labels in memory.
using Drawing = CsrGraph<>;
using Node = boost::graph_traits<Drawing>::vertex_descriptor;
using Edge = boost::graph_traits<Drawing>::edge_descriptor;

Drawing make_drawing(const PartyNetwork& graph) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ends;
    ends.reserve(graph.edges.size());
    for (const PartyEdge& edge : graph.edges) ends.emplace_back(edge.from, edge.to);
    return Drawing(boost::edges_are_sorted, ends.begin(), ends.end(), Drawing::vertices_size_type(graph.nodes.size()),
                   Drawing::edges_size_type(ends.size()));
}

template <class Key, class Function>
auto attribute(Function function) {
    return boost::make_function_property_map<Key>(function);
}

// Labels are appended to one buffer reused for every node and edge: a graph of millions of edges would
// otherwise build several short-lived strings per edge.

// Text inside a quoted DOT label: quotes and backslashes escaped (a lone backslash would start one of DOT's own
// escapes, \n, \N, ...), line breaks as spaces.
void append_dot_text(std::string& out, std::string_view text) {
    for (char c : text) {
        if (c == '\\') out += "\\\\";
        else if (c == '"') out += "\\\"";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
}

void append_count(std::string& out, std::uint32_t n, std::string_view one, std::string_view many) {
    out += fmt::format_int(n).str();
    out += ' ';
    out += n == 1 ? one : many;
}

void append_node_label(std::string& out, const Dataset& data, const PartyNode& node) {
    append_dot_text(out, data.party_name(node.party));
    out += "\\n";
    append_count(out, node.patents_held, "patent held", "patents held");
}

void append_edge_label(std::string& out, const Dataset& data, const PartyEdge& edge) {
    if (edge.deal != StringPool::npos) {
        append_dot_text(out, data.deal_name(edge.deal));
        out += "\\n";
        out += kind_name(edge.kind);
        out += ", ";
    } else {
        out += kind_name(edge.kind);
        out += "\\n";
        append_count(out, edge.deals, "deal", "deals");
        out += ", ";
    }
    append_count(out, edge.patents, "patent", "patents");
    out += "\\n";
    append_date(out, edge.first_date);
    if (edge.last_date != edge.first_date) {
        out += " to ";
        append_date(out, edge.last_date);
    }
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
    if (name == "png") return GraphFormat::png;
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

// A DOT node id, `n` and the node's number. Boost's writer passes every node id through escape_dot_string, which
// for an arbitrary type is a regular-expression match (eight million of them for a graph of four million edges);
// this overload, found by argument-dependent lookup, knows the id needs no quoting.
struct DotNodeId {
    Node node;
};

[[maybe_unused]] std::string escape_dot_string(const DotNodeId& id) {
    std::string text = "n";
    text += fmt::format_int(id.node).c_str();
    return text;
}

void write_dot(std::ostream& out, const Dataset& data, const PartyNetwork& graph) {
    // Boost's write_graphviz with attribute writers of our own rather than write_graphviz_dp: the latter runs every
    // value through escape_dot_string, a regular-expression match that took two thirds of the time on large graphs
    // (and does not escape backslashes). These writers quote every value themselves.
    Drawing drawing = make_drawing(graph);
    const auto& nodes = graph.nodes;
    const auto& edges = graph.edges;
    std::string text;
    auto write_node = [&](std::ostream& os, Node v) {
        text = " [label=\"";
        append_node_label(text, data, nodes[v]);
        text += "\", shape=box]";
        os.write(text.data(), std::streamsize(text.size()));
    };
    auto write_edge = [&](std::ostream& os, Edge e) {
        const PartyEdge& edge = edges[e.idx];
        text = "[color=\"";
        text += edge_colour(edge.kind);
        text += "\", label=\"";
        append_edge_label(text, data, edge);
        text += "\", style=";
        text += edge_style(edge.kind);
        text += ']';
        os.write(text.data(), std::streamsize(text.size()));
    };
    auto write_graph = [](std::ostream& os) { os << "rankdir=LR;\n"; };
    boost::write_graphviz(out, drawing, write_node, write_edge, write_graph,
                          attribute<Node>([](Node v) { return DotNodeId{v}; }));
}

void write_graphml(std::ostream& out, const Dataset& data, const PartyNetwork& graph) {
    Drawing drawing = make_drawing(graph);
    const auto& nodes = graph.nodes;
    const auto& edges = graph.edges;
    bool by_deal = !edges.empty() && edges.front().deal != StringPool::npos;
    boost::dynamic_properties dp;
    dp.property("name", attribute<Node>([&](Node v) { return std::string(data.party_name(nodes[v].party)); }));
    dp.property("patents_held", attribute<Node>([&](Node v) { return nodes[v].patents_held; }));
    dp.property("kind", attribute<Edge>([&](Edge e) { return std::string(kind_name(edges[e.idx].kind)); }));
    if (by_deal)
        dp.property("deal", attribute<Edge>([&](Edge e) { return std::string(data.deal_name(edges[e.idx].deal)); }));
    dp.property("deals", attribute<Edge>([&](Edge e) { return edges[e.idx].deals; }));
    dp.property("patents", attribute<Edge>([&](Edge e) { return edges[e.idx].patents; }));
    dp.property("first_date", attribute<Edge>([&](Edge e) { return format_date(edges[e.idx].first_date); }));
    dp.property("last_date", attribute<Edge>([&](Edge e) { return format_date(edges[e.idx].last_date); }));
    dp.property("style", attribute<Edge>([&](Edge e) { return std::string(edge_style(edges[e.idx].kind)); }));
    boost::write_graphml(out, drawing, dp, true);
}

void write_graph_json(std::ostream& out, const Dataset& data, const PartyNetwork& graph) {
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
