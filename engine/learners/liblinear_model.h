#pragma once

// Linear models trained by liblinear, behind an interface that hides its C
// structures: dense rows are handed over sparse (zeros left out), a bias
// feature of 1 is appended, its console output is silenced, and parameter
// errors become exceptions.
//
// About the intercept: liblinear learns it as the weight of that constant
// bias feature, so it is regularised together with the other weights. This
// is what scikit-learn's solver="liblinear" and LinearSVC/LinearSVR do
// (intercept_scaling=1); scikit-learn's other solvers leave the intercept
// unpenalised.

#include "engine/core/run_context.h"
#include "engine/core/saved_state.h"
#include "engine/core/types.h"

#include <vector>

namespace winnow::engine::learners {

enum class LiblinearSolver {
    L2Logistic,         // L2R_LR: L2-regularised logistic regression (primal)
    L1Logistic,         // L1R_LR
    L2SquaredHingeDual, // L2R_L2LOSS_SVC_DUAL: LinearSVC's default
    L1SquaredHinge,     // L1R_L2LOSS_SVC: LinearSVC with penalty="l1"
    SvrAbsoluteDual,    // L2R_L1LOSS_SVR_DUAL: LinearSVR's default
    SvrSquaredDual,     // L2R_L2LOSS_SVR_DUAL
};

struct LiblinearSettings {
    LiblinearSolver solver = LiblinearSolver::L2Logistic;
    double c = 1.0;
    double tolerance = 1e-4; // scikit-learn's default tol
    double svrEpsilon = 0.0; // the SVR loss's insensitive zone
};

// A linear function per problem: decision = weights.row(p) . x + bias[p].
struct LinearFunctions {
    Matrix weights; // problems x features
    Vector bias;
};

// Trains one problem: y holds +1/-1 for a classifier (the decision is
// positive for +1) or values for a regressor. The dual solvers visit rows
// in random order, drawn from `seed`.
LinearFunctions trainLiblinear(const Matrix& x, const std::vector<double>& y,
                               const LiblinearSettings& settings, std::uint64_t seed);

// A classifier over classes 0..k-1 made of liblinear problems: none when
// the training rows hold one class, one (the higher class against the
// lower) when they hold two, otherwise one per class present against the
// rest, as liblinear does for multiclass.
class LiblinearClassifier {
public:
    void fit(const Matrix& x, const std::vector<int>& classes, int classCount,
             const LiblinearSettings& settings, const RunContext& context);

    // The classes seen in training, in increasing order.
    const std::vector<int>& presentClasses() const { return m_present; }
    // x's decision values, one column per problem (none, one or one per
    // present class).
    Matrix decisionValues(const Matrix& x) const;
    bool fitted() const { return !m_present.empty(); }
    Index featureCount() const { return m_featureCount; }

    void save(SavedState& state) const;
    void load(const SavedState& state, int classCount);

private:
    std::vector<int> m_present;
    Index m_featureCount = 0;
    LinearFunctions m_functions;
};

} // namespace winnow::engine::learners
