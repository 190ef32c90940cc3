#include "engine/learners/gradient_boosting.h"

#include "engine/learners/xgboost_learner.h"

namespace winnow::engine::learners {
namespace {

const char* nameFor(Task task)
{
    return isClassification(task) ? "xgbclassifier" : "xgbregressor";
}

std::string number(const nlohmann::json& value)
{
    return value.dump(); // JSON numbers print in a form XGBoost parses
}

XgbRecipe recipeFor(Task task, const nlohmann::json& params)
{
    XgbRecipe recipe;
    recipe.name = nameFor(task);
    recipe.params = params;
    recipe.rounds = params.at("nEstimators").get<int>();
    recipe.boosterParams = {
        {"max_depth", number(params.at("maxDepth"))},
        {"eta", number(params.at("learningRate"))},
        {"subsample", number(params.at("subsample"))},
        {"colsample_bytree", number(params.at("colsampleBytree"))},
        {"min_child_weight", number(params.at("minChildWeight"))},
        {"lambda", number(params.at("regLambda"))},
        {"gamma", number(params.at("gamma"))},
    };
    return recipe;
}

} // namespace

HyperSpace gradientBoostingSpace(Task)
{
    return {
        HyperParameter::integer("nEstimators", 20, 1000, 200),
        HyperParameter::integer("maxDepth", 2, 10, 6),
        HyperParameter::logReal("learningRate", 0.01, 0.3, 0.1),
        HyperParameter::real("subsample", 0.5, 1.0, 1.0),
        HyperParameter::real("colsampleBytree", 0.4, 1.0, 1.0),
        HyperParameter::logReal("minChildWeight", 0.5, 20.0, 1.0),
        HyperParameter::logReal("regLambda", 0.001, 10.0, 1.0),
        HyperParameter::real("gamma", 0.0, 5.0, 0.0),
    };
}

LearnerInfo gradientBoostingInfo()
{
    LearnerInfo info;
    info.algorithm = "xgboost";
    info.classification = true;
    info.regression = true;
    info.space = gradientBoostingSpace;
    info.make = [](Task task, int classCount,
                   const nlohmann::json& params) -> std::unique_ptr<Learner> {
        auto resolved = resolveParams("xgboost", gradientBoostingSpace(task), params);
        return std::make_unique<XgbLearner>(task, classCount, recipeFor(task, resolved));
    };
    info.load = [](Task task, int classCount, const SavedState& state) -> std::unique_ptr<Learner> {
        return std::make_unique<XgbLearner>(task, classCount, nameFor(task), state);
    };
    return info;
}

} // namespace winnow::engine::learners
