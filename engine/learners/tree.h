#pragma once

// A fitted decision tree as flat arrays, the form trees are saved in, and
// the operations the tree learners share: prediction and saving.

#include "engine/core/saved_state.h"
#include "engine/core/types.h"

#include <vector>

namespace winnow::engine::learners {

// Node i is a leaf when feature[i] < 0. Otherwise rows with
// x[feature[i]] <= threshold[i] go to left[i] and all others, NaN
// included, go to right[i]. Children always come after their parent.
// value holds `outputs` numbers per node: class fractions for
// classification, the mean target for regression.
struct Tree {
    int outputs = 1;
    std::vector<int> feature;
    std::vector<double> threshold;
    std::vector<int> left;
    std::vector<int> right;
    std::vector<double> value;

    int nodeCount() const { return static_cast<int>(feature.size()); }
    // The values of the leaf row `row` of x falls into.
    const double* leafValues(const Matrix& x, Index row) const
    {
        int node = 0;
        while (feature[static_cast<std::size_t>(node)] >= 0) {
            auto i = static_cast<std::size_t>(node);
            node = x(row, feature[i]) <= threshold[i] ? left[i] : right[i];
        }
        return &value[static_cast<std::size_t>(node) * static_cast<std::size_t>(outputs)];
    }
};

// The mean of the trees' leaf values for every row of x: n x outputs.
Matrix averageLeafValues(const std::vector<Tree>& trees, const Matrix& x, int threads);

// All trees in one set of arrays ("feature", "threshold", "left", "right",
// "value", and "nodeCounts" with one entry per tree).
void saveTrees(const std::vector<Tree>& trees, SavedState& state);
// Trees back from saveTrees(), checked so that a damaged file cannot make
// prediction read out of bounds or loop.
std::vector<Tree> loadTrees(const SavedState& state, int outputs, Index featureCount);

} // namespace winnow::engine::learners
