#include "engine/learners/ridge.h"

#include <Eigen/Cholesky>

namespace winnow::engine::learners {

HyperSpace ridgeSpace(Task)
{
    return {HyperParameter::logReal("alpha", 1e-4, 1e4, 1.0)};
}

RidgeLearner::RidgeLearner(const nlohmann::json& params)
    : LinearRegressor("ridge", params)
    , m_alpha(params.at("alpha").get<double>())
{}

RidgeLearner::RidgeLearner(const SavedState& state)
    : LinearRegressor("ridge", state)
    , m_alpha(params().at("alpha").get<double>())
{}

Vector RidgeLearner::solve(const Matrix& xc, const Vector& yc, const RunContext&) const
{
    const Index d = xc.cols();
    Matrix gram = Matrix::Zero(d, d);
    gram.selfadjointView<Eigen::Lower>().rankUpdate(xc.transpose());
    gram.diagonal().array() += m_alpha;
    // alpha > 0 makes the system positive definite; LDLT copes with the
    // rounding that can leave it barely so when columns are collinear.
    return gram.selfadjointView<Eigen::Lower>().ldlt().solve(xc.transpose() * yc);
}

LearnerInfo ridgeInfo()
{
    LearnerInfo info;
    info.algorithm = "ridge";
    info.regression = true;
    info.space = ridgeSpace;
    info.make = [](Task task, int, const nlohmann::json& params) -> std::unique_ptr<Learner> {
        return std::make_unique<RidgeLearner>(resolveParams("ridge", ridgeSpace(task), params));
    };
    info.load = [](Task, int, const SavedState& state) -> std::unique_ptr<Learner> {
        return std::make_unique<RidgeLearner>(state);
    };
    return info;
}

} // namespace winnow::engine::learners
