#pragma once

#include "engine/core/hyperparameters.h"
#include "engine/core/run_context.h"
#include "engine/core/saved_state.h"
#include "engine/core/task.h"
#include "engine/core/types.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace winnow::engine {

// A model fitted on a numeric matrix. For classification the target holds
// class indices 0..k-1 (the pipeline maps labels to indices and back).
class Learner {
public:
    virtual ~Learner() = default;

    // scikit-learn-style lower-case class name for metadata.json:
    // "xgbclassifier", "randomforestregressor", "logisticregression", ...
    virtual std::string name() const = 0;
    virtual nlohmann::json params() const = 0;

    // Calls context.checkpoint() between iterations so a stop or an
    // exhausted time budget ends fitting promptly (it throws StopRequested).
    virtual void fit(const Matrix& x, const Vector& y, const RunContext& context) = 0;

    // Classification: n x k class probabilities, rows summing to 1.
    // Regression learners throw std::logic_error.
    virtual Matrix predictProba(const Matrix& x) const = 0;
    // Regression: the predicted values. Classification: the class index
    // with the highest probability (ties to the lower index).
    virtual Vector predict(const Matrix& x) const = 0;

    // One non-negative importance per input column, summing to 1, when the
    // method has a natural one (trees: gain; linear models: |coefficient|
    // on standardised inputs is not natural, so they return nothing).
    virtual std::optional<Vector> featureImportances() const { return std::nullopt; }

    // How many threads predict() and predictProba() may use. fit() sets it
    // from its RunContext; a learner made by loadLearner() uses one thread
    // until told otherwise.
    virtual void setThreads(int threads) { m_threads = threads < 1 ? 1 : threads; }
    int threads() const { return m_threads; }

    virtual SavedState save() const = 0;

private:
    int m_threads = 1;
};

// A family of learners as the spec's `algorithms` names it ("xgboost",
// "random_forest", ...), with its search space per task.
struct LearnerInfo {
    std::string algorithm;
    bool classification = false;
    bool regression = false;
    std::function<HyperSpace(Task task)> space;
    std::function<std::unique_ptr<Learner>(Task task, int classCount, const nlohmann::json& params)>
        make;
    std::function<std::unique_ptr<Learner>(Task task, int classCount, const SavedState& state)>
        load;

    bool supports(Task task) const { return isClassification(task) ? classification : regression; }
};

// Every algorithm, in the order the portfolio tries them.
const std::vector<LearnerInfo>& learnerRegistry();
const LearnerInfo* findLearner(const std::string& algorithm);
// Throws InputError for an unknown algorithm, a task it cannot do, or a
// parameter outside its space.
std::unique_ptr<Learner> makeLearner(const std::string& algorithm, Task task, int classCount,
                                     const nlohmann::json& params);
std::unique_ptr<Learner> loadLearner(const std::string& algorithm, Task task, int classCount,
                                     const SavedState& state);

} // namespace winnow::engine
