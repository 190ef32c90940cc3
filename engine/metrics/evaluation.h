#pragma once

#include "engine/core/scoring.h"
#include "engine/core/types.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace winnow::engine {

// How well a model did on one split, as metadata.json records it
// (docs/metadata.md): `metrics` goes to "metrics" (test split) or
// "trainMetrics" (train split), `curves` to "winnow.curves.test" or
// ".train".
//
// Numbers follow scikit-learn 1.2 (tests/engine/metrics checks them
// against it). A metric that a split cannot define is JSON null, never
// NaN: ROC AUC and KS when the split holds a single class, R² with fewer
// than two rows. Curves that need a class the split lacks are null too.
// Per-class ratios with a zero denominator are 0, as scikit-learn's default.
struct Evaluation {
    nlohmann::json metrics;
    nlohmann::json curves;
};

// The most points a curve keeps in metadata.json; the endpoints and the KS
// point are always among them.
inline constexpr std::size_t kCurvePointLimit = 300;
// The most (actual, predicted) pairs kept for a regression's residual plot.
inline constexpr std::size_t kResidualSampleLimit = 1000;

// truth holds class indices 0..k-1; probabilities is n x k, one column per
// entry of labels, and a row predicts its most probable class (the lower
// index on a tie). k = 2 is a binary task whose positive class is index 1,
// reported in ML Hub's shape; k > 2 is multiclass.
// Throws std::invalid_argument on mismatched sizes, an empty split, a class
// index out of range, repeated labels or a non-finite probability.
Evaluation evaluateClassification(std::span<const int> truth, const Matrix& probabilities,
                                  const std::vector<std::string>& labels);

// The residual sample is a reproducible function of `seed`.
// Throws std::invalid_argument on mismatched sizes, an empty split or a
// non-finite value.
Evaluation evaluateRegression(std::span<const double> truth, std::span<const double> predicted,
                              std::uint64_t seed);

// One scoring's number, as the search asks for it many times: the same
// value the full evaluation reports, without building curves or JSON.
// An undefined value (see above) is NaN. Throws std::invalid_argument on
// the evaluation's input errors and for a scoring that does not fit the
// task (Ks, F1, Precision and Recall need k = 2; errors need a regression).
double classificationScore(Scoring scoring, std::span<const int> truth,
                           const Matrix& probabilities);
double regressionScore(Scoring scoring, std::span<const double> truth,
                       std::span<const double> predicted);

} // namespace winnow::engine
