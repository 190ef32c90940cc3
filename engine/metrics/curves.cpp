#include "engine/metrics/curves.h"

#include <algorithm>
#include <limits>

namespace winnow::engine {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double rate(std::size_t count, std::size_t total)
{
    return total == 0 ? kNaN : static_cast<double>(count) / static_cast<double>(total);
}

// Where TPR - FPR is largest, compared exactly in integers so that the
// full curve, the metric and the search's score always pick the same point.
struct KsPoint {
    std::size_t thresholdIndex = 0; // 0 is the point before the strictest threshold
    double statistic = 0.0;
    double threshold = 0.0;
};

KsPoint findKsPoint(const ScoreRanking& ranking)
{
    const auto positives = static_cast<long double>(ranking.positives());
    const auto negatives = static_cast<long double>(ranking.negatives());
    KsPoint best{0, 0.0, ranking.highestScore() + 1.0};
    long double bestGap = 0.0L; // (TPR - FPR) * positives * negatives at (0, 0)
    std::size_t index = 0;
    ranking.forEachThreshold([&](double score, std::size_t tp, std::size_t fp) {
        ++index;
        long double gap =
            static_cast<long double>(tp) * negatives - static_cast<long double>(fp) * positives;
        if (gap > bestGap) {
            bestGap = gap;
            best = {index, rate(tp, ranking.positives()) - rate(fp, ranking.negatives()), score};
        }
    });
    return best;
}

} // namespace

RocCurve rocCurve(const ScoreRanking& ranking)
{
    RocCurve curve;
    curve.fpr.push_back(ranking.negatives() == 0 ? kNaN : 0.0);
    curve.tpr.push_back(ranking.positives() == 0 ? kNaN : 0.0);
    curve.thresholds.push_back(ranking.highestScore() + 1.0);
    ranking.forEachThreshold([&](double score, std::size_t tp, std::size_t fp) {
        curve.fpr.push_back(rate(fp, ranking.negatives()));
        curve.tpr.push_back(rate(tp, ranking.positives()));
        curve.thresholds.push_back(score);
    });
    return curve;
}

PrecisionRecallCurve precisionRecallCurve(const ScoreRanking& ranking)
{
    PrecisionRecallCurve curve;
    ranking.forEachThreshold([&](double score, std::size_t tp, std::size_t fp) {
        curve.precision.push_back(static_cast<double>(tp) / static_cast<double>(tp + fp));
        curve.recall.push_back(ranking.positives() == 0 ? 1.0 : rate(tp, ranking.positives()));
        curve.thresholds.push_back(score);
    });
    std::reverse(curve.precision.begin(), curve.precision.end());
    std::reverse(curve.recall.begin(), curve.recall.end());
    std::reverse(curve.thresholds.begin(), curve.thresholds.end());
    curve.precision.push_back(1.0);
    curve.recall.push_back(0.0);
    return curve;
}

KsCurve ksCurve(const ScoreRanking& ranking)
{
    // The ROC curve read backwards: the share below a threshold is one
    // minus the share at or above it.
    KsCurve curve;
    auto below = [](std::size_t atOrAbove, std::size_t total) {
        return total == 0 ? kNaN : static_cast<double>(total - atOrAbove) / total;
    };
    curve.thresholds.push_back(ranking.highestScore() + 1.0);
    curve.cdfPositive.push_back(below(0, ranking.positives()));
    curve.cdfNegative.push_back(below(0, ranking.negatives()));
    ranking.forEachThreshold([&](double score, std::size_t tp, std::size_t fp) {
        curve.thresholds.push_back(score);
        curve.cdfPositive.push_back(below(tp, ranking.positives()));
        curve.cdfNegative.push_back(below(fp, ranking.negatives()));
    });
    std::reverse(curve.thresholds.begin(), curve.thresholds.end());
    std::reverse(curve.cdfPositive.begin(), curve.cdfPositive.end());
    std::reverse(curve.cdfNegative.begin(), curve.cdfNegative.end());

    KsPoint point = findKsPoint(ranking);
    curve.index = curve.thresholds.size() - 1 - point.thresholdIndex;
    curve.threshold = point.threshold;
    curve.statistic = ranking.hasBothClasses() ? point.statistic : kNaN;
    return curve;
}

std::optional<double> rocAuc(const ScoreRanking& ranking)
{
    if (!ranking.hasBothClasses())
        return std::nullopt;
    // Trapezoids in counts, normalised once at the end.
    double area = 0.0;
    std::size_t previousTp = 0;
    std::size_t previousFp = 0;
    ranking.forEachThreshold([&](double, std::size_t tp, std::size_t fp) {
        area += static_cast<double>(fp - previousFp) * static_cast<double>(tp + previousTp) / 2.0;
        previousTp = tp;
        previousFp = fp;
    });
    return area /
           (static_cast<double>(ranking.positives()) * static_cast<double>(ranking.negatives()));
}

std::optional<double> ksStatistic(const ScoreRanking& ranking)
{
    if (!ranking.hasBothClasses())
        return std::nullopt;
    return findKsPoint(ranking).statistic;
}

double averagePrecision(const ScoreRanking& ranking)
{
    double sum = 0.0;
    double previousRecall = 0.0;
    ranking.forEachThreshold([&](double, std::size_t tp, std::size_t fp) {
        double recall = ranking.positives() == 0 ? 1.0 : rate(tp, ranking.positives());
        double precision = static_cast<double>(tp) / static_cast<double>(tp + fp);
        sum += (recall - previousRecall) * precision;
        previousRecall = recall;
    });
    return sum;
}

} // namespace winnow::engine
