#pragma once

#include "engine/metrics/score_ranking.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace winnow::engine {

// The full curves of one positive class against the rest, every distinct
// score a point, computed as scikit-learn 1.2 computes them. The metadata
// file keeps a thinned copy (curve_sampling.h); these are the exact ones.

// roc_curve(drop_intermediate=False): points from the strictest threshold
// down, starting at (0, 0) with the threshold highest score + 1. A rate
// whose class is absent is NaN throughout, as in scikit-learn.
struct RocCurve {
    std::vector<double> fpr;
    std::vector<double> tpr;
    std::vector<double> thresholds;
};
RocCurve rocCurve(const ScoreRanking& ranking);

// precision_recall_curve: thresholds ascending, then a final point of
// precision 1 and recall 0 that has no threshold. Without positives the
// recall is 1 at every threshold, as in scikit-learn.
struct PrecisionRecallCurve {
    std::vector<double> precision;
    std::vector<double> recall;
    std::vector<double> thresholds;
};
PrecisionRecallCurve precisionRecallCurve(const ScoreRanking& ranking);

// The two empirical distributions of the positive-class score, ascending:
// cdfPositive[i] is the share of positives scoring below thresholds[i]
// (likewise for negatives), so a sample is predicted positive when its score
// is at least the threshold. The thresholds are those of the ROC curve in
// reverse, and the curve runs from (0, 0) to (1, 1). statistic is the
// largest cdfNegative - cdfPositive, i.e. the largest TPR - FPR, reached
// first at `index` (from the strictest threshold down). With a class absent
// the arrays of that class and the statistic are NaN.
struct KsCurve {
    std::vector<double> thresholds;
    std::vector<double> cdfPositive;
    std::vector<double> cdfNegative;
    double statistic = 0.0;
    double threshold = 0.0;
    std::size_t index = 0; // into the arrays above
};
KsCurve ksCurve(const ScoreRanking& ranking);

// Area under the ROC curve by the trapezoidal rule (ties count half);
// undefined unless both classes are present.
std::optional<double> rocAuc(const ScoreRanking& ranking);

// The Kolmogorov-Smirnov statistic between the scores of positives and of
// negatives, one-sided: max over thresholds of TPR - FPR, which is the
// two-sided statistic for any model that ranks better than chance and 0
// for one that only ranks worse. Undefined unless both classes are present.
std::optional<double> ksStatistic(const ScoreRanking& ranking);

// average_precision_score: sum over thresholds of (R_n - R_{n-1}) P_n.
double averagePrecision(const ScoreRanking& ranking);

} // namespace winnow::engine
