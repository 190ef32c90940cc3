#include "engine/learners/random_forest.h"

#include "engine/learners/xgboost_learner.h"

namespace winnow::engine::learners {
namespace {

const char* nameFor(Task task)
{
    return isClassification(task) ? "randomforestclassifier" : "randomforestregressor";
}

XgbRecipe recipeFor(Task task, const nlohmann::json& params)
{
    XgbRecipe recipe;
    recipe.name = nameFor(task);
    recipe.params = params;
    recipe.rounds = 1;
    recipe.boosterParams = {
        {"num_parallel_tree", params.at("nEstimators").dump()},
        {"max_depth", params.at("maxDepth").dump()},
        {"subsample", params.at("subsample").dump()},
        {"colsample_bynode", params.at("colsampleBynode").dump()},
        {"min_child_weight", params.at("minChildWeight").dump()},
        {"eta", "1"},
        // No L2 shrinkage of leaf weights: leaves of a deep forest hold few
        // rows, and shrinking them towards zero would bias every tree.
        {"lambda", "0"},
    };
    return recipe;
}

} // namespace

HyperSpace randomForestSpace(Task)
{
    return {
        HyperParameter::integer("nEstimators", 50, 500, 100),
        HyperParameter::integer("maxDepth", 4, 20, 14),
        HyperParameter::real("subsample", 0.5, 0.95, 0.8),
        HyperParameter::real("colsampleBynode", 0.2, 1.0, 0.6),
        HyperParameter::logReal("minChildWeight", 0.5, 20.0, 1.0),
    };
}

LearnerInfo randomForestInfo()
{
    LearnerInfo info;
    info.algorithm = "random_forest";
    info.classification = true;
    info.regression = true;
    info.space = randomForestSpace;
    info.make = [](Task task, int classCount,
                   const nlohmann::json& params) -> std::unique_ptr<Learner> {
        auto resolved = resolveParams("random_forest", randomForestSpace(task), params);
        return std::make_unique<XgbLearner>(task, classCount, recipeFor(task, resolved));
    };
    info.load = [](Task task, int classCount, const SavedState& state) -> std::unique_ptr<Learner> {
        return std::make_unique<XgbLearner>(task, classCount, nameFor(task), state);
    };
    return info;
}

} // namespace winnow::engine::learners
