#include "engine/learners/tree.h"

#include "engine/core/errors.h"
#include "engine/learners/learner_support.h"

#include <algorithm>
#include <cmath>

namespace winnow::engine::learners {

Matrix averageLeafValues(const std::vector<Tree>& trees, const Matrix& x, int threads)
{
    // Large blocks keep a tree's nodes in cache over many rows; enough
    // blocks keep every thread busy.
    const Index threadsShare = (x.rows() + std::max(threads, 1) - 1) / std::max(threads, 1);
    const Index blockSize = std::clamp<Index>(threadsShare, 64, 2048);
    const int outputs = trees.empty() ? 1 : trees.front().outputs;
    const Index cols = x.cols();
    Matrix result(x.rows(), outputs);
    const Index blocks = (x.rows() + blockSize - 1) / blockSize;
    parallelFor(threads, blocks, [&](Index firstBlock, Index endBlock) {
        std::vector<double> rows(static_cast<std::size_t>(blockSize * cols));
        Matrix sums(outputs, blockSize);
        for (Index block = firstBlock; block < endBlock; ++block) {
            const Index first = block * blockSize;
            const Index count = std::min(blockSize, x.rows() - first);
            // Row-major copy: a walk reads several features of one row.
            for (Index j = 0; j < cols; ++j)
                for (Index r = 0; r < count; ++r)
                    rows[static_cast<std::size_t>(r * cols + j)] = x(first + r, j);
            sums.setZero();
            for (const auto& tree : trees)
                for (Index r = 0; r < count; ++r) {
                    const double* leaf = tree.leafValues(&rows[static_cast<std::size_t>(r * cols)]);
                    for (int k = 0; k < outputs; ++k)
                        sums(k, r) += leaf[k];
                }
            result.middleRows(first, count) =
                sums.leftCols(count).transpose() / double(trees.size());
        }
    });
    return result;
}

void saveTrees(const std::vector<Tree>& trees, SavedState& state)
{
    std::vector<double> nodeCounts, feature, threshold, left, right, value;
    for (const auto& tree : trees) {
        nodeCounts.push_back(tree.nodeCount());
        for (const auto& node : tree.nodes) {
            feature.push_back(node.feature);
            threshold.push_back(node.threshold);
            left.push_back(node.left);
            right.push_back(node.right);
        }
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
            TreeNode loaded;
            loaded.feature = wholeNumber(feature[at], -1, double(featureCount) - 1, "feature");
            loaded.threshold = threshold[at];
            if (loaded.feature >= 0) {
                // Children after their parent: prediction always terminates.
                loaded.left = wholeNumber(left[at], node + 1, count - 1, "child");
                loaded.right = wholeNumber(right[at], node + 1, count - 1, "child");
            }
            tree.nodes.push_back(loaded);
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
