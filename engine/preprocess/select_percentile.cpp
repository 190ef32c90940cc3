#include "engine/preprocess/select_percentile.h"

#include "engine/core/errors.h"
#include "engine/preprocess/feature_scores.h"
#include "engine/preprocess/step_support.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace winnow::engine {

using namespace preprocess;

HyperSpace SelectPercentile::space()
{
    return {HyperParameter::integer("percentile", 1, 99, 10)};
}

std::unique_ptr<Transformer> SelectPercentile::make(const nlohmann::json& params)
{
    auto resolved = resolveParams(kName, space(), params);
    return std::make_unique<SelectPercentile>(resolved["percentile"].get<int>());
}

SelectPercentile::SelectPercentile(int percentile) : m_percentile(percentile) {}

std::vector<Index> SelectPercentile::selectByPercentile(const Vector& scores, double percentile)
{
    const Index n = scores.size();
    std::vector<Index> kept;
    if (n == 0 || percentile <= 0.0)
        return kept;
    if (percentile >= 100.0) {
        for (Index j = 0; j < n; ++j)
            kept.push_back(j);
        return kept;
    }
    Vector clean = scores;
    for (double& score : clean)
        if (std::isnan(score))
            score = std::numeric_limits<double>::lowest();
    Vector scratch = clean;
    const double threshold = preprocess::percentile(scratch.data(), n, 100.0 - percentile);

    Index above = 0;
    for (double score : clean)
        above += score > threshold ? 1 : 0;
    Index tiesAllowed =
        std::max<Index>(0, static_cast<Index>(static_cast<double>(n) * percentile / 100.0) - above);
    for (Index j = 0; j < n; ++j) {
        if (clean[j] > threshold) {
            kept.push_back(j);
        } else if (clean[j] == threshold && tiesAllowed > 0) {
            kept.push_back(j);
            --tiesAllowed;
        }
    }
    return kept;
}

void SelectPercentile::fit(const Matrix& x, const Vector& y, Task task, const RunContext&)
{
    requireFinite(x, kName);
    if (y.size() != x.rows())
        throw std::invalid_argument("selectpercentile: the target and the matrix differ in rows");
    if (isClassification(task)) {
        int classes = y.size() > 0 ? static_cast<int>(y.maxCoeff()) + 1 : 0;
        m_scores = anovaF(x, y, classes);
    } else {
        m_scores = fRegression(x, y);
    }
    m_kept = selectByPercentile(m_scores, m_percentile);
    if (m_kept.empty() && x.cols() > 0) {
        Index best = 0;
        for (Index j = 1; j < m_scores.size(); ++j)
            if (m_scores[j] > m_scores[best] ||
                (std::isnan(m_scores[best]) && !std::isnan(m_scores[j])))
                best = j;
        m_kept.push_back(best);
    }
    m_width = x.cols();
}

Matrix SelectPercentile::transform(const Matrix& x) const
{
    requireFitted(m_width >= 0, kName);
    requireWidth(x, m_width, kName);
    return takeColumns(x, m_kept);
}

std::vector<std::string> SelectPercentile::outputNames(const std::vector<std::string>& inputs) const
{
    return takeNames(inputs, m_kept);
}

SavedState SelectPercentile::save() const
{
    SavedState state;
    state.values["params"] = params();
    state.values["width"] = m_width;
    if (m_width >= 0) {
        state.values["kept"] = indicesToJson(m_kept);
        state.arrays["scores"] = toArray(m_scores);
    }
    return state;
}

std::unique_ptr<Transformer> SelectPercentile::load(const SavedState& state)
{
    auto step = make(state.value("params"));
    auto& selector = static_cast<SelectPercentile&>(*step);
    const Index width = state.value("width").get<Index>();
    if (width >= 0) {
        selector.m_kept = indicesFromJson(state.value("kept"), width, kName);
        selector.m_scores = savedVector(state, "scores", width, kName);
        selector.m_width = width;
    }
    return step;
}

} // namespace winnow::engine
