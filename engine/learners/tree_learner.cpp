#include "engine/learners/tree_learner.h"

#include "engine/learners/learner_support.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace winnow::engine::learners {
namespace {

// Decorrelated per-tree seeds from one run seed (splitmix64's finaliser).
std::uint64_t treeSeed(std::uint64_t seed, int tree)
{
    std::uint64_t z = seed + 0x9e3779b97f4a7c15ull * (static_cast<std::uint64_t>(tree) + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

} // namespace

int featuresPerSplit(const nlohmann::json& maxFeatures, Index featureCount)
{
    double count = double(featureCount);
    if (maxFeatures == "sqrt")
        count = std::sqrt(count);
    else if (maxFeatures == "log2")
        count = std::log2(count);
    else if (maxFeatures.is_number())
        count *= maxFeatures.get<double>();
    return static_cast<int>(std::clamp<double>(std::floor(count), 1.0, double(featureCount)));
}

TreeLearner::TreeLearner(Task task, int classCount, TreeRecipe recipe)
    : m_task(task)
    , m_classCount(classCount)
    , m_recipe(std::move(recipe))
{}

TreeLearner::TreeLearner(Task task, int classCount, std::string name, const SavedState& state)
    : m_task(task)
    , m_classCount(classCount)
{
    m_recipe.name = std::move(name);
    m_recipe.params = state.value("params");
    m_featureCount = savedInt(state, "featureCount", 1, 1 << 30);
    m_trees = loadTrees(state, outputs(), m_featureCount);
    m_importances = vectorFromArray(state.array("importances"), m_featureCount, "importances");
}

void TreeLearner::fit(const Matrix& x, const Vector& y, const RunContext& context)
{
    context.checkpoint();
    requireTrainingShape(x, y, m_recipe.name);
    if (isClassification(m_task))
        classIndices(y, m_classCount, m_recipe.name);
    Learner::setThreads(context.threads);

    const TreeTrainingSet data(x, y, isClassification(m_task) ? m_classCount : 0);
    TreeRules rules = m_recipe.rules;
    rules.maxFeatures =
        m_recipe.maxFeatures.is_null() ? 0 : featuresPerSplit(m_recipe.maxFeatures, x.cols());
    std::vector<GrownTree> grown(static_cast<std::size_t>(m_recipe.treeCount));
    std::atomic<int> next{0};
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto worker = [&] {
        try {
            for (int t = next++; t < m_recipe.treeCount; t = next++) {
                context.checkpoint();
                grown[static_cast<std::size_t>(t)] =
                    growTree(data, m_recipe.criterion, m_recipe.search, rules,
                             treeSeed(context.seed, t), context);
            }
        } catch (...) {
            std::lock_guard lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
            next = m_recipe.treeCount; // the others stop at their next tree
        }
    };
    const int workers = std::clamp(context.threads, 1, m_recipe.treeCount);
    std::vector<std::thread> pool;
    for (int w = 1; w < workers; ++w)
        pool.emplace_back(worker);
    worker();
    for (auto& thread : pool)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);

    // Importance as scikit-learn defines it: each tree's impurity
    // decreases normalised to sum to 1, then averaged over the trees.
    m_importances = Vector::Zero(x.cols());
    m_trees.clear();
    for (auto& tree : grown) {
        Vector decrease = Eigen::Map<const Vector>(tree.impurityDecrease.data(), x.cols());
        if (decrease.sum() > 0.0)
            m_importances += decrease / decrease.sum();
        m_trees.push_back(std::move(tree.tree));
    }
    if (m_importances.sum() > 0.0)
        m_importances /= m_importances.sum();
    m_featureCount = x.cols();
}

Matrix TreeLearner::leafAverages(const Matrix& x) const
{
    requireFitted(!m_trees.empty(), m_recipe.name);
    requireColumns(x, m_featureCount, m_recipe.name);
    return averageLeafValues(m_trees, x, threads());
}

Matrix TreeLearner::predictProba(const Matrix& x) const
{
    if (!isClassification(m_task))
        throw std::logic_error(m_recipe.name + ": a regression model has no probabilities");
    return leafAverages(x);
}

Vector TreeLearner::predict(const Matrix& x) const
{
    Matrix values = leafAverages(x);
    if (isClassification(m_task))
        return argmaxRows(values);
    return values.col(0);
}

std::optional<Vector> TreeLearner::featureImportances() const
{
    if (m_trees.empty() || !(m_importances.sum() > 0.0))
        return std::nullopt; // no tree has a split
    return m_importances;
}

SavedState TreeLearner::save() const
{
    requireFitted(!m_trees.empty(), m_recipe.name);
    SavedState state;
    state.values["params"] = m_recipe.params;
    state.values["featureCount"] = m_featureCount;
    saveTrees(m_trees, state);
    state.arrays["importances"] = toArray(m_importances);
    return state;
}

} // namespace winnow::engine::learners
