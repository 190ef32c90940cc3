#include "engine/preprocess/min_max_scaler.h"

#include "engine/preprocess/step_support.h"

#include <cmath>

namespace winnow::engine {

using namespace preprocess;

HyperSpace MinMaxScaler::space()
{
    return {HyperParameter::choice("featureRange", {{0, 1}, {-1, 1}}, {0, 1}),
            HyperParameter::choice("clip", {false, true}, false)};
}

std::unique_ptr<Transformer> MinMaxScaler::make(const nlohmann::json& params)
{
    auto resolved = resolveParams(kName, space(), params);
    const auto& range = resolved["featureRange"];
    return std::make_unique<MinMaxScaler>(range[0].get<double>(), range[1].get<double>(),
                                          resolved["clip"].get<bool>());
}

MinMaxScaler::MinMaxScaler(double low, double high, bool clip)
    : m_low(low)
    , m_high(high)
    , m_clip(clip)
{}

nlohmann::json MinMaxScaler::params() const
{
    // Integral ends are written as integers, as the space declares them.
    auto end = [](double value) {
        return value == std::floor(value) ? nlohmann::json(static_cast<int>(value))
                                          : nlohmann::json(value);
    };
    return {{"featureRange", {end(m_low), end(m_high)}}, {"clip", m_clip}};
}

void MinMaxScaler::fit(const Matrix& x, const Vector&, Task, const RunContext&)
{
    requireFinite(x, kName);
    if (x.rows() == 0) {
        m_scales = Vector::Ones(x.cols());
        m_offsets = Vector::Zero(x.cols());
    } else {
        const Vector minimum = x.colwise().minCoeff();
        Vector range = x.colwise().maxCoeff().transpose() - minimum;
        replaceTinyScales(range);
        m_scales = (m_high - m_low) / range.array();
        m_offsets = m_low - minimum.array() * m_scales.array();
    }
    m_fitted = true;
}

Matrix MinMaxScaler::transform(const Matrix& x) const
{
    requireFitted(m_fitted, kName);
    requireWidth(x, m_scales.size(), kName);
    Matrix out = (x.array().rowwise() * m_scales.transpose().array()).rowwise() +
                 m_offsets.transpose().array();
    if (m_clip)
        out = out.cwiseMax(m_low).cwiseMin(m_high);
    return out;
}

std::vector<std::string> MinMaxScaler::outputNames(const std::vector<std::string>& inputs) const
{
    return inputs;
}

SavedState MinMaxScaler::save() const
{
    SavedState state;
    state.values["params"] = params();
    state.values["fitted"] = m_fitted;
    if (m_fitted) {
        state.arrays["scales"] = toArray(m_scales);
        state.arrays["offsets"] = toArray(m_offsets);
    }
    return state;
}

std::unique_ptr<Transformer> MinMaxScaler::load(const SavedState& state)
{
    auto step = make(state.value("params"));
    auto& scaler = static_cast<MinMaxScaler&>(*step);
    if (state.value("fitted").get<bool>()) {
        scaler.m_scales = toVector(state.array("scales"));
        scaler.m_offsets = savedVector(state, "offsets", scaler.m_scales.size(), kName);
        scaler.m_fitted = true;
    }
    return step;
}

} // namespace winnow::engine
