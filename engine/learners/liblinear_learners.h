#pragma once

#include "engine/learners/learner.h"
#include "engine/learners/liblinear_model.h"

namespace winnow::engine::learners {

// How a liblinear classifier's decision values become probabilities.
enum class DecisionToProbability {
    // Logistic regression: the logistic of each decision value; with more
    // than two classes each one-vs-rest probability is divided by their sum
    // (as scikit-learn does for multi_class="ovr").
    Logistic,
    // An SVM's margins are not probabilities; a logistic (two classes) or a
    // softmax (more) maps them to numbers in [0, 1] that keep their order,
    // which is what ROC and KS need. They are not calibrated.
    MonotoneScores,
};

// logisticregression and linearsvc. Classes absent from the training rows
// get probability 0.
class LiblinearClassifierLearner : public Learner {
public:
    LiblinearClassifierLearner(std::string name, int classCount, nlohmann::json params,
                               LiblinearSettings settings, DecisionToProbability mapping);
    LiblinearClassifierLearner(std::string name, int classCount, DecisionToProbability mapping,
                               const SavedState& state);

    std::string name() const override { return m_name; }
    nlohmann::json params() const override { return m_params; }
    void fit(const Matrix& x, const Vector& y, const RunContext& context) override;
    Matrix predictProba(const Matrix& x) const override;
    Vector predict(const Matrix& x) const override;
    SavedState save() const override;

    // scikit-learn's decision_function: one column when the training rows
    // held two classes (positive for the higher one), else one per class
    // present in training.
    Matrix decisionFunction(const Matrix& x) const;

private:
    std::string m_name;
    int m_classCount;
    nlohmann::json m_params;
    LiblinearSettings m_settings;
    DecisionToProbability m_mapping;
    LiblinearClassifier m_model;
};

// linearsvr.
class LiblinearRegressorLearner : public Learner {
public:
    LiblinearRegressorLearner(nlohmann::json params, LiblinearSettings settings);
    explicit LiblinearRegressorLearner(const SavedState& state);

    std::string name() const override { return "linearsvr"; }
    nlohmann::json params() const override { return m_params; }
    void fit(const Matrix& x, const Vector& y, const RunContext& context) override;
    Matrix predictProba(const Matrix& x) const override;
    Vector predict(const Matrix& x) const override;
    SavedState save() const override;

    const Vector& coefficients() const { return m_weights; }
    double intercept() const { return m_bias; }

private:
    nlohmann::json m_params;
    LiblinearSettings m_settings;
    bool m_fitted = false;
    Vector m_weights;
    double m_bias = 0.0;
};

} // namespace winnow::engine::learners
