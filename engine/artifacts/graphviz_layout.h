#pragma once

#include <string>

namespace winnow::engine {

// Lays out a graph written in DOT with Graphviz's dot engine and returns
// the drawing as an SVG element, without the XML prolog and DOCTYPE, ready
// to be placed inside an HTML page.
//
// Graphviz keeps global state and is not thread-safe, so calls are
// serialised; what it would print to stderr is collected instead and, when
// the graph cannot be read or laid out, becomes the message of the
// std::runtime_error thrown.
std::string layoutDotAsSvg(const std::string& dot);

} // namespace winnow::engine
