#include "engine/metrics/regression_errors.h"

#include <cmath>
#include <cstddef>

namespace winnow::engine {

RegressionErrors RegressionErrors::measure(std::span<const double> truth,
                                           std::span<const double> predicted)
{
    const auto n = static_cast<double>(truth.size());
    double squared = 0.0;
    double absolute = 0.0;
    double truthSum = 0.0;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        double error = truth[i] - predicted[i];
        squared += error * error;
        absolute += std::abs(error);
        truthSum += truth[i];
    }

    RegressionErrors errors;
    errors.mse = squared / n;
    errors.rmse = std::sqrt(errors.mse);
    errors.mae = absolute / n;
    if (truth.size() >= 2) {
        const double mean = truthSum / n;
        double spread = 0.0;
        for (double value : truth)
            spread += (value - mean) * (value - mean);
        if (spread != 0.0)
            errors.r2 = 1.0 - squared / spread;
        else
            errors.r2 = squared == 0.0 ? 1.0 : 0.0;
    }
    return errors;
}

} // namespace winnow::engine
