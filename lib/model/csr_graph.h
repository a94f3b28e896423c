#pragma once
// The one shape of graph used here: Boost's compressed sparse row graph, directed, with 32-bit vertex and edge
// indices (the data's ids are 32-bit), and an edge property where one is kept.
#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <cstdint>

namespace patlap {

template <class EdgeProperty = boost::no_property>
using CsrGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, EdgeProperty,
                                                    boost::no_property, std::uint32_t, std::uint32_t>;

}  // namespace patlap
