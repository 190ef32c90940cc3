#include "engine/preprocess/numeric_column_encoder.h"

#include "engine/core/errors.h"

#include <algorithm>
#include <cmath>

namespace winnow::engine {

NumericColumnEncoder::NumericColumnEncoder(ColumnSchema schema, double fill, bool keepValue,
                                           bool indicator)
    : ColumnEncoder(std::move(schema))
    , m_fill(fill)
    , m_keepValue(keepValue)
    , m_indicator(indicator)
{}

std::unique_ptr<NumericColumnEncoder> NumericColumnEncoder::fit(const Column& column,
                                                                const EncoderOptions& options)
{
    std::vector<double> present;
    present.reserve(column.values.size());
    for (double value : column.values)
        if (std::isfinite(value))
            present.push_back(value);
    if (present.empty())
        return nullptr;
    const bool gaps = present.size() < column.values.size();
    const auto [low, high] = std::minmax_element(present.begin(), present.end());
    const bool varies = *low != *high;
    if (!varies && !gaps)
        return nullptr;
    double fill = imputationValue(present, options.imputation);
    return std::unique_ptr<NumericColumnEncoder>(
        new NumericColumnEncoder({column.name, column.type}, fill, varies, gaps));
}

std::vector<std::string> NumericColumnEncoder::outputNames() const
{
    std::vector<std::string> names;
    if (m_keepValue)
        names.push_back(schema().name);
    if (m_indicator)
        names.push_back(schema().name + "_missing");
    return names;
}

void NumericColumnEncoder::encode(const Column& column, Eigen::Ref<Matrix> out) const
{
    const auto rows = static_cast<Index>(column.values.size());
    const double* values = column.values.data();
    Index next = 0;
    if (m_keepValue) {
        double* filled = out.col(next++).data();
        for (Index i = 0; i < rows; ++i)
            filled[i] = std::isfinite(values[i]) ? values[i] : m_fill;
    }
    if (m_indicator) {
        double* missing = out.col(next).data();
        for (Index i = 0; i < rows; ++i)
            missing[i] = std::isfinite(values[i]) ? 0.0 : 1.0;
    }
}

nlohmann::json NumericColumnEncoder::save(SavedState& state, const std::string& prefix) const
{
    state.arrays[prefix + "fill"] = {m_fill};
    return {{"keepValue", m_keepValue}, {"indicator", m_indicator}};
}

std::unique_ptr<NumericColumnEncoder> NumericColumnEncoder::load(ColumnSchema schema,
                                                                 const nlohmann::json& json,
                                                                 const SavedState& state,
                                                                 const std::string& prefix)
{
    const auto& fill = state.array(prefix + "fill");
    if (fill.size() != 1)
        throw InputError("model file: the fill value of column '" + schema.name + "' is damaged");
    return std::unique_ptr<NumericColumnEncoder>(
        new NumericColumnEncoder(std::move(schema), fill[0], json.at("keepValue").get<bool>(),
                                 json.at("indicator").get<bool>()));
}

} // namespace winnow::engine
