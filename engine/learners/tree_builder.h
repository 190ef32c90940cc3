#pragma once

// Grows one decision tree. One builder serves two learners through two ways
// of choosing a node's split:
//   Best    every candidate threshold of every feature (CART, as
//           scikit-learn's DecisionTree* with splitter="best")
//   Random  one uniformly drawn threshold per examined feature (extremely
//           randomised trees, as scikit-learn's ExtraTrees*)
// Stopping rules, node statistics, partitioning and the tree's layout are
// shared.

#include "engine/core/run_context.h"
#include "engine/core/types.h"
#include "engine/learners/tree.h"

#include <cstdint>
#include <string>
#include <vector>

namespace winnow::engine::learners {

enum class SplitCriterion { Gini, Entropy, SquaredError };
enum class SplitSearch { Best, Random };

SplitCriterion parseSplitCriterion(const std::string& name); // "gini", "entropy", "squared_error"

struct TreeRules {
    int maxDepth = 0; // 0: no limit
    int minSamplesSplit = 2;
    int minSamplesLeaf = 1;
    int maxFeatures = 0; // features examined per split; 0: all of them
};

// The training rows, prepared once and shared read-only by every tree of a
// forest. NaN becomes +infinity, so while growing a tree a missing value
// sorts above every number and, as at prediction time, goes right.
class TreeTrainingSet {
public:
    // classCount 0 means regression: y holds target values.
    TreeTrainingSet(const Matrix& x, const Vector& y, int classCount);

    Index rowCount() const { return m_x->rows(); }
    Index featureCount() const { return m_x->cols(); }
    const double* column(Index feature) const { return m_x->data() + feature * m_x->rows(); }
    int classCount() const { return m_classCount; }
    const std::vector<int>& classes() const { return m_classes; }
    const std::vector<double>& targets() const { return m_targets; }

private:
    Matrix m_withoutNaN; // used only when x holds NaN
    const Matrix* m_x = nullptr;
    int m_classCount = 0;
    std::vector<int> m_classes;
    std::vector<double> m_targets;
};

struct GrownTree {
    Tree tree;
    // Per feature, the impurity decrease its splits achieved, weighted by
    // the rows they split (not normalised).
    std::vector<double> impurityDecrease;
};

// Grows a tree on all rows of `data`; calls context.checkpoint() every few
// nodes. `seed` drives feature order and thresholds of the Random search.
GrownTree growTree(const TreeTrainingSet& data, SplitCriterion criterion, SplitSearch search,
                   const TreeRules& rules, std::uint64_t seed, const RunContext& context);

} // namespace winnow::engine::learners
