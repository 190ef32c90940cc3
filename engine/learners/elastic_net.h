#pragma once

#include "engine/learners/linear_regressor.h"

namespace winnow::engine::learners {

// "elastic_net" (regression, elasticnet): scikit-learn's ElasticNet
// objective
//   1/(2n) |y - Xw - b|^2 + alpha l1Ratio |w|_1 + alpha (1 - l1Ratio)/2 |w|^2
// minimised by cyclic coordinate descent until the duality gap is below
// tolerance * |y - mean(y)|^2. l1Ratio 1 is the lasso, 0 ridge (with this
// scaling). The intercept is not penalised.
//
//   alpha    penalty strength     log  [1e-5, 10]   0.01
//   l1Ratio  share of L1 penalty  real [0, 1]       0.5
//
// With more rows than features, descent runs on the Gram matrix X'X, so a
// sweep costs features^2 rather than rows x features.
HyperSpace elasticNetSpace(Task task);
LearnerInfo elasticNetInfo();

struct CoordinateDescentLimits {
    double tolerance = 1e-6;
    int maxSweeps = 5000;
};

class ElasticNetLearner : public LinearRegressor {
public:
    explicit ElasticNetLearner(const nlohmann::json& params, CoordinateDescentLimits limits = {});
    explicit ElasticNetLearner(const SavedState& state);

    // Sweeps the last fit took, and whether it met the tolerance.
    int sweeps() const { return m_sweeps; }
    bool converged() const { return m_converged; }

protected:
    Vector solve(const Matrix& xc, const Vector& yc, const RunContext& context) const override;

private:
    Vector solveWithGram(const Matrix& xc, const Vector& yc, const RunContext& context) const;
    Vector solveWithResiduals(const Matrix& xc, const Vector& yc, const RunContext& context) const;

    double m_alpha;
    double m_l1Ratio;
    CoordinateDescentLimits m_limits;
    mutable int m_sweeps = 0;
    mutable bool m_converged = false;
};

} // namespace winnow::engine::learners
