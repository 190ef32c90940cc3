#pragma once

#include "engine/core/types.h"

#include <cstddef>
#include <span>
#include <vector>

namespace winnow::engine {

// The class a row of probabilities predicts: the most probable, the lower
// index on a tie.
int predictedClass(const Matrix& probabilities, Index row);

// Counts of (true class, predicted class) pairs over k classes, and the
// metrics read from them. Per-class ratios with a zero denominator are 0,
// and macro averages and balanced accuracy run over the classes scikit-learn
// would use by default: macro averages over the classes present in the
// truth or the predictions, balanced accuracy over those present in the
// truth.
class ConfusionMatrix {
public:
    ConfusionMatrix(std::span<const int> truth, const Matrix& probabilities);

    int classCount() const { return m_classes; }
    std::size_t count(int truth, int predicted) const
    {
        return m_counts[static_cast<std::size_t>(truth * m_classes + predicted)];
    }
    std::size_t total() const { return m_total; }
    std::size_t truthCount(int label) const { return m_truthCounts[label]; }
    std::size_t predictedCount(int label) const { return m_predictedCounts[label]; }

    double accuracy() const;
    double balancedAccuracy() const;
    double precision(int label) const;
    double recall(int label) const;
    double f1(int label) const;
    double precisionMacro() const;
    double recallMacro() const;
    double f1Macro() const;

private:
    bool appears(int label) const { return m_truthCounts[label] + m_predictedCounts[label] > 0; }
    template <typename PerClass>
    double macroAverage(PerClass perClass) const;

    int m_classes = 0;
    std::size_t m_total = 0;
    std::vector<std::size_t> m_counts; // row-major, rows are the truth
    std::vector<std::size_t> m_truthCounts;
    std::vector<std::size_t> m_predictedCounts;
};

} // namespace winnow::engine
