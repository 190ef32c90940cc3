#include "engine/learners/decision_tree.h"

#include "engine/learners/tree_learner.h"

namespace winnow::engine::learners {
namespace {

const char* nameFor(Task task)
{
    return isClassification(task) ? "decisiontreeclassifier" : "decisiontreeregressor";
}

TreeRecipe recipeFor(Task task, const nlohmann::json& params)
{
    TreeRecipe recipe;
    recipe.name = nameFor(task);
    recipe.params = params;
    recipe.treeCount = 1;
    recipe.search = SplitSearch::Best;
    recipe.criterion = isClassification(task)
                           ? parseSplitCriterion(params.at("criterion").get<std::string>())
                           : SplitCriterion::SquaredError;
    recipe.rules.maxDepth = params.at("maxDepth").get<int>();
    recipe.rules.minSamplesSplit = params.at("minSamplesSplit").get<int>();
    recipe.rules.minSamplesLeaf = params.at("minSamplesLeaf").get<int>();
    return recipe;
}

} // namespace

HyperSpace decisionTreeSpace(Task task)
{
    HyperSpace space;
    if (isClassification(task))
        space.push_back(HyperParameter::choice("criterion", {"gini", "entropy"}, "gini"));
    space.push_back(HyperParameter::integer("maxDepth", 0, 24, 0));
    space.push_back(HyperParameter::integer("minSamplesSplit", 2, 40, 2));
    space.push_back(HyperParameter::integer("minSamplesLeaf", 1, 20, 1));
    return space;
}

LearnerInfo decisionTreeInfo()
{
    LearnerInfo info;
    info.algorithm = "decision_tree";
    info.classification = true;
    info.regression = true;
    info.space = decisionTreeSpace;
    info.make = [](Task task, int classCount,
                   const nlohmann::json& params) -> std::unique_ptr<Learner> {
        auto resolved = resolveParams("decision_tree", decisionTreeSpace(task), params);
        return std::make_unique<TreeLearner>(task, classCount, recipeFor(task, resolved));
    };
    info.load = [](Task task, int classCount, const SavedState& state) -> std::unique_ptr<Learner> {
        return std::make_unique<TreeLearner>(task, classCount, nameFor(task), state);
    };
    return info;
}

} // namespace winnow::engine::learners
