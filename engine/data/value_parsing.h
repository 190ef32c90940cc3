#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace winnow::engine {

// How the CSV reader reads one field's text. Every function here looks at
// the text with surrounding spaces removed (see trimSpaces); categorical
// values keep their text exactly as written.

// Bits describing which kinds of value a column holds; a column whose
// values are all of one kind gets that kind's type.
enum ValueKind : std::uint8_t {
    NoValue = 0, // missing
    NumberValue = 1,
    BooleanValue = 2,
    DatetimeValue = 4,
    TextValue = 8,
};

inline std::string_view trimSpaces(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return text;
}

// Empty, or one of NA, N/A, NaN, null, None in any letter case.
bool isMissingMarker(std::string_view trimmed);

// isMissingMarker(trimSpaces(field)), quick for the usual field that is
// too long to be a marker and has no surrounding spaces.
inline bool isMissingField(std::string_view field)
{
    if (field.size() > 4 && field.front() != ' ' && field.back() != ' ')
        return false;
    return isMissingMarker(trimSpaces(field));
}

// A decimal number: optional sign (+ or -), digits with an optional
// fraction, an optional exponent; also inf/infinity. NaN spellings are
// missing markers, not numbers. Out-of-range magnitudes become +-inf or 0.
std::optional<double> parseNumber(std::string_view trimmed);

// true or false in any letter case, as 1 or 0.
std::optional<double> parseBoolean(std::string_view trimmed);

// The field's value and kind: NaN and NoValue when missing, NaN and
// TextValue when it is none of the typed kinds.
struct ClassifiedValue {
    double value;
    ValueKind kind;
};
ClassifiedValue classifyValue(std::string_view field);

} // namespace winnow::engine
