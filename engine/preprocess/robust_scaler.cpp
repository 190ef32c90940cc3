#include "engine/preprocess/robust_scaler.h"

#include "engine/preprocess/step_support.h"

namespace winnow::engine {

using namespace preprocess;

HyperSpace RobustScaler::space()
{
    return {HyperParameter::choice("withCentering", {true, false}, true),
            HyperParameter::choice("withScaling", {true, false}, true),
            HyperParameter::choice("quantileRange", {{25, 75}, {10, 90}, {5, 95}}, {25, 75})};
}

std::unique_ptr<Transformer> RobustScaler::make(const nlohmann::json& params)
{
    auto resolved = resolveParams(kName, space(), params);
    const auto& range = resolved["quantileRange"];
    return std::make_unique<RobustScaler>(resolved["withCentering"].get<bool>(),
                                          resolved["withScaling"].get<bool>(),
                                          range[0].get<double>(), range[1].get<double>());
}

RobustScaler::RobustScaler(bool withCentering, bool withScaling, double lowQuantile,
                           double highQuantile)
    : m_withCentering(withCentering)
    , m_withScaling(withScaling)
    , m_lowQuantile(lowQuantile)
    , m_highQuantile(highQuantile)
{}

nlohmann::json RobustScaler::params() const
{
    return {{"withCentering", m_withCentering},
            {"withScaling", m_withScaling},
            {"quantileRange", {static_cast<int>(m_lowQuantile), static_cast<int>(m_highQuantile)}}};
}

void RobustScaler::fit(const Matrix& x, const Vector&, Task, const RunContext&)
{
    requireFinite(x, kName);
    const Index columns = x.cols();
    const Index rows = x.rows();
    m_centers = Vector::Zero(columns);
    m_scales = Vector::Ones(columns);
    if (rows > 0 && (m_withCentering || m_withScaling)) {
        Vector values(rows);
        for (Index j = 0; j < columns; ++j) {
            values = x.col(j);
            if (m_withCentering)
                m_centers[j] = percentile(values.data(), rows, 50.0);
            if (m_withScaling)
                m_scales[j] = percentile(values.data(), rows, m_highQuantile) -
                              percentile(values.data(), rows, m_lowQuantile);
        }
        replaceTinyScales(m_scales);
    }
    m_fitted = true;
}

Matrix RobustScaler::transform(const Matrix& x) const
{
    requireFitted(m_fitted, kName);
    requireWidth(x, m_centers.size(), kName);
    return (x.rowwise() - m_centers.transpose()).array().rowwise() / m_scales.transpose().array();
}

std::vector<std::string> RobustScaler::outputNames(const std::vector<std::string>& inputs) const
{
    return inputs;
}

SavedState RobustScaler::save() const
{
    SavedState state;
    state.values["params"] = params();
    state.values["fitted"] = m_fitted;
    if (m_fitted) {
        state.arrays["centers"] = toArray(m_centers);
        state.arrays["scales"] = toArray(m_scales);
    }
    return state;
}

std::unique_ptr<Transformer> RobustScaler::load(const SavedState& state)
{
    auto step = make(state.value("params"));
    auto& scaler = static_cast<RobustScaler&>(*step);
    if (state.value("fitted").get<bool>()) {
        scaler.m_centers = toVector(state.array("centers"));
        scaler.m_scales = savedVector(state, "scales", scaler.m_centers.size(), kName);
        scaler.m_fitted = true;
    }
    return step;
}

} // namespace winnow::engine
