#include "engine/learners/liblinear_learners.h"

#include "engine/learners/learner_support.h"

#include <cmath>
#include <stdexcept>

namespace winnow::engine::learners {
namespace {

double logistic(double v)
{
    return 1.0 / (1.0 + std::exp(-v));
}

} // namespace

LiblinearClassifierLearner::LiblinearClassifierLearner(std::string name, int classCount,
                                                       nlohmann::json params,
                                                       LiblinearSettings settings,
                                                       DecisionToProbability mapping)
    : m_name(std::move(name))
    , m_classCount(classCount)
    , m_params(std::move(params))
    , m_settings(settings)
    , m_mapping(mapping)
{}

LiblinearClassifierLearner::LiblinearClassifierLearner(std::string name, int classCount,
                                                       DecisionToProbability mapping,
                                                       const SavedState& state)
    : m_name(std::move(name))
    , m_classCount(classCount)
    , m_params(state.value("params"))
    , m_mapping(mapping)
{
    m_model.load(state, classCount);
}

void LiblinearClassifierLearner::fit(const Matrix& x, const Vector& y, const RunContext& context)
{
    context.checkpoint();
    requireTrainingShape(x, y, m_name);
    requireFinite(x, m_name);
    Learner::setThreads(context.threads);
    auto classes = classIndices(y, m_classCount, m_name);
    m_model.fit(x, classes, m_classCount, m_settings, context);
}

Matrix LiblinearClassifierLearner::decisionFunction(const Matrix& x) const
{
    requireFitted(m_model.fitted(), m_name);
    requireColumns(x, m_model.featureCount(), m_name);
    requireFinite(x, m_name);
    return m_model.decisionValues(x);
}

Matrix LiblinearClassifierLearner::predictProba(const Matrix& x) const
{
    const Matrix decisions = decisionFunction(x);
    const auto& present = m_model.presentClasses();
    Matrix proba = Matrix::Zero(x.rows(), m_classCount);
    if (present.size() == 1) {
        proba.col(present[0]).setOnes();
    } else if (present.size() == 2) {
        for (Index i = 0; i < x.rows(); ++i) {
            double positive = logistic(decisions(i, 0));
            proba(i, present[1]) = positive;
            proba(i, present[0]) = 1.0 - positive;
        }
    } else {
        Matrix scores(x.rows(), static_cast<Index>(present.size()));
        if (m_mapping == DecisionToProbability::Logistic) {
            scores = decisions.unaryExpr([](double v) { return logistic(v); });
            for (Index i = 0; i < x.rows(); ++i)
                scores.row(i) /= scores.row(i).sum();
        } else {
            scores = softmaxRows(decisions);
        }
        for (std::size_t c = 0; c < present.size(); ++c)
            proba.col(present[c]) = scores.col(static_cast<Index>(c));
    }
    return proba;
}

Vector LiblinearClassifierLearner::predict(const Matrix& x) const
{
    return argmaxRows(predictProba(x));
}

SavedState LiblinearClassifierLearner::save() const
{
    requireFitted(m_model.fitted(), m_name);
    SavedState state;
    state.values["params"] = m_params;
    m_model.save(state);
    return state;
}

LiblinearRegressorLearner::LiblinearRegressorLearner(nlohmann::json params,
                                                     LiblinearSettings settings)
    : m_params(std::move(params))
    , m_settings(settings)
{}

LiblinearRegressorLearner::LiblinearRegressorLearner(const SavedState& state)
    : m_params(state.value("params"))
    , m_fitted(true)
{
    const int features = savedInt(state, "featureCount", 0, 1 << 30);
    m_weights = vectorFromArray(state.array("weights"), features, "weights");
    m_bias = vectorFromArray(state.array("bias"), 1, "bias")[0];
}

void LiblinearRegressorLearner::fit(const Matrix& x, const Vector& y, const RunContext& context)
{
    context.checkpoint();
    requireTrainingShape(x, y, name());
    requireFinite(x, name());
    Learner::setThreads(context.threads);
    auto functions = trainLiblinear(x, std::vector<double>(y.data(), y.data() + y.size()),
                                    m_settings, context.seed);
    context.checkpoint();
    m_weights = functions.weights.row(0).transpose();
    m_bias = functions.bias[0];
    m_fitted = true;
}

Matrix LiblinearRegressorLearner::predictProba(const Matrix&) const
{
    throw std::logic_error("linearsvr: a regression model has no probabilities");
}

Vector LiblinearRegressorLearner::predict(const Matrix& x) const
{
    requireFitted(m_fitted, name());
    requireColumns(x, m_weights.size(), name());
    requireFinite(x, name());
    return (x * m_weights).array() + m_bias;
}

SavedState LiblinearRegressorLearner::save() const
{
    requireFitted(m_fitted, name());
    SavedState state;
    state.values["params"] = m_params;
    state.values["featureCount"] = m_weights.size();
    state.arrays["weights"] = toArray(m_weights);
    state.arrays["bias"] = {m_bias};
    return state;
}

} // namespace winnow::engine::learners
