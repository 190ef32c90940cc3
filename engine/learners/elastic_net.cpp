#include "engine/learners/elastic_net.h"

#include <cmath>

namespace winnow::engine::learners {
namespace {

double softThreshold(double value, double threshold)
{
    if (value > threshold)
        return value - threshold;
    if (value < -threshold)
        return value + threshold;
    return 0.0;
}

// The duality gap of the (n-scaled) problem
//   1/2 |y - Xw|^2 + l1 |w|_1 + l2/2 |w|^2
// from X'r (r = y - Xw), |r|^2 and r.y.
double dualityGap(const Vector& w, const Vector& xtR, double rNorm2, double rDotY, double l1,
                  double l2)
{
    const Vector xtA = xtR - l2 * w;
    const double dualNorm = xtA.cwiseAbs().maxCoeff();
    double scale = 1.0;
    double gap = rNorm2;
    if (dualNorm > l1) {
        scale = l1 / dualNorm;
        gap = 0.5 * (rNorm2 + rNorm2 * scale * scale);
    }
    return gap + l1 * w.cwiseAbs().sum() - scale * rDotY +
           0.5 * l2 * (1.0 + scale * scale) * w.squaredNorm();
}

} // namespace

HyperSpace elasticNetSpace(Task)
{
    return {
        HyperParameter::logReal("alpha", 1e-5, 10.0, 0.01),
        HyperParameter::real("l1Ratio", 0.0, 1.0, 0.5),
    };
}

ElasticNetLearner::ElasticNetLearner(const nlohmann::json& params, CoordinateDescentLimits limits)
    : LinearRegressor("elasticnet", params)
    , m_alpha(params.at("alpha").get<double>())
    , m_l1Ratio(params.at("l1Ratio").get<double>())
    , m_limits(limits)
{}

ElasticNetLearner::ElasticNetLearner(const SavedState& state)
    : LinearRegressor("elasticnet", state)
    , m_alpha(params().at("alpha").get<double>())
    , m_l1Ratio(params().at("l1Ratio").get<double>())
{}

Vector ElasticNetLearner::solve(const Matrix& xc, const Vector& yc, const RunContext& context) const
{
    m_sweeps = 0;
    m_converged = false;
    if (xc.rows() > xc.cols())
        return solveWithGram(xc, yc, context);
    return solveWithResiduals(xc, yc, context);
}

Vector ElasticNetLearner::solveWithGram(const Matrix& xc, const Vector& yc,
                                        const RunContext& context) const
{
    const Index d = xc.cols();
    const double n = double(xc.rows());
    const double l1 = m_alpha * m_l1Ratio * n;
    const double l2 = m_alpha * (1.0 - m_l1Ratio) * n;
    Matrix gram = Matrix::Zero(d, d);
    gram.selfadjointView<Eigen::Lower>().rankUpdate(xc.transpose());
    gram.triangularView<Eigen::StrictlyUpper>() = gram.transpose();
    const Vector xty = xc.transpose() * yc;
    const double yNorm2 = yc.squaredNorm();
    const double tolerance = m_limits.tolerance * yNorm2;

    Vector w = Vector::Zero(d);
    Vector gw = Vector::Zero(d); // gram * w, kept up to date
    for (int sweep = 0; sweep < m_limits.maxSweeps; ++sweep) {
        context.checkpoint();
        double largestWeight = 0.0, largestChange = 0.0;
        for (Index j = 0; j < d; ++j) {
            const double curvature = gram(j, j) + l2;
            if (gram(j, j) == 0.0 || curvature <= 0.0)
                continue; // a constant column keeps weight 0
            const double old = w[j];
            const double rho = xty[j] - gw[j] + gram(j, j) * old;
            const double updated = softThreshold(rho, l1) / curvature;
            if (updated != old) {
                gw += gram.col(j) * (updated - old);
                w[j] = updated;
            }
            largestChange = std::max(largestChange, std::abs(updated - old));
            largestWeight = std::max(largestWeight, std::abs(updated));
        }
        m_sweeps = sweep + 1;
        if (largestWeight == 0.0 || largestChange / largestWeight < m_limits.tolerance ||
            sweep + 1 == m_limits.maxSweeps) {
            // |y - Xw|^2 = y'y - 2 w'X'y + w'X'Xw and r.y = y'y - w'X'y.
            const double wXty = w.dot(xty);
            const double rNorm2 = std::max(0.0, yNorm2 - 2.0 * wXty + w.dot(gw));
            if (dualityGap(w, xty - gw, rNorm2, yNorm2 - wXty, l1, l2) < tolerance) {
                m_converged = true;
                break;
            }
        }
    }
    return w;
}

Vector ElasticNetLearner::solveWithResiduals(const Matrix& xc, const Vector& yc,
                                             const RunContext& context) const
{
    const Index d = xc.cols();
    const double n = double(xc.rows());
    const double l1 = m_alpha * m_l1Ratio * n;
    const double l2 = m_alpha * (1.0 - m_l1Ratio) * n;
    const Vector columnNorms2 = xc.colwise().squaredNorm().transpose();
    const double tolerance = m_limits.tolerance * yc.squaredNorm();

    Vector w = Vector::Zero(d);
    Vector residual = yc;
    for (int sweep = 0; sweep < m_limits.maxSweeps; ++sweep) {
        context.checkpoint();
        double largestWeight = 0.0, largestChange = 0.0;
        for (Index j = 0; j < d; ++j) {
            if (columnNorms2[j] == 0.0)
                continue;
            const double old = w[j];
            const double rho = xc.col(j).dot(residual) + columnNorms2[j] * old;
            const double updated = softThreshold(rho, l1) / (columnNorms2[j] + l2);
            if (updated != old) {
                residual -= xc.col(j) * (updated - old);
                w[j] = updated;
            }
            largestChange = std::max(largestChange, std::abs(updated - old));
            largestWeight = std::max(largestWeight, std::abs(updated));
        }
        m_sweeps = sweep + 1;
        if (largestWeight == 0.0 || largestChange / largestWeight < m_limits.tolerance ||
            sweep + 1 == m_limits.maxSweeps) {
            const Vector xtR = xc.transpose() * residual;
            if (dualityGap(w, xtR, residual.squaredNorm(), residual.dot(yc), l1, l2) < tolerance) {
                m_converged = true;
                break;
            }
        }
    }
    return w;
}

LearnerInfo elasticNetInfo()
{
    LearnerInfo info;
    info.algorithm = "elastic_net";
    info.regression = true;
    info.space = elasticNetSpace;
    info.make = [](Task task, int, const nlohmann::json& params) -> std::unique_ptr<Learner> {
        return std::make_unique<ElasticNetLearner>(
            resolveParams("elastic_net", elasticNetSpace(task), params));
    };
    info.load = [](Task, int, const SavedState& state) -> std::unique_ptr<Learner> {
        return std::make_unique<ElasticNetLearner>(state);
    };
    return info;
}

} // namespace winnow::engine::learners
