#include "engine/learners/linear_regressor.h"

#include "engine/learners/learner_support.h"

#include <stdexcept>

namespace winnow::engine::learners {

LinearRegressor::LinearRegressor(std::string name, nlohmann::json params)
    : m_name(std::move(name))
    , m_params(std::move(params))
{}

LinearRegressor::LinearRegressor(std::string name, const SavedState& state)
    : m_name(std::move(name))
    , m_params(state.value("params"))
    , m_fitted(true)
{
    const int features = savedInt(state, "featureCount", 0, 1 << 30);
    m_coefficients = vectorFromArray(state.array("coefficients"), features, "coefficients");
    m_intercept = vectorFromArray(state.array("intercept"), 1, "intercept")[0];
}

void LinearRegressor::fit(const Matrix& x, const Vector& y, const RunContext& context)
{
    context.checkpoint();
    requireTrainingShape(x, y, m_name);
    requireFinite(x, m_name);
    Learner::setThreads(context.threads);
    // The intercept is fitted by centring, so it is never penalised.
    const Eigen::RowVectorXd xMean = x.colwise().mean();
    const double yMean = y.mean();
    const Matrix xc = x.rowwise() - xMean;
    const Vector yc = y.array() - yMean;
    Vector coefficients = solve(xc, yc, context);
    m_intercept = yMean - xMean.dot(coefficients);
    m_coefficients = std::move(coefficients);
    m_fitted = true;
}

Matrix LinearRegressor::predictProba(const Matrix&) const
{
    throw std::logic_error(m_name + ": a regression model has no probabilities");
}

Vector LinearRegressor::predict(const Matrix& x) const
{
    requireFitted(m_fitted, m_name);
    requireColumns(x, m_coefficients.size(), m_name);
    requireFinite(x, m_name);
    return (x * m_coefficients).array() + m_intercept;
}

SavedState LinearRegressor::save() const
{
    requireFitted(m_fitted, m_name);
    SavedState state;
    state.values["params"] = m_params;
    state.values["featureCount"] = m_coefficients.size();
    state.arrays["coefficients"] = toArray(m_coefficients);
    state.arrays["intercept"] = {m_intercept};
    return state;
}

} // namespace winnow::engine::learners
