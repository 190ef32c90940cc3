#include "engine/preprocess/standard_scaler.h"

#include "engine/preprocess/step_support.h"

#include <limits>

namespace winnow::engine {

using namespace preprocess;

HyperSpace StandardScaler::space()
{
    return {HyperParameter::choice("withMean", {true, false}, true),
            HyperParameter::choice("withStd", {true, false}, true)};
}

std::unique_ptr<Transformer> StandardScaler::make(const nlohmann::json& params)
{
    auto resolved = resolveParams(kName, space(), params);
    return std::make_unique<StandardScaler>(resolved["withMean"].get<bool>(),
                                            resolved["withStd"].get<bool>());
}

StandardScaler::StandardScaler(bool withMean, bool withStd)
    : m_withMean(withMean)
    , m_withStd(withStd)
{}

nlohmann::json StandardScaler::params() const
{
    return {{"withMean", m_withMean}, {"withStd", m_withStd}};
}

void StandardScaler::fit(const Matrix& x, const Vector&, Task, const RunContext&)
{
    requireFinite(x, kName);
    const Index columns = x.cols();
    const auto rows = static_cast<double>(x.rows());
    m_means = Vector::Zero(columns);
    m_scales = Vector::Ones(columns);
    if (x.rows() > 0) {
        const Vector means = columnMeans(x);
        if (m_withMean)
            m_means = means;
        if (m_withStd) {
            const double eps = std::numeric_limits<double>::epsilon();
            for (Index j = 0; j < columns; ++j) {
                // Two passes with the rounding correction, as scikit-learn.
                auto centred = x.col(j).array() - means[j];
                double correction = centred.sum();
                double variance = (centred.square().sum() - correction * correction / rows) / rows;
                double bound = rows * eps * variance + std::pow(rows * means[j] * eps, 2);
                m_scales[j] = variance <= bound ? 1.0 : std::sqrt(variance);
            }
        }
    }
    m_fitted = true;
}

Matrix StandardScaler::transform(const Matrix& x) const
{
    requireFitted(m_fitted, kName);
    requireWidth(x, m_means.size(), kName);
    return (x.rowwise() - m_means.transpose()).array().rowwise() / m_scales.transpose().array();
}

std::vector<std::string> StandardScaler::outputNames(const std::vector<std::string>& inputs) const
{
    return inputs;
}

SavedState StandardScaler::save() const
{
    SavedState state;
    state.values["params"] = params();
    state.values["fitted"] = m_fitted;
    if (m_fitted) {
        state.arrays["means"] = toArray(m_means);
        state.arrays["scales"] = toArray(m_scales);
    }
    return state;
}

std::unique_ptr<Transformer> StandardScaler::load(const SavedState& state)
{
    auto params = resolveParams(kName, space(), state.value("params"));
    auto step = std::make_unique<StandardScaler>(params["withMean"].get<bool>(),
                                                 params["withStd"].get<bool>());
    if (state.value("fitted").get<bool>()) {
        step->m_means = toVector(state.array("means"));
        step->m_scales = savedVector(state, "scales", step->m_means.size(), kName);
        step->m_fitted = true;
    }
    return step;
}

} // namespace winnow::engine
