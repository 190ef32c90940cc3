#include "engine/data/value_parsing.h"

#include "engine/data/datetime_parsing.h"
#include "engine/data/fast_number.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>

namespace winnow::engine {
namespace {

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view text, std::string_view lowercase)
{
    if (text.size() != lowercase.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (lower(text[i]) != lowercase[i])
            return false;
    return true;
}

// from_chars leaves the value alone when the magnitude is out of range;
// strtod knows which way it overflowed. Only this rare path copies.
double outOfRangeValue(std::string_view text)
{
    std::string copy(text);
    return std::strtod(copy.c_str(), nullptr);
}

} // namespace

bool isMissingMarker(std::string_view text)
{
    switch (text.size()) {
    case 0: return true;
    case 2: return equalsIgnoringCase(text, "na");
    case 3: return equalsIgnoringCase(text, "n/a") || equalsIgnoringCase(text, "nan");
    case 4: return equalsIgnoringCase(text, "null") || equalsIgnoringCase(text, "none");
    default: return false;
    }
}

std::optional<double> parseNumber(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    // from_chars takes a minus sign but not a plus sign.
    if (text.front() == '+') {
        text.remove_prefix(1);
        if (text.empty() || text.front() == '-' || text.front() == '+')
            return std::nullopt;
    }
    double value = 0.0;
    const char* end = text.data() + text.size();
    const char* next = readNumber(text.data(), end, value);
    if (!next) {
        // Out-of-range magnitudes are numbers too; from_chars says which.
        // Only text starting like a number can be one.
        const char* first = text.data() + (text.front() == '-' ? 1 : 0);
        if (first == end || !((*first >= '0' && *first <= '9') || *first == '.'))
            return std::nullopt;
        auto [ptr, ec] = std::from_chars(text.data(), end, value, std::chars_format::general);
        if (ptr == end && ec == std::errc::result_out_of_range)
            return outOfRangeValue(text);
        return std::nullopt;
    }
    if (next != end)
        return std::nullopt;
    if (std::isnan(value))
        return std::nullopt; // a NaN spelling, never a number
    return value;
}

std::optional<double> parseBoolean(std::string_view text)
{
    if (equalsIgnoringCase(text, "true"))
        return 1.0;
    if (equalsIgnoringCase(text, "false"))
        return 0.0;
    return std::nullopt;
}

ClassifiedValue classifyValue(std::string_view field)
{
    constexpr double missing = std::numeric_limits<double>::quiet_NaN();
    auto text = trimSpaces(field);
    if (isMissingMarker(text))
        return {missing, NoValue};
    if (auto number = parseNumber(text))
        return {*number, NumberValue};
    if (auto boolean = parseBoolean(text))
        return {*boolean, BooleanValue};
    if (auto datetime = parseDatetime(text))
        return {*datetime, DatetimeValue};
    return {missing, TextValue};
}

} // namespace winnow::engine
