#pragma once

#include "engine/learners/learner.h"

namespace winnow::engine::learners {

// "naive_bayes": Gaussian naive Bayes (gaussiannb, classification).
// Per class, each feature is a normal distribution with the class's mean
// and (biased) variance; every variance is increased by varSmoothing times
// the largest feature variance, as scikit-learn does. Class priors are the
// training frequencies, so a class absent from training has prior 0 and
// probability 0. Probabilities are exp(jll - logsumexp(jll)) of the joint
// log-likelihoods.
//
//   varSmoothing   log [1e-12, 1e-2]   1e-9
HyperSpace naiveBayesSpace(Task task);
LearnerInfo naiveBayesInfo();

class NaiveBayesLearner : public Learner {
public:
    NaiveBayesLearner(int classCount, nlohmann::json params);
    NaiveBayesLearner(int classCount, const SavedState& state);

    std::string name() const override { return "gaussiannb"; }
    nlohmann::json params() const override { return m_params; }
    void fit(const Matrix& x, const Vector& y, const RunContext& context) override;
    Matrix predictProba(const Matrix& x) const override;
    Vector predict(const Matrix& x) const override;
    SavedState save() const override;

    // n x classes joint log-likelihoods, log P(c) + log P(x | c).
    Matrix jointLogLikelihood(const Matrix& x) const;

private:
    int m_classCount;
    nlohmann::json m_params;
    double m_varSmoothing;
    Matrix m_means;     // classes x features
    Matrix m_variances; // classes x features, smoothed
    Vector m_logPriors;
};

} // namespace winnow::engine::learners
