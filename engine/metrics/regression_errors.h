#pragma once

#include <optional>
#include <span>

namespace winnow::engine {

// The errors of a regression, as scikit-learn's mean_squared_error,
// mean_absolute_error and r2_score compute them. R² follows r2_score's
// conventions for a constant truth (1 when the predictions are exact,
// else 0) and is undefined with fewer than two samples.
struct RegressionErrors {
    double mse = 0.0;
    double rmse = 0.0;
    double mae = 0.0;
    std::optional<double> r2;

    // Sizes must match and be non-zero; evaluation.h checks that for its callers.
    static RegressionErrors measure(std::span<const double> truth,
                                    std::span<const double> predicted);
};

} // namespace winnow::engine
