#include "engine/learners/tree_builder.h"

#include "engine/core/errors.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace winnow::engine::learners {

SplitCriterion parseSplitCriterion(const std::string& name)
{
    if (name == "gini")
        return SplitCriterion::Gini;
    if (name == "entropy")
        return SplitCriterion::Entropy;
    if (name == "squared_error")
        return SplitCriterion::SquaredError;
    throw InputError("unknown tree criterion '" + name + "'");
}

TreeTrainingSet::TreeTrainingSet(const Matrix& x, const Vector& y, int classCount)
    : m_x(&x)
    , m_classCount(classCount)
{
    if (x.hasNaN()) {
        m_withoutNaN = x.unaryExpr(
            [](double v) { return std::isnan(v) ? std::numeric_limits<double>::infinity() : v; });
        m_x = &m_withoutNaN;
    }
    if (classCount > 0) {
        m_classes.resize(static_cast<std::size_t>(y.size()));
        for (Index i = 0; i < y.size(); ++i)
            m_classes[static_cast<std::size_t>(i)] = static_cast<int>(y[i]);
    } else {
        m_targets.assign(y.data(), y.data() + y.size());
    }
}

namespace {

// Values closer than this count as equal: no threshold between them
// (scikit-learn's FEATURE_THRESHOLD).
constexpr double kFeatureTolerance = 1e-7;
// A node whose impurity is at most this is pure (scikit-learn's EPSILON).
constexpr double kPure = std::numeric_limits<double>::epsilon();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

double xlog2x(double v)
{
    return v > 0.0 ? v * std::log2(v) : 0.0;
}

// What a node's rows add up to: class counts or target sums.
struct NodeStats {
    double count = 0.0;
    std::vector<double> classCounts;
    double sum = 0.0;
    double sumSquares = 0.0;
};

struct Split {
    int feature = -1;
    double threshold = 0.0;
    // Larger is better; comparable only between splits of the same node.
    double score = -kInfinity;
};

// A row's feature value and target (a class index for classification),
// sorted by value when searching thresholds.
struct SortedValue {
    double value;
    double target;
};

class TreeGrower {
public:
    TreeGrower(const TreeTrainingSet& data, SplitCriterion criterion, SplitSearch search,
               const TreeRules& rules, std::uint64_t seed)
        : m_data(data)
        , m_criterion(criterion)
        , m_search(search)
        , m_rules(rules)
        , m_random(seed)
        , m_rows(static_cast<std::size_t>(data.rowCount()))
        , m_features(static_cast<std::size_t>(data.featureCount()))
        , m_outputs(data.classCount() > 0 ? data.classCount() : 1)
    {
        std::iota(m_rows.begin(), m_rows.end(), 0);
        std::iota(m_features.begin(), m_features.end(), 0);
        m_sorted.resize(m_rows.size());
        m_values.resize(m_rows.size());
        m_nodeTargets.resize(m_rows.size());
        m_left.classCounts.assign(static_cast<std::size_t>(data.classCount()), 0.0);
        m_right.classCounts = m_left.classCounts;
    }

    GrownTree grow(const RunContext& context)
    {
        struct Pending {
            std::size_t begin, end;
            int depth, parent;
            bool isLeft;
        };
        GrownTree grown;
        grown.impurityDecrease.assign(m_features.size(), 0.0);
        Tree& tree = grown.tree;
        tree.outputs = m_outputs;
        std::vector<Pending> stack{{0, m_rows.size(), 0, -1, false}};
        NodeStats stats;
        while (!stack.empty()) {
            Pending node = stack.back();
            stack.pop_back();
            if (tree.nodeCount() % 64 == 63)
                context.checkpoint();

            computeStats(node.begin, node.end, stats);
            const double impurity = impurityOf(stats);
            const int id = addNode(tree, stats);
            if (node.parent >= 0) {
                auto parent = static_cast<std::size_t>(node.parent);
                auto& parentNode = tree.nodes[parent];
                (node.isLeft ? parentNode.left : parentNode.right) = id;
                grown.impurityDecrease[static_cast<std::size_t>(parentNode.feature)] -=
                    stats.count * impurity;
            }

            const auto rows = static_cast<int>(node.end - node.begin);
            bool leaf = (m_rules.maxDepth > 0 && node.depth >= m_rules.maxDepth) ||
                        rows < m_rules.minSamplesSplit || rows < 2 * m_rules.minSamplesLeaf ||
                        impurity <= kPure;
            if (leaf)
                continue;
            gatherTargets(node.begin, node.end);
            Split split = m_search == SplitSearch::Best ? bestSplit(node.begin, node.end, stats)
                                                        : randomSplit(node.begin, node.end, stats);
            if (split.feature < 0)
                continue;

            std::size_t middle = partition(node.begin, node.end, split);
            auto& splitNode = tree.nodes[static_cast<std::size_t>(id)];
            splitNode.feature = split.feature;
            splitNode.threshold = split.threshold;
            grown.impurityDecrease[static_cast<std::size_t>(split.feature)] +=
                stats.count * impurity;
            stack.push_back({middle, node.end, node.depth + 1, id, false});
            stack.push_back({node.begin, middle, node.depth + 1, id, true});
        }
        return grown;
    }

private:
    bool classifying() const { return m_data.classCount() > 0; }

    void computeStats(std::size_t begin, std::size_t end, NodeStats& stats) const
    {
        stats.count = double(end - begin);
        if (classifying()) {
            stats.classCounts.assign(static_cast<std::size_t>(m_data.classCount()), 0.0);
            const auto& classes = m_data.classes();
            for (std::size_t i = begin; i < end; ++i)
                stats.classCounts[static_cast<std::size_t>(classes[m_rows[i]])] += 1.0;
        } else {
            stats.sum = stats.sumSquares = 0.0;
            const auto& targets = m_data.targets();
            for (std::size_t i = begin; i < end; ++i) {
                double y = targets[m_rows[i]];
                stats.sum += y;
                stats.sumSquares += y * y;
            }
        }
    }

    double impurityOf(const NodeStats& stats) const
    {
        const double n = stats.count;
        switch (m_criterion) {
        case SplitCriterion::Gini: {
            double squares = 0.0;
            for (double c : stats.classCounts)
                squares += c * c;
            return 1.0 - squares / (n * n);
        }
        case SplitCriterion::Entropy: {
            double entropy = 0.0;
            for (double c : stats.classCounts)
                entropy -= xlog2x(c / n);
            return entropy;
        }
        case SplitCriterion::SquaredError: {
            double mean = stats.sum / n;
            return stats.sumSquares / n - mean * mean;
        }
        }
        return 0.0;
    }

    int addNode(Tree& tree, const NodeStats& stats) const
    {
        tree.nodes.emplace_back();
        if (classifying()) {
            for (double c : stats.classCounts)
                tree.value.push_back(c / stats.count);
        } else {
            tree.value.push_back(stats.sum / stats.count);
        }
        return tree.nodeCount() - 1;
    }

    // How good splitting a node into m_left and m_right is, up to terms
    // that are the same for every split of the node: minus the children's
    // impurities weighted by their row counts.
    double splitScore() const
    {
        switch (m_criterion) {
        case SplitCriterion::Gini: {
            double left = 0.0, right = 0.0;
            for (std::size_t k = 0; k < m_left.classCounts.size(); ++k) {
                left += m_left.classCounts[k] * m_left.classCounts[k];
                right += m_right.classCounts[k] * m_right.classCounts[k];
            }
            return left / m_left.count + right / m_right.count;
        }
        case SplitCriterion::Entropy: {
            double score = -xlog2x(m_left.count) - xlog2x(m_right.count);
            for (std::size_t k = 0; k < m_left.classCounts.size(); ++k)
                score += xlog2x(m_left.classCounts[k]) + xlog2x(m_right.classCounts[k]);
            return score;
        }
        case SplitCriterion::SquaredError:
            return m_left.sum * m_left.sum / m_left.count +
                   m_right.sum * m_right.sum / m_right.count;
        }
        return -kInfinity;
    }

    // Starts m_left empty and m_right holding the whole node.
    void resetSides(const NodeStats& node)
    {
        m_left.count = 0.0;
        m_left.sum = 0.0;
        std::fill(m_left.classCounts.begin(), m_left.classCounts.end(), 0.0);
        m_right.count = node.count;
        m_right.sum = node.sum;
        m_right.classCounts = node.classCounts;
    }

    // The node's targets, contiguous in m_nodeTargets[0, end - begin), so
    // that split searches read them without chasing row indices.
    void gatherTargets(std::size_t begin, std::size_t end)
    {
        if (classifying()) {
            const auto& classes = m_data.classes();
            for (std::size_t i = begin; i < end; ++i)
                m_nodeTargets[i - begin] = classes[static_cast<std::size_t>(m_rows[i])];
        } else {
            const auto& targets = m_data.targets();
            for (std::size_t i = begin; i < end; ++i)
                m_nodeTargets[i - begin] = targets[static_cast<std::size_t>(m_rows[i])];
        }
    }

    void moveLeft(double target)
    {
        m_left.count += 1.0;
        m_right.count -= 1.0;
        if (classifying()) {
            auto k = static_cast<std::size_t>(target);
            m_left.classCounts[k] += 1.0;
            m_right.classCounts[k] -= 1.0;
        } else {
            m_left.sum += target;
            m_right.sum -= target;
        }
    }

    // m_left from the node's rows whose value (in m_values) is at most
    // threshold; m_right from what remains.
    void splitAt(std::size_t n, double threshold, const NodeStats& node)
    {
        m_left.count = 0.0;
        if (classifying()) {
            std::fill(m_left.classCounts.begin(), m_left.classCounts.end(), 0.0);
            for (std::size_t i = 0; i < n; ++i)
                if (m_values[i] <= threshold) {
                    m_left.count += 1.0;
                    m_left.classCounts[static_cast<std::size_t>(m_nodeTargets[i])] += 1.0;
                }
            for (std::size_t k = 0; k < m_left.classCounts.size(); ++k)
                m_right.classCounts[k] = node.classCounts[k] - m_left.classCounts[k];
        } else {
            double sum = 0.0, count = 0.0;
            for (std::size_t i = 0; i < n; ++i) {
                const bool goesLeft = m_values[i] <= threshold;
                count += goesLeft ? 1.0 : 0.0;
                sum += goesLeft ? m_nodeTargets[i] : 0.0;
            }
            m_left.count = count;
            m_left.sum = sum;
            m_right.sum = node.sum - sum;
        }
        m_right.count = node.count - m_left.count;
    }

    bool leavesTooSmall(double leftCount, double rightCount) const
    {
        return leftCount < m_rules.minSamplesLeaf || rightCount < m_rules.minSamplesLeaf;
    }

    // Every threshold halfway between consecutive distinct values, for
    // every feature; the first best wins, so the result is deterministic.
    Split bestSplit(std::size_t begin, std::size_t end, const NodeStats& node)
    {
        Split best;
        const std::size_t n = end - begin;
        for (int feature : m_features) {
            const double* column = m_data.column(feature);
            for (std::size_t i = 0; i < n; ++i)
                m_sorted[i] = {column[m_rows[begin + i]], m_nodeTargets[i]};
            std::sort(m_sorted.begin(), m_sorted.begin() + static_cast<std::ptrdiff_t>(n),
                      [](const SortedValue& a, const SortedValue& b) { return a.value < b.value; });
            if (m_sorted[n - 1].value <= m_sorted[0].value + kFeatureTolerance)
                continue; // constant in this node

            resetSides(node);
            for (std::size_t i = 0; i + 1 < n; ++i) {
                moveLeft(m_sorted[i].target);
                const double lower = m_sorted[i].value;
                const double upper = m_sorted[i + 1].value;
                if (upper <= lower + kFeatureTolerance)
                    continue;
                if (leavesTooSmall(m_left.count, m_right.count))
                    continue;
                double score = splitScore();
                if (score > best.score) {
                    best.score = score;
                    best.feature = feature;
                    best.threshold = lower / 2.0 + upper / 2.0;
                    if (best.threshold == upper || std::isinf(best.threshold) ||
                        std::isnan(best.threshold))
                        best.threshold = lower;
                }
            }
        }
        return best;
    }

    // One uniformly drawn threshold for each of up to maxFeatures
    // non-constant features, visited in random order.
    Split randomSplit(std::size_t begin, std::size_t end, const NodeStats& node)
    {
        Split best;
        const std::size_t featureCount = m_features.size();
        const std::size_t wanted =
            m_rules.maxFeatures > 0 ? static_cast<std::size_t>(m_rules.maxFeatures) : featureCount;
        std::size_t examined = 0;
        for (std::size_t f = 0; f < featureCount && examined < wanted; ++f) {
            std::uniform_int_distribution<std::size_t> pick(f, featureCount - 1);
            std::swap(m_features[f], m_features[pick(m_random)]);
            const int feature = m_features[f];
            const double* column = m_data.column(feature);

            const std::size_t n = end - begin;
            double low = kInfinity, high = -kInfinity;
            bool anyInfinite = false;
            for (std::size_t i = 0; i < n; ++i) {
                const double v = column[m_rows[begin + i]];
                m_values[i] = v;
                if (v == kInfinity) {
                    anyInfinite = true;
                    continue;
                }
                low = std::min(low, v);
                high = std::max(high, v);
            }
            double threshold;
            if (high > low + kFeatureTolerance) {
                threshold = std::uniform_real_distribution<double>(low, high)(m_random);
                if (threshold >= high)
                    threshold = low;
            } else if (anyInfinite && low <= high) {
                threshold = high; // numbers left, missing values right
            } else {
                continue; // constant in this node
            }
            ++examined;

            splitAt(n, threshold, node);
            if (leavesTooSmall(m_left.count, m_right.count))
                continue;
            double score = splitScore();
            if (score > best.score)
                best = {feature, threshold, score};
        }
        return best;
    }

    std::size_t partition(std::size_t begin, std::size_t end, const Split& split)
    {
        const double* column = m_data.column(split.feature);
        auto middle = std::partition(m_rows.begin() + static_cast<std::ptrdiff_t>(begin),
                                     m_rows.begin() + static_cast<std::ptrdiff_t>(end),
                                     [&](int row) { return column[row] <= split.threshold; });
        return static_cast<std::size_t>(middle - m_rows.begin());
    }

    const TreeTrainingSet& m_data;
    SplitCriterion m_criterion;
    SplitSearch m_search;
    TreeRules m_rules;
    std::mt19937_64 m_random;
    std::vector<int> m_rows; // row indices, each node owning a contiguous range
    std::vector<int> m_features;
    std::vector<SortedValue> m_sorted;
    std::vector<double> m_values;      // one feature's values of the node's rows
    std::vector<double> m_nodeTargets; // the node's targets, in m_rows order
    int m_outputs;
    NodeStats m_left, m_right;
};

} // namespace

GrownTree growTree(const TreeTrainingSet& data, SplitCriterion criterion, SplitSearch search,
                   const TreeRules& rules, std::uint64_t seed, const RunContext& context)
{
    TreeGrower grower(data, criterion, search, rules, seed);
    return grower.grow(context);
}

} // namespace winnow::engine::learners
