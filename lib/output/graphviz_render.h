#pragma once
// Rendering DOT text to SVG or PNG by running Graphviz's `dot`, an optional program (Debian package graphviz).
#include "base/errors.h"

#include <cstdio>
#include <string>
#include <string_view>

namespace patlap {

// The path of `dot` on PATH, or "" when Graphviz is not installed.
std::string find_dot();

// Throws OutputError, naming the package to install, when `dot` is not on PATH. `format`: what it would render.
void require_dot(std::string_view format);

// Writes `dot_text` rendered by `dot -T<format>` (svg, png) to `out`. Returns 0, or the errno of the first write to
// `out` that failed (EPIPE: the reader of a pipe went away), as write_table does. Throws OutputError when `dot` is
// missing or fails; its own messages go to standard error.
int render_dot(std::string_view dot_text, std::string_view format, std::FILE* out);

}  // namespace patlap
