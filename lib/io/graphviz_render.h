#pragma once
// Rendering DOT text to SVG by running Graphviz's `dot`, an optional program (Debian package graphviz).
#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>

namespace patlap {

class RenderError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The path of `dot` on PATH, or "" when Graphviz is not installed.
std::string find_dot();

// Throws RenderError, naming the package to install, when `dot` is not on PATH.
void require_dot();

// Writes `dot_text` rendered as SVG to `out` (flushed first; `dot` writes to its file descriptor directly).
// Throws RenderError when `dot` is missing or fails; its own messages go to standard error. Throws OutputClosed
// (io/output_file.h) when `out` is a pipe whose reader went away, which `dot` learns first (it dies of SIGPIPE).
void render_svg(std::string_view dot_text, std::FILE* out);

}  // namespace patlap
