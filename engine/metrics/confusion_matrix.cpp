#include "engine/metrics/confusion_matrix.h"

namespace winnow::engine {
namespace {

double ratioOrZero(std::size_t part, std::size_t whole)
{
    return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

} // namespace

int predictedClass(const Matrix& probabilities, Index row)
{
    Index best = 0;
    for (Index column = 1; column < probabilities.cols(); ++column)
        if (probabilities(row, column) > probabilities(row, best))
            best = column;
    return static_cast<int>(best);
}

ConfusionMatrix::ConfusionMatrix(std::span<const int> truth, const Matrix& probabilities)
    : m_classes(static_cast<int>(probabilities.cols()))
    , m_total(truth.size())
    , m_counts(static_cast<std::size_t>(m_classes * m_classes), 0)
    , m_truthCounts(static_cast<std::size_t>(m_classes), 0)
    , m_predictedCounts(static_cast<std::size_t>(m_classes), 0)
{
    for (std::size_t row = 0; row < truth.size(); ++row) {
        int predicted = predictedClass(probabilities, static_cast<Index>(row));
        ++m_counts[static_cast<std::size_t>(truth[row] * m_classes + predicted)];
        ++m_truthCounts[truth[row]];
        ++m_predictedCounts[predicted];
    }
}

double ConfusionMatrix::accuracy() const
{
    std::size_t correct = 0;
    for (int label = 0; label < m_classes; ++label)
        correct += count(label, label);
    return ratioOrZero(correct, m_total);
}

double ConfusionMatrix::balancedAccuracy() const
{
    double sum = 0.0;
    int present = 0;
    for (int label = 0; label < m_classes; ++label) {
        if (m_truthCounts[label] == 0)
            continue;
        sum += recall(label);
        ++present;
    }
    return present == 0 ? 0.0 : sum / present;
}

double ConfusionMatrix::precision(int label) const
{
    return ratioOrZero(count(label, label), m_predictedCounts[label]);
}

double ConfusionMatrix::recall(int label) const
{
    return ratioOrZero(count(label, label), m_truthCounts[label]);
}

double ConfusionMatrix::f1(int label) const
{
    // The harmonic mean of the two ratios, as scikit-learn computes it, so
    // the numbers agree to the last bit rather than only mathematically.
    double p = precision(label);
    double r = recall(label);
    return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

template <typename PerClass>
double ConfusionMatrix::macroAverage(PerClass perClass) const
{
    double sum = 0.0;
    int used = 0;
    for (int label = 0; label < m_classes; ++label) {
        if (!appears(label))
            continue;
        sum += perClass(label);
        ++used;
    }
    return used == 0 ? 0.0 : sum / used;
}

double ConfusionMatrix::precisionMacro() const
{
    return macroAverage([this](int label) { return precision(label); });
}

double ConfusionMatrix::recallMacro() const
{
    return macroAverage([this](int label) { return recall(label); });
}

double ConfusionMatrix::f1Macro() const
{
    return macroAverage([this](int label) { return f1(label); });
}

} // namespace winnow::engine
