#include "engine/metrics/score_ranking.h"

#include <algorithm>

namespace winnow::engine {

ScoreRanking::ScoreRanking(std::span<const int> truth, int positiveClass,
                           std::span<const double> scores)
{
    m_samples.reserve(truth.size());
    for (std::size_t i = 0; i < truth.size(); ++i) {
        bool positive = truth[i] == positiveClass;
        m_samples.push_back({scores[i], positive});
        m_positives += positive ? 1 : 0;
    }
    // The order within a tie does not matter: ties are only ever visited whole.
    std::sort(m_samples.begin(), m_samples.end(),
              [](const Sample& a, const Sample& b) { return a.score > b.score; });
}

std::size_t ScoreRanking::thresholdCount() const
{
    std::size_t count = 0;
    forEachThreshold([&](double, std::size_t, std::size_t) { ++count; });
    return count;
}

} // namespace winnow::engine
