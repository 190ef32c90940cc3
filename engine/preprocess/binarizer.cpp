#include "engine/preprocess/binarizer.h"

#include "engine/core/errors.h"
#include "engine/preprocess/step_support.h"

namespace winnow::engine {

using namespace preprocess;

HyperSpace Binarizer::space()
{
    return {HyperParameter::real("threshold", 0.0, 1.0, 0.0)};
}

std::unique_ptr<Transformer> Binarizer::make(const nlohmann::json& params)
{
    auto resolved = resolveParams(kName, space(), params);
    return std::make_unique<Binarizer>(resolved["threshold"].get<double>());
}

Binarizer::Binarizer(double threshold) : m_threshold(threshold) {}

void Binarizer::fit(const Matrix& x, const Vector&, Task, const RunContext&)
{
    requireFinite(x, kName);
    m_width = x.cols();
}

Matrix Binarizer::transform(const Matrix& x) const
{
    requireFitted(m_width >= 0, kName);
    requireWidth(x, m_width, kName);
    return (x.array() > m_threshold).cast<double>();
}

std::vector<std::string> Binarizer::outputNames(const std::vector<std::string>& inputs) const
{
    return inputs;
}

SavedState Binarizer::save() const
{
    SavedState state;
    state.values["params"] = params();
    state.values["width"] = m_width;
    state.arrays["threshold"] = {m_threshold};
    return state;
}

std::unique_ptr<Transformer> Binarizer::load(const SavedState& state)
{
    // The threshold is read from the array, which keeps every bit of it.
    auto threshold = state.array("threshold");
    if (threshold.size() != 1)
        throw InputError("model file: 'binarizer' has no single threshold; the file is damaged");
    auto step = std::make_unique<Binarizer>(threshold[0]);
    resolveParams(kName, space(), step->params());
    step->m_width = state.value("width").get<Index>();
    return step;
}

} // namespace winnow::engine
