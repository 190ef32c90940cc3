#pragma once

// A fitted decision tree, the form trees are saved in, and the operations
// the tree learners share: prediction and saving.

#include "engine/core/saved_state.h"
#include "engine/core/types.h"

#include <vector>

namespace winnow::engine::learners {

// A node is a leaf when feature < 0. Otherwise rows with
// x[feature] <= threshold go to `left` and all others, NaN included, go to
// `right`. Children always come after their parent. One node fills 24
// bytes, so walking a tree touches one cache line per level.
struct TreeNode {
    double threshold = 0.0;
    int feature = -1;
    int left = -1;
    int right = -1;
};

// value holds `outputs` numbers per node: class fractions for
// classification, the mean target for regression.
struct Tree {
    int outputs = 1;
    std::vector<TreeNode> nodes;
    std::vector<double> value;

    int nodeCount() const { return static_cast<int>(nodes.size()); }
    // The values of the leaf a row (features contiguous) falls into.
    const double* leafValues(const double* row) const
    {
        const TreeNode* node = nodes.data();
        while (node->feature >= 0)
            node = &nodes[static_cast<std::size_t>(
                row[node->feature] <= node->threshold ? node->left : node->right)];
        return &value[static_cast<std::size_t>(node - nodes.data()) *
                      static_cast<std::size_t>(outputs)];
    }
};

// The mean of the trees' leaf values for every row of x: n x outputs.
// Rows go in blocks, each block through one tree after another, so a
// tree's upper levels stay in cache while the block walks it.
Matrix averageLeafValues(const std::vector<Tree>& trees, const Matrix& x, int threads);

// All trees in one set of arrays ("feature", "threshold", "left", "right",
// "value", and "nodeCounts" with one entry per tree).
void saveTrees(const std::vector<Tree>& trees, SavedState& state);
// Trees back from saveTrees(), checked so that a damaged file cannot make
// prediction read out of bounds or loop.
std::vector<Tree> loadTrees(const SavedState& state, int outputs, Index featureCount);

} // namespace winnow::engine::learners
