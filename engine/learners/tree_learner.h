#pragma once

#include "engine/learners/learner.h"
#include "engine/learners/tree.h"
#include "engine/learners/tree_builder.h"

#include <string>
#include <vector>

namespace winnow::engine::learners {

// What a tree model grows: how many trees, how each chooses its splits,
// and when a node stops splitting.
struct TreeRecipe {
    std::string name; // "decisiontreeclassifier", "extratreesregressor", ...
    nlohmann::json params;
    int treeCount = 1;
    SplitCriterion criterion = SplitCriterion::Gini;
    SplitSearch search = SplitSearch::Best;
    TreeRules rules;
    // Features examined per split as the spaces spell it ("sqrt", "log2",
    // a fraction); null examines all. Resolved against the data at fit.
    nlohmann::json maxFeatures;
};

// A single tree or a forest of trees grown by our own builder, averaged at
// prediction. Trees grow in parallel on RunContext::threads threads; tree t
// always gets the same seed, so the model does not depend on the thread
// count.
class TreeLearner : public Learner {
public:
    TreeLearner(Task task, int classCount, TreeRecipe recipe);
    TreeLearner(Task task, int classCount, std::string name, const SavedState& state);

    std::string name() const override { return m_recipe.name; }
    nlohmann::json params() const override { return m_recipe.params; }
    void fit(const Matrix& x, const Vector& y, const RunContext& context) override;
    Matrix predictProba(const Matrix& x) const override;
    Vector predict(const Matrix& x) const override;
    std::optional<Vector> featureImportances() const override;
    SavedState save() const override;

    const std::vector<Tree>& trees() const { return m_trees; }

private:
    int outputs() const { return isClassification(m_task) ? m_classCount : 1; }
    Matrix leafAverages(const Matrix& x) const;

    Task m_task;
    int m_classCount;
    TreeRecipe m_recipe;
    Index m_featureCount = 0;
    std::vector<Tree> m_trees;
    Vector m_importances;
};

// maxFeatures as the spaces spell it ("sqrt", "log2" or a fraction of the
// features) turned into a count for `featureCount` features.
int featuresPerSplit(const nlohmann::json& maxFeatures, Index featureCount);

} // namespace winnow::engine::learners
