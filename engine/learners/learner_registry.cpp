#include "engine/learners/learner.h"

#include "engine/core/errors.h"
#include "engine/learners/decision_tree.h"
#include "engine/learners/elastic_net.h"
#include "engine/learners/extra_trees.h"
#include "engine/learners/gradient_boosting.h"
#include "engine/learners/knn.h"
#include "engine/learners/linear_svm.h"
#include "engine/learners/logistic_regression.h"
#include "engine/learners/naive_bayes.h"
#include "engine/learners/random_forest.h"
#include "engine/learners/ridge.h"

namespace winnow::engine {

// The order is the portfolio's: boosted trees first, as the strongest
// default on tabular data; then the other tree ensembles; then the linear
// models, quick and good on wide or nearly linear data; then the methods
// that are rarely best but cheap to try (kNN, a single tree, naive Bayes).
const std::vector<LearnerInfo>& learnerRegistry()
{
    using namespace learners;
    static const std::vector<LearnerInfo> registry{
        gradientBoostingInfo(), randomForestInfo(), extraTreesInfo(), logisticRegressionInfo(),
        linearSvmInfo(),        ridgeInfo(),        elasticNetInfo(), knnInfo(),
        decisionTreeInfo(),     naiveBayesInfo(),
    };
    return registry;
}

const LearnerInfo* findLearner(const std::string& algorithm)
{
    for (const auto& info : learnerRegistry())
        if (info.algorithm == algorithm)
            return &info;
    return nullptr;
}

namespace {

const LearnerInfo& learnerFor(const std::string& algorithm, Task task, int classCount)
{
    const LearnerInfo* info = findLearner(algorithm);
    if (!info) {
        std::string known;
        for (const auto& entry : learnerRegistry())
            known += (known.empty() ? "" : ", ") + entry.algorithm;
        throw InputError("unknown algorithm '" + algorithm + "' (known: " + known + ")");
    }
    if (!info->supports(task))
        throw InputError("algorithm '" + algorithm + "' cannot do " + taskName(task));
    if (isClassification(task) && classCount < 2)
        throw InputError("classification needs at least 2 classes, got " +
                         std::to_string(classCount));
    if (task == Task::BinaryClassification && classCount != 2)
        throw InputError("binary classification needs exactly 2 classes, got " +
                         std::to_string(classCount));
    return *info;
}

} // namespace

std::unique_ptr<Learner> makeLearner(const std::string& algorithm, Task task, int classCount,
                                     const nlohmann::json& params)
{
    const auto& info = learnerFor(algorithm, task, classCount);
    return info.make(task, classCount, resolveParams(algorithm, info.space(task), params));
}

std::unique_ptr<Learner> loadLearner(const std::string& algorithm, Task task, int classCount,
                                     const SavedState& state)
{
    return learnerFor(algorithm, task, classCount).load(task, classCount, state);
}

} // namespace winnow::engine
