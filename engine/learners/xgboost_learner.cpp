#include "engine/learners/xgboost_learner.h"

#include "engine/core/errors.h"
#include "engine/learners/learner_support.h"
#include "engine/learners/xgboost_booster.h"

#include <stdexcept>

namespace winnow::engine::learners {
namespace {

std::string objectiveFor(Task task)
{
    switch (task) {
    case Task::BinaryClassification: return "binary:logistic";
    case Task::MulticlassClassification: return "multi:softprob";
    case Task::Regression: return "reg:squarederror";
    }
    return {};
}

} // namespace

XgbLearner::XgbLearner(Task task, int classCount, XgbRecipe recipe)
    : m_task(task)
    , m_classCount(classCount)
    , m_recipe(std::move(recipe))
{}

XgbLearner::XgbLearner(Task task, int classCount, std::string name, const SavedState& state)
    : m_task(task)
    , m_classCount(classCount)
{
    m_recipe.name = std::move(name);
    m_recipe.params = state.value("params");
    m_featureCount = savedInt(state, "featureCount", 0, 1 << 30);
    m_booster = std::make_unique<XgbBooster>(state.blob("booster"));
    m_booster->setParam("nthread", "1");
}

XgbLearner::~XgbLearner() = default;

void XgbLearner::fit(const Matrix& x, const Vector& y, const RunContext& context)
{
    context.checkpoint();
    requireTrainingShape(x, y, m_recipe.name);
    if (isClassification(m_task))
        classIndices(y, m_classCount, m_recipe.name);
    Learner::setThreads(context.threads);

    XgbMatrix train(x, y);
    auto booster = std::make_unique<XgbBooster>(train);
    booster->setParam("verbosity", "0");
    booster->setParam("objective", objectiveFor(m_task));
    if (m_task == Task::MulticlassClassification)
        booster->setParam("num_class", std::to_string(m_classCount));
    booster->setParam("tree_method", "hist");
    booster->setParam("nthread", std::to_string(threads()));
    // XGBoost's seed is a 32-bit integer.
    booster->setParam("seed", std::to_string(context.seed % 2147483647u));
    for (const auto& [key, value] : m_recipe.boosterParams)
        booster->setParam(key, value);

    for (int round = 0; round < m_recipe.rounds; ++round) {
        context.checkpoint();
        booster->updateOneIter(round, train);
    }
    context.checkpoint();
    m_featureCount = x.cols();
    m_booster = std::move(booster);
}

std::vector<float> XgbLearner::output(const Matrix& x) const
{
    requireFitted(m_booster != nullptr, m_recipe.name);
    requireColumns(x, m_featureCount, m_recipe.name);
    return m_booster->predict(XgbMatrix(x));
}

Matrix XgbLearner::predictProba(const Matrix& x) const
{
    if (!isClassification(m_task))
        throw std::logic_error(m_recipe.name + ": a regression model has no probabilities");
    auto values = output(x);
    Matrix proba(x.rows(), m_classCount);
    if (m_task == Task::BinaryClassification) {
        for (Index i = 0; i < x.rows(); ++i) {
            double positive = values[static_cast<std::size_t>(i)];
            proba(i, 0) = 1.0 - positive;
            proba(i, 1) = positive;
        }
    } else {
        // softprob's float probabilities sum to 1 only to float precision;
        // renormalising in double makes the rows sum to 1 as promised.
        for (Index i = 0; i < x.rows(); ++i) {
            double total = 0.0;
            for (Index j = 0; j < m_classCount; ++j) {
                proba(i, j) = values[static_cast<std::size_t>(i * m_classCount + j)];
                total += proba(i, j);
            }
            proba.row(i) /= total;
        }
    }
    return proba;
}

Vector XgbLearner::predict(const Matrix& x) const
{
    if (isClassification(m_task))
        return argmaxRows(predictProba(x));
    auto values = output(x);
    Vector result(x.rows());
    for (Index i = 0; i < x.rows(); ++i)
        result[i] = values[static_cast<std::size_t>(i)];
    return result;
}

std::optional<Vector> XgbLearner::featureImportances() const
{
    if (!m_booster)
        return std::nullopt;
    auto gain = m_booster->gainImportance(m_featureCount);
    Vector importance = Eigen::Map<const Vector>(gain.data(), m_featureCount);
    double total = importance.sum();
    if (!(total > 0.0))
        return std::nullopt; // no tree split on anything
    return importance / total;
}

void XgbLearner::setThreads(int threads)
{
    Learner::setThreads(threads);
    if (m_booster)
        m_booster->setParam("nthread", std::to_string(this->threads()));
}

SavedState XgbLearner::save() const
{
    requireFitted(m_booster != nullptr, m_recipe.name);
    SavedState state;
    state.values["params"] = m_recipe.params;
    state.values["featureCount"] = m_featureCount;
    state.blobs["booster"] = m_booster->saveUbj();
    return state;
}

} // namespace winnow::engine::learners
