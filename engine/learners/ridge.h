#pragma once

#include "engine/learners/linear_regressor.h"

namespace winnow::engine::learners {

// "ridge" (regression): least squares with an L2 penalty alpha * |w|^2 on
// the coefficients but not the intercept, solved in closed form
// (X'X + alpha I) w = X'y on centred data, as scikit-learn's Ridge does.
//
//   alpha   penalty strength   log [1e-4, 1e4]   1
HyperSpace ridgeSpace(Task task);
LearnerInfo ridgeInfo();

class RidgeLearner : public LinearRegressor {
public:
    explicit RidgeLearner(const nlohmann::json& params);
    explicit RidgeLearner(const SavedState& state);

protected:
    Vector solve(const Matrix& xc, const Vector& yc, const RunContext& context) const override;

private:
    double m_alpha;
};

} // namespace winnow::engine::learners
