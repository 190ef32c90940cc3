#include "engine/preprocess/max_abs_scaler.h"

#include "engine/preprocess/step_support.h"

namespace winnow::engine {

using namespace preprocess;

std::unique_ptr<Transformer> MaxAbsScaler::make(const nlohmann::json& params)
{
    resolveParams(kName, space(), params);
    return std::make_unique<MaxAbsScaler>();
}

void MaxAbsScaler::fit(const Matrix& x, const Vector&, Task, const RunContext&)
{
    requireFinite(x, kName);
    m_scales = x.rows() > 0 ? Vector(x.cwiseAbs().colwise().maxCoeff().transpose())
                            : Vector::Ones(x.cols());
    replaceTinyScales(m_scales);
    m_fitted = true;
}

Matrix MaxAbsScaler::transform(const Matrix& x) const
{
    requireFitted(m_fitted, kName);
    requireWidth(x, m_scales.size(), kName);
    return x.array().rowwise() / m_scales.transpose().array();
}

std::vector<std::string> MaxAbsScaler::outputNames(const std::vector<std::string>& inputs) const
{
    return inputs;
}

SavedState MaxAbsScaler::save() const
{
    SavedState state;
    state.values["params"] = params();
    state.values["fitted"] = m_fitted;
    if (m_fitted)
        state.arrays["scales"] = toArray(m_scales);
    return state;
}

std::unique_ptr<Transformer> MaxAbsScaler::load(const SavedState& state)
{
    auto step = std::make_unique<MaxAbsScaler>();
    resolveParams(kName, space(), state.value("params"));
    if (state.value("fitted").get<bool>()) {
        step->m_scales = toVector(state.array("scales"));
        step->m_fitted = true;
    }
    return step;
}

} // namespace winnow::engine
