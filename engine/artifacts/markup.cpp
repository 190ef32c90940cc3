#include "engine/artifacts/markup.h"

#include <cstdint>

namespace winnow::engine {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD

// The length of the valid UTF-8 sequence starting at text[at], or 0.
std::size_t sequenceLength(std::string_view text, std::size_t at)
{
    const auto lead = static_cast<std::uint8_t>(text[at]);
    std::size_t length = 0;
    std::uint32_t minimum = 0;
    std::uint32_t codePoint = 0;
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0) {
        length = 2, minimum = 0x80, codePoint = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, minimum = 0x800, codePoint = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, minimum = 0x10000, codePoint = lead & 0x07;
    } else {
        return 0;
    }
    if (at + length > text.size())
        return 0;
    for (std::size_t i = 1; i < length; ++i) {
        const auto next = static_cast<std::uint8_t>(text[at + i]);
        if ((next & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    // Overlong forms, surrogates and values past Unicode are all invalid.
    if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}

} // namespace

std::string sanitizeText(std::string_view text)
{
    std::string clean;
    clean.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = sequenceLength(text, at);
        if (length == 0) {
            clean += kReplacement;
            ++at;
            continue;
        }
        const auto lead = static_cast<unsigned char>(text[at]);
        if (lead == '\t' || lead == '\n' || lead == '\r')
            clean += ' ';
        else if (lead < 0x20 || lead == 0x7F)
            clean += kReplacement;
        else
            clean.append(text.substr(at, length));
        at += length;
    }
    return clean;
}

std::string escapeMarkup(std::string_view text)
{
    std::string escaped;
    for (char c : sanitizeText(text)) {
        switch (c) {
        case '&': escaped += "&amp;"; break;
        case '<': escaped += "&lt;"; break;
        case '>': escaped += "&gt;"; break;
        case '"': escaped += "&quot;"; break;
        case '\'': escaped += "&#39;"; break;
        default: escaped += c;
        }
    }
    return escaped;
}

std::string shorten(std::string_view text, std::size_t limit)
{
    std::size_t characters = 0;
    for (std::size_t at = 0; at < text.size(); ++characters) {
        if (characters == limit)
            return std::string(text.substr(0, at)) + "\xE2\x80\xA6"; // U+2026
        std::size_t length = sequenceLength(text, at);
        at += length == 0 ? 1 : length;
    }
    return std::string(text);
}

} // namespace winnow::engine
