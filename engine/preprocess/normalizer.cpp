#include "engine/preprocess/normalizer.h"

#include "engine/preprocess/step_support.h"

namespace winnow::engine {

using namespace preprocess;

namespace {

Normalizer::Norm parseNorm(const std::string& name)
{
    if (name == "l1")
        return Normalizer::Norm::L1;
    if (name == "max")
        return Normalizer::Norm::Max;
    return Normalizer::Norm::L2;
}

} // namespace

HyperSpace Normalizer::space()
{
    return {HyperParameter::choice("norm", {"l2", "l1", "max"}, "l2")};
}

std::unique_ptr<Transformer> Normalizer::make(const nlohmann::json& params)
{
    auto resolved = resolveParams(kName, space(), params);
    return std::make_unique<Normalizer>(parseNorm(resolved["norm"].get<std::string>()));
}

Normalizer::Normalizer(Norm norm) : m_norm(norm) {}

nlohmann::json Normalizer::params() const
{
    switch (m_norm) {
    case Norm::L1: return {{"norm", "l1"}};
    case Norm::Max: return {{"norm", "max"}};
    case Norm::L2: break;
    }
    return {{"norm", "l2"}};
}

void Normalizer::fit(const Matrix& x, const Vector&, Task, const RunContext&)
{
    requireFinite(x, kName);
    m_width = x.cols();
}

Matrix Normalizer::transform(const Matrix& x) const
{
    requireFitted(m_width >= 0, kName);
    requireWidth(x, m_width, kName);
    Vector norms;
    switch (m_norm) {
    case Norm::L1: norms = x.cwiseAbs().rowwise().sum(); break;
    case Norm::L2: norms = x.rowwise().norm(); break;
    case Norm::Max:
        norms = x.cols() > 0 ? Vector(x.cwiseAbs().rowwise().maxCoeff()) : Vector::Zero(x.rows());
        break;
    }
    replaceTinyScales(norms);
    return x.array().colwise() / norms.array();
}

std::vector<std::string> Normalizer::outputNames(const std::vector<std::string>& inputs) const
{
    return inputs;
}

SavedState Normalizer::save() const
{
    SavedState state;
    state.values["params"] = params();
    state.values["width"] = m_width;
    return state;
}

std::unique_ptr<Transformer> Normalizer::load(const SavedState& state)
{
    auto step = make(state.value("params"));
    static_cast<Normalizer&>(*step).m_width = state.value("width").get<Index>();
    return step;
}

} // namespace winnow::engine
