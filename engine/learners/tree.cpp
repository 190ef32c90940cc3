#include "engine/learners/tree.h"

#include "engine/core/errors.h"
#include "engine/learners/learner_support.h"

#include <cmath>

namespace winnow::engine::learners {

Matrix averageLeafValues(const std::vector<Tree>& trees, const Matrix& x, int threads)
{
    const int outputs = trees.empty() ? 1 : trees.front().outputs;
    Matrix result = Matrix::Zero(x.rows(), outputs);
    parallelFor(threads, x.rows(), [&](Index begin, Index end) {
        std::vector<double> sum(static_cast<std::size_t>(outputs));
        for (Index i = begin; i < end; ++i) {
            std::fill(sum.begin(), sum.end(), 0.0);
            for (const auto& tree : trees) {
                const double* leaf = tree.leafValues(x, i);
                for (int k = 0; k < outputs; ++k)
                    sum[static_cast<std::size_t>(k)] += leaf[k];
            }
            for (int k = 0; k < outputs; ++k)
                result(i, k) = sum[static_cast<std::size_t>(k)] / double(trees.size());
        }
    });
    return result;
}

void saveTrees(const std::vector<Tree>& trees, SavedState& state)
{
    std::vector<double> nodeCounts, feature, threshold, left, right, value;
    for (const auto& tree : trees) {
        nodeCounts.push_back(tree.nodeCount());
        feature.insert(feature.end(), tree.feature.begin(), tree.feature.end());
        threshold.insert(threshold.end(), tree.threshold.begin(), tree.threshold.end());
        left.insert(left.end(), tree.left.begin(), tree.left.end());
        right.insert(right.end(), tree.right.begin(), tree.right.end());
        value.insert(value.end(), tree.value.begin(), tree.value.end());
    }
    state.arrays["nodeCounts"] = std::move(nodeCounts);
    state.arrays["feature"] = std::move(feature);
    state.arrays["threshold"] = std::move(threshold);
    state.arrays["left"] = std::move(left);
    state.arrays["right"] = std::move(right);
    state.arrays["value"] = std::move(value);
}

namespace {

[[noreturn]] void damaged(const std::string& what)
{
    throw InputError("model file: the saved trees are damaged (" + what + ")");
}

int wholeNumber(double value, double low, double high, const char* what)
{
    if (!(value >= low && value <= high) || value != std::floor(value))
        damaged(what);
    return static_cast<int>(value);
}

} // namespace

std::vector<Tree> loadTrees(const SavedState& state, int outputs, Index featureCount)
{
    const auto& nodeCounts = state.array("nodeCounts");
    const auto& feature = state.array("feature");
    const auto& threshold = state.array("threshold");
    const auto& left = state.array("left");
    const auto& right = state.array("right");
    const auto& value = state.array("value");
    std::size_t total = feature.size();
    if (threshold.size() != total || left.size() != total || right.size() != total ||
        value.size() != total * static_cast<std::size_t>(outputs))
        damaged("array sizes differ");

    std::vector<Tree> trees;
    std::size_t offset = 0;
    for (double countValue : nodeCounts) {
        int count = wholeNumber(countValue, 1, double(total - offset), "node count");
        Tree tree;
        tree.outputs = outputs;
        for (int node = 0; node < count; ++node) {
            std::size_t at = offset + static_cast<std::size_t>(node);
            int f = wholeNumber(feature[at], -1, double(featureCount) - 1, "feature");
            tree.feature.push_back(f);
            tree.threshold.push_back(threshold[at]);
            if (f < 0) {
                tree.left.push_back(-1);
                tree.right.push_back(-1);
            } else {
                // Children after their parent: prediction always terminates.
                tree.left.push_back(wholeNumber(left[at], node + 1, count - 1, "child"));
                tree.right.push_back(wholeNumber(right[at], node + 1, count - 1, "child"));
            }
        }
        auto from = value.begin() + static_cast<std::ptrdiff_t>(offset * outputs);
        tree.value.assign(from, from + static_cast<std::ptrdiff_t>(count * outputs));
        trees.push_back(std::move(tree));
        offset += static_cast<std::size_t>(count);
    }
    if (offset != total || trees.empty())
        damaged("node counts do not add up");
    return trees;
}

} // namespace winnow::engine::learners
