#pragma once

#include <string>
#include <string_view>

namespace winnow::engine {

// Text from the user (feature names, labels, parameter values) made safe to
// place into HTML, SVG or a Graphviz HTML-like label: invalid UTF-8 and
// control characters become U+FFFD (tabs and line breaks a space), and
// & < > " ' become character references, so the result is valid both as
// element text and as a quoted attribute value.
std::string escapeMarkup(std::string_view text);

// Only the first part: valid UTF-8 without control characters.
std::string sanitizeText(std::string_view text);

// The first `limit` characters (code points) of UTF-8 text, followed by an
// ellipsis when there were more.
std::string shorten(std::string_view text, std::size_t limit);

} // namespace winnow::engine
