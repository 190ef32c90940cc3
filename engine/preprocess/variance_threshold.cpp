#include "engine/preprocess/variance_threshold.h"

#include "engine/core/errors.h"
#include "engine/preprocess/step_support.h"

#include <algorithm>
#include <sstream>

namespace winnow::engine {

using namespace preprocess;

HyperSpace VarianceThreshold::space()
{
    return {HyperParameter::choice("threshold",
                                   {0.0, 0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.2}, 0.0)};
}

std::unique_ptr<Transformer> VarianceThreshold::make(const nlohmann::json& params)
{
    auto resolved = resolveParams(kName, space(), params);
    return std::make_unique<VarianceThreshold>(resolved["threshold"].get<double>());
}

VarianceThreshold::VarianceThreshold(double threshold) : m_threshold(threshold) {}

void VarianceThreshold::fit(const Matrix& x, const Vector&, Task, const RunContext&)
{
    requireFinite(x, kName);
    const Index columns = x.cols();
    m_variances = Vector::Zero(columns);
    m_kept.clear();
    if (x.rows() > 0) {
        const Vector means = columnMeans(x);
        for (Index j = 0; j < columns; ++j) {
            double variance = (x.col(j).array() - means[j]).square().mean();
            if (m_threshold == 0.0)
                variance = std::min(variance, x.col(j).maxCoeff() - x.col(j).minCoeff());
            m_variances[j] = variance;
            if (variance > m_threshold)
                m_kept.push_back(j);
        }
    }
    if (m_kept.empty()) {
        std::ostringstream message;
        message << kName << ": no column has a variance above " << m_threshold;
        if (x.rows() == 1)
            message << " (there is only one row)";
        throw InputError(message.str());
    }
    m_width = columns;
}

Matrix VarianceThreshold::transform(const Matrix& x) const
{
    requireFitted(m_width >= 0, kName);
    requireWidth(x, m_width, kName);
    return takeColumns(x, m_kept);
}

std::vector<std::string>
VarianceThreshold::outputNames(const std::vector<std::string>& inputs) const
{
    return takeNames(inputs, m_kept);
}

SavedState VarianceThreshold::save() const
{
    SavedState state;
    state.values["params"] = params();
    state.values["width"] = m_width;
    if (m_width >= 0) {
        state.values["kept"] = indicesToJson(m_kept);
        state.arrays["variances"] = toArray(m_variances);
    }
    return state;
}

std::unique_ptr<Transformer> VarianceThreshold::load(const SavedState& state)
{
    auto step = make(state.value("params"));
    auto& selector = static_cast<VarianceThreshold&>(*step);
    const Index width = state.value("width").get<Index>();
    if (width >= 0) {
        selector.m_kept = indicesFromJson(state.value("kept"), width, kName);
        selector.m_variances = savedVector(state, "variances", width, kName);
        selector.m_width = width;
    }
    return step;
}

} // namespace winnow::engine
