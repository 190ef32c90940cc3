#include "engine/preprocess/zero_count.h"

#include "engine/preprocess/step_support.h"

namespace winnow::engine {

using namespace preprocess;

std::unique_ptr<Transformer> ZeroCount::make(const nlohmann::json& params)
{
    resolveParams(kName, space(), params);
    return std::make_unique<ZeroCount>();
}

void ZeroCount::fit(const Matrix& x, const Vector&, Task, const RunContext&)
{
    requireFinite(x, kName);
    m_width = x.cols();
}

Matrix ZeroCount::transform(const Matrix& x) const
{
    requireFitted(m_width >= 0, kName);
    requireWidth(x, m_width, kName);
    Matrix out(x.rows(), x.cols() + 2);
    out.col(1) = (x.array() != 0.0).cast<double>().rowwise().sum();
    out.col(0) = static_cast<double>(x.cols()) - out.col(1).array();
    out.rightCols(x.cols()) = x;
    return out;
}

std::vector<std::string> ZeroCount::outputNames(const std::vector<std::string>& inputs) const
{
    std::vector<std::string> names{"zero_count", "nonzero_count"};
    names.insert(names.end(), inputs.begin(), inputs.end());
    return names;
}

SavedState ZeroCount::save() const
{
    SavedState state;
    state.values["params"] = params();
    state.values["width"] = m_width;
    return state;
}

std::unique_ptr<Transformer> ZeroCount::load(const SavedState& state)
{
    resolveParams(kName, space(), state.value("params"));
    auto step = std::make_unique<ZeroCount>();
    step->m_width = state.value("width").get<Index>();
    return step;
}

} // namespace winnow::engine
