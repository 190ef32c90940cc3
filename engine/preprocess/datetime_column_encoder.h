#pragma once

#include "engine/preprocess/column_encoder.h"

#include <array>

namespace winnow::engine {

// The calendar parts of a datetime (UTC), as pandas' dt accessor names
// them: year, month (1-12), day of month (1-31), day of week (Monday 0 to
// Sunday 6) and hour (0-23).
enum class DatePart { Year, Month, Day, DayOfWeek, Hour };
inline constexpr std::array kDateParts{DatePart::Year, DatePart::Month, DatePart::Day,
                                       DatePart::DayOfWeek, DatePart::Hour};
const char* datePartName(DatePart part); // "year", "month", "day", "dayofweek", "hour"
// The part of a time given in seconds since 1970-01-01T00:00:00Z.
double datePart(double secondsSinceEpoch, DatePart part);

// A datetime column as its calendar parts, "<name>_year", "<name>_month",
// ..., leaving out parts constant in training. Each part's gaps are filled
// as numbers are (median or most frequent of that part), and one indicator
// "<name>_missing" follows when training had gaps.
class DatetimeColumnEncoder : public ColumnEncoder {
public:
    static std::unique_ptr<DatetimeColumnEncoder> fit(const Column& column,
                                                      const EncoderOptions& options);
    static std::unique_ptr<DatetimeColumnEncoder> load(ColumnSchema schema,
                                                       const nlohmann::json& json,
                                                       const SavedState& state,
                                                       const std::string& prefix);

    std::string stepName() const override { return "datetimeexpander"; }
    bool hasMissingIndicator() const override { return m_indicator; }
    std::vector<std::string> outputNames() const override;
    void encode(const Column& column, Eigen::Ref<Matrix> out) const override;
    nlohmann::json save(SavedState& state, const std::string& prefix) const override;

    const std::vector<DatePart>& parts() const { return m_parts; }

private:
    DatetimeColumnEncoder(ColumnSchema schema, std::vector<DatePart> parts,
                          std::vector<double> fills, bool indicator);

    std::vector<DatePart> m_parts;
    std::vector<double> m_fills; // one per part
    bool m_indicator;
};

} // namespace winnow::engine
