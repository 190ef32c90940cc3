#include "engine/preprocess/step_support.h"

#include "engine/core/errors.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace winnow::engine::preprocess {

void requireFinite(const Matrix& x, const std::string& step)
{
    if (!x.allFinite())
        throw InputError(step + ": the input has missing or infinite values; "
                                "they must be imputed before this step");
}

void requireFitted(bool fitted, const std::string& step)
{
    if (!fitted)
        throw std::logic_error(step + ": transform() called before fit()");
}

void requireWidth(const Matrix& x, Index expected, const std::string& step)
{
    if (x.cols() != expected)
        throw std::invalid_argument(step + ": fitted on " + std::to_string(expected) +
                                    " columns, given " + std::to_string(x.cols()));
}

std::vector<double> toArray(const Vector& values)
{
    return {values.data(), values.data() + values.size()};
}

Vector toVector(const std::vector<double>& values)
{
    return Eigen::Map<const Vector>(values.data(), static_cast<Index>(values.size()));
}

Vector savedVector(const SavedState& state, const std::string& key, Index expected,
                   const std::string& step)
{
    const auto& values = state.array(key);
    if (static_cast<Index>(values.size()) != expected)
        throw InputError("model file: '" + step + "' has " + std::to_string(values.size()) +
                         " values in '" + key + "' where " + std::to_string(expected) +
                         " were expected; the file is damaged");
    return toVector(values);
}

Vector columnMeans(const Matrix& x)
{
    if (x.rows() == 0)
        return Vector::Zero(x.cols());
    const Vector anchor = x.row(0).transpose();
    return anchor + ((x.rowwise() - anchor.transpose()).colwise().sum().transpose() /
                     static_cast<double>(x.rows()));
}

void replaceTinyScales(Vector& scales)
{
    const double tiny = 10.0 * std::numeric_limits<double>::epsilon();
    for (Index i = 0; i < scales.size(); ++i)
        if (scales[i] < tiny)
            scales[i] = 1.0;
}

double percentile(double* values, Index count, double q)
{
    double position = q / 100.0 * static_cast<double>(count - 1);
    auto below = std::min(static_cast<Index>(std::floor(position)), count - 1);
    std::nth_element(values, values + below, values + count);
    const double low = values[below];
    if (below == count - 1)
        return low;
    // Everything after the partition point is >= low; its least is the next
    // order statistic.
    const double high = *std::min_element(values + below + 1, values + count);
    const double fraction = position - static_cast<double>(below);
    // numpy interpolates from the nearer end, which keeps the result
    // inside [low, high] whatever the rounding.
    const double difference = high - low;
    return fraction < 0.5 ? low + difference * fraction : high - difference * (1.0 - fraction);
}

Matrix takeColumns(const Matrix& x, const std::vector<Index>& kept)
{
    Matrix out(x.rows(), static_cast<Index>(kept.size()));
    for (std::size_t c = 0; c < kept.size(); ++c)
        out.col(static_cast<Index>(c)) = x.col(kept[c]);
    return out;
}

std::vector<std::string> takeNames(const std::vector<std::string>& names,
                                   const std::vector<Index>& kept)
{
    std::vector<std::string> out;
    out.reserve(kept.size());
    for (Index index : kept)
        out.push_back(names.at(static_cast<std::size_t>(index)));
    return out;
}

nlohmann::json indicesToJson(const std::vector<Index>& indices)
{
    return nlohmann::json(indices);
}

std::vector<Index> indicesFromJson(const nlohmann::json& json, Index width, const std::string& step)
{
    std::vector<Index> indices;
    if (json.is_array()) {
        for (const auto& value : json) {
            if (!value.is_number_integer())
                break;
            auto index = value.get<Index>();
            if (index < 0 || index >= width || (!indices.empty() && index <= indices.back()))
                break;
            indices.push_back(index);
        }
        if (indices.size() == json.size())
            return indices;
    }
    throw InputError("model file: '" + step + "' has an invalid list of kept columns; " +
                     "the file is damaged");
}

} // namespace winnow::engine::preprocess
