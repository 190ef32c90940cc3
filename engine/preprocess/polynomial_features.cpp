#include "engine/preprocess/polynomial_features.h"

#include "engine/core/errors.h"
#include "engine/preprocess/step_support.h"

namespace winnow::engine {

using namespace preprocess;

HyperSpace PolynomialFeatures::space()
{
    return {HyperParameter::choice("degree", {2}, 2),
            HyperParameter::choice("interactionOnly", {false, true}, false),
            HyperParameter::choice("includeBias", {false}, false)};
}

std::unique_ptr<Transformer> PolynomialFeatures::make(const nlohmann::json& params)
{
    auto resolved = resolveParams(kName, space(), params);
    return std::make_unique<PolynomialFeatures>(resolved["interactionOnly"].get<bool>());
}

PolynomialFeatures::PolynomialFeatures(bool interactionOnly) : m_interactionOnly(interactionOnly) {}

nlohmann::json PolynomialFeatures::params() const
{
    return {{"degree", 2}, {"interactionOnly", m_interactionOnly}, {"includeBias", false}};
}

Index PolynomialFeatures::outputCount(Index inputs, bool interactionOnly)
{
    Index products = interactionOnly ? inputs * (inputs - 1) / 2 : inputs * (inputs + 1) / 2;
    return inputs + products;
}

void PolynomialFeatures::fit(const Matrix& x, const Vector&, Task, const RunContext&)
{
    requireFinite(x, kName);
    Index outputs = outputCount(x.cols(), m_interactionOnly);
    if (outputs > kMaxOutputColumns)
        throw InputError(std::string(kName) + ": " + std::to_string(x.cols()) +
                         " input columns would make " + std::to_string(outputs) +
                         " columns, more than the limit of " + std::to_string(kMaxOutputColumns) +
                         "; select fewer features first");
    m_width = x.cols();
}

Matrix PolynomialFeatures::transform(const Matrix& x) const
{
    requireFitted(m_width >= 0, kName);
    requireWidth(x, m_width, kName);
    const Index n = x.cols();
    Matrix out(x.rows(), outputCount(n, m_interactionOnly));
    out.leftCols(n) = x;
    Index next = n;
    for (Index i = 0; i < n; ++i)
        for (Index j = m_interactionOnly ? i + 1 : i; j < n; ++j)
            out.col(next++) = x.col(i).cwiseProduct(x.col(j));
    return out;
}

std::vector<std::string>
PolynomialFeatures::outputNames(const std::vector<std::string>& inputs) const
{
    std::vector<std::string> names = inputs;
    const auto n = inputs.size();
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = m_interactionOnly ? i + 1 : i; j < n; ++j)
            names.push_back(i == j ? inputs[i] + "^2" : inputs[i] + " " + inputs[j]);
    return names;
}

SavedState PolynomialFeatures::save() const
{
    SavedState state;
    state.values["params"] = params();
    state.values["width"] = m_width;
    return state;
}

std::unique_ptr<Transformer> PolynomialFeatures::load(const SavedState& state)
{
    auto step = make(state.value("params"));
    static_cast<PolynomialFeatures&>(*step).m_width = state.value("width").get<Index>();
    return step;
}

} // namespace winnow::engine
