// Measures the memory of the deal-patent graph as patlap builds it (Boost compressed_sparse_row_graph) against
// the same graph as a Boost adjacency_list, on a transfer CSV. Part of the benchmark: tests/bench/run.sh runs it.
//
//   patlap-graph-memory FILE.csv
#include "input/transfer_loader.h"
#include "model/deal_patent_graph.h"

#include <boost/graph/adjacency_list.hpp>
#include <chrono>
#include <cstdio>
#include <malloc.h>

namespace {

double heap_megabytes() {
    struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / 1e6;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: patlap-graph-memory FILE.csv\n");
        return 2;
    }
    patlap::LoadOptions options;
    options.skip_bad_rows = true;
    options.with_parties = false;
    patlap::Dataset data = patlap::load_transfers({argv[1]}, options);

    double before = heap_megabytes();
    auto start = std::chrono::steady_clock::now();
    patlap::DealPatentGraph csr(data);
    double csr_seconds = seconds_since(start);
    double csr_megabytes = heap_megabytes() - before;
    std::size_t edges = num_edges(csr.graph()), vertices = num_vertices(csr.graph());

    using AdjacencyList = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    before = heap_megabytes();
    start = std::chrono::steady_clock::now();
    AdjacencyList list(vertices);
    for (std::uint32_t v = 0; v < vertices; ++v)
        for (auto [first, last] = boost::adjacent_vertices(v, csr.graph()); first != last; ++first)
            boost::add_edge(v, *first, list);
    double list_seconds = seconds_since(start);
    double list_megabytes = heap_megabytes() - before;

    std::printf("graph: %zu vertices, %zu edges (each deal-patent pair in both directions)\n", vertices, edges);
    std::printf("  compressed_sparse_row_graph  %8.1f MB  %6.2f s to build\n", csr_megabytes, csr_seconds);
    std::printf("  adjacency_list<vecS,vecS>    %8.1f MB  %6.2f s to build (from the CSR edges)\n", list_megabytes,
                list_seconds);
    std::printf("  ratio adjacency_list / CSR   %8.2f\n", list_megabytes / csr_megabytes);
    return 0;
}
