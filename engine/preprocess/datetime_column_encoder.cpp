#include "engine/preprocess/datetime_column_encoder.h"

#include "engine/core/errors.h"

#include <algorithm>
#include <cmath>

namespace winnow::engine {

namespace {

struct CivilDate {
    double year;
    double month;
    double day;
};

// The proleptic Gregorian date of a day count from 1970-01-01, after
// Howard Hinnant's days_from_civil inverse: exact for any day count.
CivilDate civilFromDays(long long days)
{
    days += 719468;
    const long long era = (days >= 0 ? days : days - 146096) / 146097;
    const long long dayOfEra = days - era * 146097;
    const long long yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const long long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const long long shiftedMonth = (5 * dayOfYear + 2) / 153; // March is 0
    const long long day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    const long long month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const long long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return {double(year), double(month), double(day)};
}

// Times beyond some 300,000 years of 1970 are taken for missing: they are
// surely errors, and their day counts would not fit the calendar arithmetic.
bool isUsableTime(double seconds)
{
    return std::isfinite(seconds) && std::abs(seconds) < 1e13;
}

std::optional<DatePart> parseDatePart(const std::string& name)
{
    for (auto part : kDateParts)
        if (name == datePartName(part))
            return part;
    return std::nullopt;
}

} // namespace

const char* datePartName(DatePart part)
{
    switch (part) {
    case DatePart::Year: return "year";
    case DatePart::Month: return "month";
    case DatePart::Day: return "day";
    case DatePart::DayOfWeek: return "dayofweek";
    case DatePart::Hour: return "hour";
    }
    return "";
}

double datePart(double seconds, DatePart part)
{
    const double days = std::floor(seconds / 86400.0);
    switch (part) {
    case DatePart::Year: return civilFromDays(static_cast<long long>(days)).year;
    case DatePart::Month: return civilFromDays(static_cast<long long>(days)).month;
    case DatePart::Day: return civilFromDays(static_cast<long long>(days)).day;
    case DatePart::DayOfWeek: {
        // 1970-01-01 was a Thursday, 3 when Monday is 0.
        double weekday = std::fmod(days + 3.0, 7.0);
        return weekday < 0 ? weekday + 7.0 : weekday;
    }
    case DatePart::Hour: return std::floor((seconds - days * 86400.0) / 3600.0);
    }
    return 0.0;
}

DatetimeColumnEncoder::DatetimeColumnEncoder(ColumnSchema schema, std::vector<DatePart> parts,
                                             std::vector<double> fills, bool indicator)
    : ColumnEncoder(std::move(schema))
    , m_parts(std::move(parts))
    , m_fills(std::move(fills))
    , m_indicator(indicator)
{}

std::unique_ptr<DatetimeColumnEncoder> DatetimeColumnEncoder::fit(const Column& column,
                                                                  const EncoderOptions& options)
{
    std::vector<double> present;
    for (double value : column.values)
        if (isUsableTime(value))
            present.push_back(value);
    if (present.empty())
        return nullptr;
    const bool gaps = present.size() < column.values.size();

    std::vector<DatePart> parts;
    std::vector<double> fills;
    std::vector<double> values(present.size());
    for (auto part : kDateParts) {
        std::transform(present.begin(), present.end(), values.begin(),
                       [part](double seconds) { return datePart(seconds, part); });
        const auto [low, high] = std::minmax_element(values.begin(), values.end());
        if (*low == *high)
            continue;
        parts.push_back(part);
        fills.push_back(imputationValue(values, options.imputation));
    }
    if (parts.empty() && !gaps)
        return nullptr;
    return std::unique_ptr<DatetimeColumnEncoder>(new DatetimeColumnEncoder(
        {column.name, column.type}, std::move(parts), std::move(fills), gaps));
}

std::vector<std::string> DatetimeColumnEncoder::outputNames() const
{
    std::vector<std::string> names;
    for (auto part : m_parts)
        names.push_back(schema().name + "_" + datePartName(part));
    if (m_indicator)
        names.push_back(schema().name + "_missing");
    return names;
}

void DatetimeColumnEncoder::encode(const Column& column, Eigen::Ref<Matrix> out) const
{
    const auto rows = static_cast<Index>(column.values.size());
    const double* seconds = column.values.data();
    for (std::size_t p = 0; p < m_parts.size(); ++p) {
        double* values = out.col(static_cast<Index>(p)).data();
        for (Index i = 0; i < rows; ++i)
            values[i] = isUsableTime(seconds[i]) ? datePart(seconds[i], m_parts[p]) : m_fills[p];
    }
    if (m_indicator) {
        double* missing = out.col(static_cast<Index>(m_parts.size())).data();
        for (Index i = 0; i < rows; ++i)
            missing[i] = isUsableTime(seconds[i]) ? 0.0 : 1.0;
    }
}

nlohmann::json DatetimeColumnEncoder::save(SavedState& state, const std::string& prefix) const
{
    std::vector<std::string> parts;
    for (auto part : m_parts)
        parts.push_back(datePartName(part));
    state.arrays[prefix + "fills"] = m_fills;
    return {{"parts", parts}, {"indicator", m_indicator}};
}

std::unique_ptr<DatetimeColumnEncoder> DatetimeColumnEncoder::load(ColumnSchema schema,
                                                                   const nlohmann::json& json,
                                                                   const SavedState& state,
                                                                   const std::string& prefix)
{
    std::vector<DatePart> parts;
    for (const auto& name : json.at("parts").get<std::vector<std::string>>()) {
        auto part = parseDatePart(name);
        if (!part)
            throw InputError("model file: column '" + schema.name + "' has an unknown date part '" +
                             name + "'");
        parts.push_back(*part);
    }
    const auto& fills = state.array(prefix + "fills");
    if (fills.size() != parts.size())
        throw InputError("model file: the fill values of column '" + schema.name + "' are damaged");
    return std::unique_ptr<DatetimeColumnEncoder>(new DatetimeColumnEncoder(
        std::move(schema), std::move(parts), fills, json.at("indicator").get<bool>()));
}

} // namespace winnow::engine
