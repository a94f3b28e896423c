#pragma once
// Rendering DOT text to SVG by running Graphviz's `dot`, an optional program (Debian package graphviz).
#include "base/errors.h"

#include <cstdio>
#include <string>
#include <string_view>

namespace patlap {

// The path of `dot` on PATH, or "" when Graphviz is not installed.
std::string find_dot();

// Throws OutputError, naming the package to install, when `dot` is not on PATH.
void require_dot();

// Writes `dot_text` rendered as SVG to `out` (flushed first; `dot` writes to its file descriptor directly).
// Throws OutputError when `dot` is missing or fails; its own messages go to standard error. Throws OutputClosed
// (base/errors.h) when `out` is a pipe whose reader went away, which `dot` learns first (it dies of SIGPIPE).
void render_svg(std::string_view dot_text, std::FILE* out);

}  // namespace patlap
