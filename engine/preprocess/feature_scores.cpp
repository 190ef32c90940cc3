#include "engine/preprocess/feature_scores.h"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

namespace winnow::engine {

namespace {

// The mean of v computed as anchor + mean(v - anchor): exact when every
// value equals the anchor, which plain summation is not.
double anchoredMean(const Eigen::Ref<const Vector>& v)
{
    if (v.size() == 0)
        return 0.0;
    double anchor = v[0];
    return anchor + (v.array() - anchor).sum() / static_cast<double>(v.size());
}

} // namespace

Vector anovaF(const Matrix& x, const Vector& classIndex, int classes)
{
    if (classIndex.size() != x.rows())
        throw std::invalid_argument("anovaF: the target and the matrix differ in rows");
    const Index rows = x.rows();
    std::vector<Index> label(static_cast<std::size_t>(rows));
    std::vector<double> count(static_cast<std::size_t>(classes), 0.0);
    std::vector<Index> firstRow(static_cast<std::size_t>(classes), -1);
    for (Index i = 0; i < rows; ++i) {
        auto k = static_cast<Index>(classIndex[i]);
        if (k < 0 || k >= classes || static_cast<double>(k) != classIndex[i])
            throw std::invalid_argument("anovaF: class indices must be 0.." +
                                        std::to_string(classes - 1));
        label[static_cast<std::size_t>(i)] = k;
        count[static_cast<std::size_t>(k)] += 1.0;
        if (firstRow[static_cast<std::size_t>(k)] < 0)
            firstRow[static_cast<std::size_t>(k)] = i;
    }
    int present = 0;
    for (double c : count)
        present += c > 0.0 ? 1 : 0;
    const double betweenFreedom = present - 1;
    const double withinFreedom = static_cast<double>(rows) - present;

    Vector scores(x.cols());
    std::vector<double> classMean(static_cast<std::size_t>(classes));
    for (Index j = 0; j < x.cols(); ++j) {
        const double* column = x.col(j).data();
        // Class means anchored at each class's first value, then the overall
        // mean anchored at the first class's mean: equal values give equal
        // means exactly, and so sums of squares that are exactly zero.
        std::fill(classMean.begin(), classMean.end(), 0.0);
        for (Index i = 0; i < rows; ++i) {
            auto k = static_cast<std::size_t>(label[static_cast<std::size_t>(i)]);
            classMean[k] += column[i] - column[firstRow[k]];
        }
        double anchor = std::numeric_limits<double>::quiet_NaN();
        for (std::size_t k = 0; k < classMean.size(); ++k) {
            if (count[k] == 0.0)
                continue;
            classMean[k] = column[firstRow[k]] + classMean[k] / count[k];
            if (std::isnan(anchor))
                anchor = classMean[k];
        }
        double shifted = 0.0;
        for (std::size_t k = 0; k < classMean.size(); ++k)
            if (count[k] > 0.0)
                shifted += count[k] * (classMean[k] - anchor);
        const double mean = anchor + shifted / static_cast<double>(rows);

        double between = 0.0;
        for (std::size_t k = 0; k < classMean.size(); ++k)
            if (count[k] > 0.0)
                between += count[k] * (classMean[k] - mean) * (classMean[k] - mean);
        double within = 0.0;
        for (Index i = 0; i < rows; ++i) {
            double d =
                column[i] - classMean[static_cast<std::size_t>(label[static_cast<std::size_t>(i)])];
            within += d * d;
        }
        scores[j] = (between / betweenFreedom) / (within / withinFreedom);
    }
    return scores;
}

Vector fRegression(const Matrix& x, const Vector& y)
{
    if (y.size() != x.rows())
        throw std::invalid_argument("fRegression: the target and the matrix differ in rows");
    const double freedom = static_cast<double>(x.rows()) - 2.0;
    Vector scores = Vector::Zero(x.cols());
    if (x.rows() == 0 || freedom <= 0.0)
        return scores;
    const Eigen::ArrayXd dy = y.array() - anchoredMean(y);
    const double yNorm = std::sqrt(dy.square().sum());
    if (yNorm == 0.0)
        return scores;
    for (Index j = 0; j < x.cols(); ++j) {
        const Eigen::ArrayXd dx = x.col(j).array() - anchoredMean(x.col(j));
        const double xNorm = std::sqrt(dx.square().sum());
        if (xNorm == 0.0)
            continue;
        double r = (dx * dy).sum() / xNorm / yNorm;
        double r2 = r * r;
        scores[j] = r2 >= 1.0 ? std::numeric_limits<double>::max() : r2 / (1.0 - r2) * freedom;
    }
    return scores;
}

} // namespace winnow::engine
