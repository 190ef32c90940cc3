#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace winnow::engine {

// The samples of a one-vs-rest problem ordered by the score given to the
// positive class, highest first. Walking it one distinct score at a time
// gives every cut point of the ROC, precision-recall and KS curves, and of
// the areas under them, with samples of equal score always kept together
// (so ties count as scikit-learn counts them).
class ScoreRanking {
public:
    // A sample is positive when its truth equals positiveClass. Sizes must
    // match and scores be finite; evaluation.h checks that for its callers.
    ScoreRanking(std::span<const int> truth, int positiveClass, std::span<const double> scores);

    std::size_t size() const { return m_samples.size(); }
    std::size_t positives() const { return m_positives; }
    std::size_t negatives() const { return m_samples.size() - m_positives; }
    bool hasBothClasses() const { return positives() > 0 && negatives() > 0; }
    double highestScore() const { return m_samples.empty() ? 0.0 : m_samples.front().score; }

    // Calls visit(score, truePositives, falsePositives) once per distinct
    // score, from the highest down; the counts are of samples scoring at
    // least `score`, so the last call has every positive and negative.
    template <typename Visit>
    void forEachThreshold(Visit&& visit) const
    {
        std::size_t truePositives = 0;
        std::size_t falsePositives = 0;
        for (std::size_t i = 0; i < m_samples.size(); ++i) {
            if (m_samples[i].positive)
                ++truePositives;
            else
                ++falsePositives;
            bool lastOfItsScore =
                i + 1 == m_samples.size() || m_samples[i + 1].score != m_samples[i].score;
            if (lastOfItsScore)
                visit(m_samples[i].score, truePositives, falsePositives);
        }
    }

    std::size_t thresholdCount() const;

private:
    struct Sample {
        double score;
        bool positive;
    };
    std::vector<Sample> m_samples;
    std::size_t m_positives = 0;
};

} // namespace winnow::engine
