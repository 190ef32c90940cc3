#include "engine/learners/extra_trees.h"

#include "engine/learners/tree_learner.h"

namespace winnow::engine::learners {
namespace {

const char* nameFor(Task task)
{
    return isClassification(task) ? "extratreesclassifier" : "extratreesregressor";
}

TreeRecipe recipeFor(Task task, const nlohmann::json& params)
{
    TreeRecipe recipe;
    recipe.name = nameFor(task);
    recipe.params = params;
    recipe.treeCount = params.at("nEstimators").get<int>();
    recipe.search = SplitSearch::Random;
    recipe.criterion = isClassification(task)
                           ? parseSplitCriterion(params.at("criterion").get<std::string>())
                           : SplitCriterion::SquaredError;
    recipe.maxFeatures = params.at("maxFeatures");
    recipe.rules.maxDepth = params.at("maxDepth").get<int>();
    recipe.rules.minSamplesSplit = params.at("minSamplesSplit").get<int>();
    recipe.rules.minSamplesLeaf = params.at("minSamplesLeaf").get<int>();
    return recipe;
}

} // namespace

HyperSpace extraTreesSpace(Task task)
{
    const bool classifying = isClassification(task);
    HyperSpace space;
    space.push_back(HyperParameter::integer("nEstimators", 50, 500, 100));
    if (classifying)
        space.push_back(HyperParameter::choice("criterion", {"gini", "entropy"}, "gini"));
    space.push_back(
        HyperParameter::choice("maxFeatures", {"sqrt", "log2", 0.5, 1.0},
                               classifying ? nlohmann::json("sqrt") : nlohmann::json(1.0)));
    space.push_back(HyperParameter::integer("maxDepth", 0, 24, 0));
    space.push_back(HyperParameter::integer("minSamplesSplit", 2, 20, 2));
    space.push_back(HyperParameter::integer("minSamplesLeaf", 1, 10, 1));
    return space;
}

LearnerInfo extraTreesInfo()
{
    LearnerInfo info;
    info.algorithm = "extra_trees";
    info.classification = true;
    info.regression = true;
    info.space = extraTreesSpace;
    info.make = [](Task task, int classCount,
                   const nlohmann::json& params) -> std::unique_ptr<Learner> {
        auto resolved = resolveParams("extra_trees", extraTreesSpace(task), params);
        return std::make_unique<TreeLearner>(task, classCount, recipeFor(task, resolved));
    };
    info.load = [](Task task, int classCount, const SavedState& state) -> std::unique_ptr<Learner> {
        return std::make_unique<TreeLearner>(task, classCount, nameFor(task), state);
    };
    return info;
}

} // namespace winnow::engine::learners
