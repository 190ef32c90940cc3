#include "engine/learners/naive_bayes.h"

#include "engine/learners/learner_support.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace winnow::engine::learners {

HyperSpace naiveBayesSpace(Task)
{
    return {HyperParameter::logReal("varSmoothing", 1e-12, 1e-2, 1e-9)};
}

NaiveBayesLearner::NaiveBayesLearner(int classCount, nlohmann::json params)
    : m_classCount(classCount)
    , m_params(std::move(params))
    , m_varSmoothing(m_params.at("varSmoothing").get<double>())
{}

NaiveBayesLearner::NaiveBayesLearner(int classCount, const SavedState& state)
    : NaiveBayesLearner(classCount, state.value("params"))
{
    const int features = savedInt(state, "featureCount", 0, 1 << 30);
    m_means = matrixFromArray(state.array("means"), classCount, features, "means");
    m_variances = matrixFromArray(state.array("variances"), classCount, features, "variances");
    m_logPriors = vectorFromArray(state.array("logPriors"), classCount, "logPriors");
}

void NaiveBayesLearner::fit(const Matrix& x, const Vector& y, const RunContext& context)
{
    context.checkpoint();
    requireTrainingShape(x, y, name());
    requireFinite(x, name());
    Learner::setThreads(context.threads);
    const auto classes = classIndices(y, m_classCount, name());
    const Index n = x.rows(), d = x.cols();

    Vector counts = Vector::Zero(m_classCount);
    Matrix means = Matrix::Zero(m_classCount, d);
    for (Index i = 0; i < n; ++i) {
        counts[classes[static_cast<std::size_t>(i)]] += 1.0;
        means.row(classes[static_cast<std::size_t>(i)]) += x.row(i);
    }
    Matrix variances = Matrix::Zero(m_classCount, d);
    for (int c = 0; c < m_classCount; ++c)
        if (counts[c] > 0.0)
            means.row(c) /= counts[c];
    for (Index i = 0; i < n; ++i) {
        int c = classes[static_cast<std::size_t>(i)];
        variances.row(c) += (x.row(i) - means.row(c)).array().square().matrix();
    }

    const Eigen::RowVectorXd overallMean = x.colwise().mean();
    const double largestVariance =
        d == 0
            ? 0.0
            : ((x.rowwise() - overallMean).array().square().colwise().sum() / double(n)).maxCoeff();
    // With every feature constant scikit-learn would divide by zero; a
    // variance floor of varSmoothing keeps the likelihoods finite.
    const double epsilon = m_varSmoothing * (largestVariance > 0.0 ? largestVariance : 1.0);

    m_logPriors.resize(m_classCount);
    for (int c = 0; c < m_classCount; ++c) {
        if (counts[c] > 0.0) {
            variances.row(c) /= counts[c];
            m_logPriors[c] = std::log(counts[c] / double(n));
        } else {
            // Never seen: prior 0, so the class gets probability 0 whatever
            // these placeholder parameters say.
            means.row(c).setZero();
            variances.row(c).setOnes();
            m_logPriors[c] = -std::numeric_limits<double>::infinity();
        }
    }
    variances.array() += epsilon;
    m_means = std::move(means);
    m_variances = std::move(variances);
}

Matrix NaiveBayesLearner::jointLogLikelihood(const Matrix& x) const
{
    requireFitted(m_logPriors.size() > 0, name());
    requireColumns(x, m_means.cols(), name());
    requireFinite(x, name());
    Matrix jll(x.rows(), m_classCount);
    for (int c = 0; c < m_classCount; ++c) {
        const double logNormaliser =
            -0.5 * (2.0 * std::numbers::pi * m_variances.row(c).array()).log().sum();
        const Eigen::ArrayXd inverseVariance = m_variances.row(c).array().inverse().transpose();
        for (Index i = 0; i < x.rows(); ++i) {
            double distance = 0.0;
            for (Index j = 0; j < x.cols(); ++j) {
                double difference = x(i, j) - m_means(c, j);
                distance += difference * difference * inverseVariance[j];
            }
            jll(i, c) = m_logPriors[c] + (logNormaliser - 0.5 * distance);
        }
    }
    return jll;
}

Matrix NaiveBayesLearner::predictProba(const Matrix& x) const
{
    return softmaxRows(jointLogLikelihood(x));
}

Vector NaiveBayesLearner::predict(const Matrix& x) const
{
    return argmaxRows(jointLogLikelihood(x));
}

SavedState NaiveBayesLearner::save() const
{
    requireFitted(m_logPriors.size() > 0, name());
    SavedState state;
    state.values["params"] = m_params;
    state.values["featureCount"] = m_means.cols();
    state.arrays["means"] = toArray(m_means);
    state.arrays["variances"] = toArray(m_variances);
    state.arrays["logPriors"] = toArray(m_logPriors);
    return state;
}

LearnerInfo naiveBayesInfo()
{
    LearnerInfo info;
    info.algorithm = "naive_bayes";
    info.classification = true;
    info.space = naiveBayesSpace;
    info.make = [](Task task, int classCount,
                   const nlohmann::json& params) -> std::unique_ptr<Learner> {
        return std::make_unique<NaiveBayesLearner>(
            classCount, resolveParams("naive_bayes", naiveBayesSpace(task), params));
    };
    info.load = [](Task, int classCount, const SavedState& state) -> std::unique_ptr<Learner> {
        return std::make_unique<NaiveBayesLearner>(classCount, state);
    };
    return info;
}

} // namespace winnow::engine::learners
