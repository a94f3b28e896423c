#pragma once
// Writes the party graph as Graphviz DOT or GraphML (with Boost.Graph's writers), or as JSON.
#include "analysis/party_network.h"

#include <iosfwd>
#include <optional>
#include <string_view>

namespace patlap {

// svg and png: the DOT rendered by Graphviz (see output/graphviz_render.h).
enum class GraphFormat { dot, graphml, json, svg, png };

std::optional<GraphFormat> parse_graph_format(std::string_view name);

// How an edge of each kind is drawn: title transfers solid, licences dashed, liens (security, release) dotted,
// other rows solid grey.
std::string_view edge_style(TransferKind kind);
std::string_view edge_colour(TransferKind kind);

void write_dot(std::ostream& out, const Dataset& data, const PartyNetwork& graph);
void write_graphml(std::ostream& out, const Dataset& data, const PartyNetwork& graph);
void write_graph_json(std::ostream& out, const Dataset& data, const PartyNetwork& graph);

}  // namespace patlap
