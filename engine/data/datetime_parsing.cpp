#include "engine/data/datetime_parsing.h"

namespace winnow::engine {
namespace {

// Reads exactly `count` digits at `pos`, advancing it.
bool readDigits(std::string_view text, std::size_t& pos, int count, int& out)
{
    if (pos + static_cast<std::size_t>(count) > text.size())
        return false;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        char c = text[pos + static_cast<std::size_t>(i)];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    pos += static_cast<std::size_t>(count);
    out = value;
    return true;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

bool isUpperLetter(char c)
{
    return c >= 'A' && c <= 'Z';
}

// An offset such as +02:00, -0530 or +02, as seconds east of UTC.
bool readOffset(std::string_view text, std::size_t& pos, int& seconds)
{
    if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-'))
        return false;
    int sign = text[pos] == '-' ? -1 : 1;
    ++pos;
    int hours = 0;
    int minutes = 0;
    if (!readDigits(text, pos, 2, hours))
        return false;
    if (pos < text.size() && text[pos] == ':')
        ++pos;
    if (pos < text.size() && !readDigits(text, pos, 2, minutes))
        return false;
    if (hours > 23 || minutes > 59)
        return false;
    seconds = sign * (hours * 3600 + minutes * 60);
    return true;
}

// What may follow the time: nothing, Z, UTC, or an offset that may be
// followed by a zone abbreviation (ML Hub writes "+0000 UTC").
bool readZone(std::string_view text, std::size_t pos, int& offsetSeconds)
{
    offsetSeconds = 0;
    if (pos == text.size())
        return true;
    if (text[pos] == 'Z')
        return pos + 1 == text.size();
    if (text[pos] == ' ')
        ++pos;
    if (text.substr(pos) == "UTC")
        return true;
    if (!readOffset(text, pos, offsetSeconds))
        return false;
    if (pos == text.size())
        return true;
    if (text[pos] != ' ')
        return false;
    ++pos;
    std::size_t letters = text.size() - pos;
    if (letters == 0 || letters > 5)
        return false;
    for (; pos < text.size(); ++pos)
        if (!isUpperLetter(text[pos]))
            return false;
    return true;
}

} // namespace

long long daysFromCivil(long long year, unsigned month, unsigned day)
{
    // Counts in eras of 400 years, each with the same number of days.
    year -= month <= 2 ? 1 : 0;
    const long long era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = static_cast<unsigned>(year - era * 400);
    const unsigned dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + static_cast<long long>(dayOfEra) - 719468;
}

std::optional<double> parseDatetime(std::string_view text)
{
    // The shortest form is a date, 10 characters; anything else starts with one.
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    std::size_t pos = 0;
    int year = 0, month = 0, day = 0;
    if (!readDigits(text, pos, 4, year) || !readDigits(text, ++pos, 2, month) ||
        !readDigits(text, ++pos, 2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    double seconds = static_cast<double>(daysFromCivil(year, static_cast<unsigned>(month),
                                                       static_cast<unsigned>(day))) *
                     86400.0;
    if (pos == text.size())
        return seconds;
    if (text[pos] != 'T' && text[pos] != ' ')
        return std::nullopt;
    ++pos;
    int hour = 0, minute = 0, second = 0;
    if (!readDigits(text, pos, 2, hour) || pos >= text.size() || text[pos] != ':' ||
        !readDigits(text, ++pos, 2, minute))
        return std::nullopt;
    double fraction = 0.0;
    if (pos < text.size() && text[pos] == ':') {
        if (!readDigits(text, ++pos, 2, second))
            return std::nullopt;
        if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
            ++pos;
            double scale = 0.1;
            std::size_t digits = 0;
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
                fraction += (text[pos] - '0') * scale;
                scale /= 10.0;
                ++pos;
                ++digits;
            }
            if (digits == 0)
                return std::nullopt;
        }
    }
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    int offset = 0;
    if (!readZone(text, pos, offset))
        return std::nullopt;
    return seconds + hour * 3600.0 + minute * 60.0 + second + fraction - offset;
}

} // namespace winnow::engine
