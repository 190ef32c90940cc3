#pragma once

#include "engine/learners/learner.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace winnow::engine::learners {

class XgbBooster;

// What distinguishes one way of using XGBoost from another: the booster
// parameters (besides objective, threads and seed, which follow from the
// task and the run) and how many boosting rounds to run.
struct XgbRecipe {
    std::string name; // for metadata: "xgbclassifier", "randomforestregressor", ...
    nlohmann::json params;
    std::vector<std::pair<std::string, std::string>> boosterParams;
    int rounds = 1;
};

// A model trained by XGBoost: gradient boosting or, with one round of
// parallel trees, a random forest. Classification uses binary:logistic or
// multi:softprob, regression reg:squarederror, always with tree_method hist.
class XgbLearner : public Learner {
public:
    XgbLearner(Task task, int classCount, XgbRecipe recipe);
    // A fitted learner from save()'s state.
    XgbLearner(Task task, int classCount, std::string name, const SavedState& state);
    ~XgbLearner() override;

    std::string name() const override { return m_recipe.name; }
    nlohmann::json params() const override { return m_recipe.params; }
    void fit(const Matrix& x, const Vector& y, const RunContext& context) override;
    Matrix predictProba(const Matrix& x) const override;
    Vector predict(const Matrix& x) const override;
    std::optional<Vector> featureImportances() const override;
    void setThreads(int threads) override;
    SavedState save() const override;

private:
    // The booster's raw output for x: probabilities or values.
    std::vector<float> output(const Matrix& x) const;

    Task m_task;
    int m_classCount;
    XgbRecipe m_recipe;
    Index m_featureCount = 0;
    std::unique_ptr<XgbBooster> m_booster;
};

} // namespace winnow::engine::learners
