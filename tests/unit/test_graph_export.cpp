#include "analysis/party_network.h"
#include "output/graphviz_render.h"
#include "output/output_file.h"
#include "input/transfer_loader.h"
#include "output/graph_export.h"
#include "temp_file.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <catch2/catch.hpp>
#include <cstdio>
#include <map>
#include <sstream>

using namespace patlap;

namespace {

// Names that need escaping in DOT, XML and JSON: quotes, commas, a backslash, XML's < & >, and non-ASCII letters.
const std::string rows = "deal,date,kind,from,to,patent\n"
                         "\"Deal \"\"One\"\"\",2020-01-01,assignment,\"Else \"\"Quoted\"\" LLC\",\"Smith, John\",US1\n"
                         "\"Deal \"\"One\"\"\",2020-01-01,assignment,\"Else \"\"Quoted\"\" LLC\",\"Smith, John\",US2\n"
                         "D2,2020-02-01,license,\"Mäkinen, Liisa\",Back\\slash <&> Oy,US3\n"
                         "D3,2020-03-01,security,\"Smith, John\",Back\\slash <&> Oy,US1\n";

struct Loaded {
    Dataset data;
    PartyNetwork graph;
    Loaded(const std::string& text, bool by_deal) : data(load(text)) {
        PartyNetworkOptions options;
        options.by_deal = by_deal;
        graph = build_party_network(data, options);
    }
    static Dataset load(const std::string& text) {
        TempDir dir;
        return load_transfers({dir.write("in.csv", text)}, {});
    }
};

struct Node {
    std::string id, name, label;
    int patents_held = -1;
};
struct Edge {
    std::string label, style, kind, deal, first_date, last_date;
    int deals = -1, patents = -1;
};
using Parsed = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, Node, Edge>;

// "source->target: label" per edge (names, not ids); walks out-edges per vertex.
std::vector<std::string> edges_of(const Parsed& g, std::string Edge::*field, std::string Node::*node_field) {
    std::vector<std::string> out;
    for (auto v : boost::make_iterator_range(vertices(g)))
        for (auto e : boost::make_iterator_range(out_edges(v, g)))
            out.push_back(g[source(e, g)].*node_field + "->" + g[target(e, g)].*node_field + ": " + g[e].*field);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> nodes_of(const Parsed& g, std::string Node::*field) {
    std::vector<std::string> out;
    for (auto v : boost::make_iterator_range(vertices(g))) out.push_back(g[v].*field);
    std::sort(out.begin(), out.end());
    return out;
}

// Runs a shell command, returning its output and exit status.
std::pair<std::string, int> run(const std::string& command) {
    std::FILE* pipe = popen(command.c_str(), "r");
    std::string out;
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
    int status = pclose(pipe);
    return {out, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

}  // namespace

TEST_CASE("DOT output parses back with the nodes, edges and labels, escaped", "[graph-export]") {
    Loaded l(rows, false);
    std::ostringstream dot;
    write_dot(dot, l.data, l.graph);

    Parsed g;
    boost::dynamic_properties dp(boost::ignore_other_properties);
    dp.property("node_id", get(&Node::id, g));
    dp.property("label", get(&Node::label, g));
    dp.property("label", get(&Edge::label, g));
    dp.property("style", get(&Edge::style, g));
    REQUIRE(boost::read_graphviz(dot.str(), g, dp, "node_id"));

    // Boost's reader turns \" back into a quote and leaves DOT's own escapes (\n, \\) for the renderer.
    CHECK(nodes_of(g, &Node::label) == std::vector<std::string>{
                                           "Back\\\\slash <&> Oy\\n0 patents held",
                                           "Else \"Quoted\" LLC\\n0 patents held",
                                           "Mäkinen, Liisa\\n1 patent held",
                                           "Smith, John\\n2 patents held",
                                       });
    CHECK(edges_of(g, &Edge::label, &Node::id) == std::vector<std::string>{
                                                      "n1->n3: assignment\\n1 deal, 2 patents\\n2020-01-01",
                                                      "n2->n0: license\\n1 deal, 1 patent\\n2020-02-01",
                                                      "n3->n0: security\\n1 deal, 1 patent\\n2020-03-01",
                                                  });
    CHECK(edges_of(g, &Edge::style, &Node::id) ==
          std::vector<std::string>{"n1->n3: solid", "n2->n0: dashed", "n3->n0: dotted"});
}

TEST_CASE("DOT output is accepted by Graphviz (dot -Tcanon)", "[graph-export]") {
    if (find_dot().empty()) {
        WARN("SKIPPED: Graphviz's dot is not installed (apt-get install graphviz); DOT not checked with dot -Tcanon");
        return;
    }
    Loaded l(rows, true);
    TempDir dir;
    std::ostringstream dot;
    write_dot(dot, l.data, l.graph);
    std::string file = dir.write("g.dot", dot.str());
    auto [canon, status] = run("dot -Tcanon '" + file + "' 2>&1");
    REQUIRE(status == 0);
    CHECK(canon.find("label=\"Else \\\"Quoted\\\" LLC\\n0 patents held\"") != std::string::npos);
    CHECK(canon.find("label=\"Back\\\\slash <&> Oy\\n0 patents held\"") != std::string::npos);
    CHECK(canon.find("label=\"Deal \\\"One\\\"\\nassignment, 2 patents\\n2020-01-01\"") != std::string::npos);
    CHECK(std::count(canon.begin(), canon.end(), '>') >= 3);

    // Graphviz unescapes \\ and \" when it draws: the SVG shows the names as written (XML-escaped).
    OutputFile svg((dir.path() / "g.svg").string());
    CHECK(render_dot(dot.str(), "svg", svg.stream()) == 0);
    svg.commit();
    auto [text, cat_status] = run("cat '" + (dir.path() / "g.svg").string() + "'");
    CHECK(text.find("<svg") != std::string::npos);
    CHECK(text.find("Back\\slash &lt;&amp;&gt; Oy") != std::string::npos);
    CHECK(text.find("Else &quot;Quoted&quot; LLC") != std::string::npos);
    CHECK(text.find("Mäkinen, Liisa") != std::string::npos);
}

TEST_CASE("GraphML output parses back with Boost's read_graphml", "[graph-export]") {
    Loaded l(rows, true);
    std::ostringstream xml;
    write_graphml(xml, l.data, l.graph);

    Parsed g;
    boost::dynamic_properties dp;
    dp.property("name", get(&Node::name, g));
    dp.property("patents_held", get(&Node::patents_held, g));
    dp.property("kind", get(&Edge::kind, g));
    dp.property("deal", get(&Edge::deal, g));
    dp.property("deals", get(&Edge::deals, g));
    dp.property("patents", get(&Edge::patents, g));
    dp.property("first_date", get(&Edge::first_date, g));
    dp.property("last_date", get(&Edge::last_date, g));
    dp.property("style", get(&Edge::style, g));
    std::istringstream in(xml.str());
    boost::read_graphml(in, g, dp);

    CHECK(nodes_of(g, &Node::name) ==
          std::vector<std::string>{"Back\\slash <&> Oy", "Else \"Quoted\" LLC", "Mäkinen, Liisa", "Smith, John"});
    CHECK(edges_of(g, &Edge::deal, &Node::name) == std::vector<std::string>{
                                                       "Else \"Quoted\" LLC->Smith, John: Deal \"One\"",
                                                       "Mäkinen, Liisa->Back\\slash <&> Oy: D2",
                                                       "Smith, John->Back\\slash <&> Oy: D3",
                                                   });
    CHECK(edges_of(g, &Edge::kind, &Node::name)[1] == "Mäkinen, Liisa->Back\\slash <&> Oy: license");
    CHECK(edges_of(g, &Edge::first_date, &Node::name)[2] == "Smith, John->Back\\slash <&> Oy: 2020-03-01");
    std::map<std::string, int> held, patents, deals;
    for (auto v : boost::make_iterator_range(vertices(g))) held[g[v].name] = g[v].patents_held;
    for (auto e : boost::make_iterator_range(edges(g))) {
        patents[g[e].deal] = g[e].patents;
        deals[g[e].deal] = g[e].deals;
    }
    CHECK(held == std::map<std::string, int>{
                      {"Back\\slash <&> Oy", 0}, {"Else \"Quoted\" LLC", 0}, {"Mäkinen, Liisa", 1}, {"Smith, John", 2}});
    CHECK(patents == std::map<std::string, int>{{"Deal \"One\"", 2}, {"D2", 1}, {"D3", 1}});
    CHECK(deals == std::map<std::string, int>{{"Deal \"One\"", 1}, {"D2", 1}, {"D3", 1}});
}

TEST_CASE("JSON output escapes names", "[graph-export]") {
    Loaded l(rows, true);
    std::ostringstream json;
    write_graph_json(json, l.data, l.graph);
    std::string text = json.str();
    CHECK(text.find(R"({"id": "n0", "name": "Back\\slash <&> Oy", "patents_held": 0})") != std::string::npos);
    CHECK(text.find(R"({"id": "n1", "name": "Else \"Quoted\" LLC", "patents_held": 0})") != std::string::npos);
    CHECK(text.find(R"({"from": "n1", "to": "n3", "kind": "assignment", "deal": "Deal \"One\"", "deals": 1, )"
                    R"("patents": 2, "first_date": "2020-01-01", "last_date": "2020-01-01"})") != std::string::npos);
}

TEST_CASE("edge styles by kind", "[graph-export]") {
    CHECK(edge_style(TransferKind::assignment) == "solid");
    CHECK(edge_style(TransferKind::merger) == "solid");
    CHECK(edge_style(TransferKind::license) == "dashed");
    CHECK(edge_style(TransferKind::security) == "dotted");
    CHECK(edge_style(TransferKind::release) == "dotted");
    CHECK(parse_graph_format("graphml") == GraphFormat::graphml);
    CHECK(parse_graph_format("png") == GraphFormat::png);
    CHECK_FALSE(parse_graph_format("jpeg"));
}
