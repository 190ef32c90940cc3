#include "engine/learners/knn.h"

#include "engine/core/errors.h"
#include "engine/learners/learner_support.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace winnow::engine::learners {
namespace {

constexpr Index kQueryBlock = 128;
constexpr Index kTrainingBlock = 2048;
// Candidates kept beyond k, so that the exact recomputation can reorder
// neighbours whose approximate distances were within rounding of each other.
constexpr int kSpareCandidates = 4;

// The closest candidates seen so far, sorted by (distance, row).
class ClosestList {
public:
    explicit ClosestList(int capacity) : m_capacity(static_cast<std::size_t>(capacity))
    {
        m_items.reserve(m_capacity + 1);
    }
    void clear() { m_items.clear(); }
    double worst() const
    {
        return m_items.size() < m_capacity ? std::numeric_limits<double>::infinity()
                                           : m_items.back().first;
    }
    // Rows arrive in increasing order, so an equal distance goes after.
    void offer(double distance, int row)
    {
        if (!(distance < worst()))
            return;
        auto at = std::upper_bound(
            m_items.begin(), m_items.end(), distance,
            [](double d, const std::pair<double, int>& item) { return d < item.first; });
        m_items.insert(at, {distance, row});
        if (m_items.size() > m_capacity)
            m_items.pop_back();
    }
    std::vector<std::pair<double, int>>& items() { return m_items; }

private:
    std::size_t m_capacity;
    std::vector<std::pair<double, int>> m_items;
};

} // namespace

HyperSpace knnSpace(Task)
{
    return {
        HyperParameter::integer("nNeighbors", 1, 50, 5),
        HyperParameter::choice("weights", {"uniform", "distance"}, "uniform"),
    };
}

KnnLearner::KnnLearner(Task task, int classCount, nlohmann::json params)
    : m_task(task)
    , m_classCount(classCount)
    , m_params(std::move(params))
    , m_k(m_params.at("nNeighbors").get<int>())
    , m_byDistance(m_params.at("weights") == "distance")
{}

KnnLearner::KnnLearner(Task task, int classCount, const SavedState& state)
    : KnnLearner(task, classCount, state.value("params"))
{
    const int features = savedInt(state, "featureCount", 0, 1 << 30);
    const int rows = savedInt(state, "rowCount", 1, std::numeric_limits<int>::max());
    m_rows = matrixFromArray(state.array("rows"), features, rows, "rows");
    m_targets = vectorFromArray(state.array("targets"), rows, "targets");
    if (isClassification(task))
        classIndices(m_targets, classCount, "model file: knn");
    m_rowNorms2 = m_rows.colwise().squaredNorm().transpose();
}

std::string KnnLearner::name() const
{
    return isClassification(m_task) ? "kneighborsclassifier" : "kneighborsregressor";
}

void KnnLearner::fit(const Matrix& x, const Vector& y, const RunContext& context)
{
    context.checkpoint();
    requireTrainingShape(x, y, name());
    requireFinite(x, name());
    if (isClassification(m_task))
        classIndices(y, m_classCount, name());
    Learner::setThreads(context.threads);
    m_rows = x.transpose();
    m_rowNorms2 = m_rows.colwise().squaredNorm().transpose();
    m_targets = y;
}

Neighbours KnnLearner::neighbours(const Matrix& x) const
{
    requireFitted(m_targets.size() > 0, name());
    requireColumns(x, m_rows.rows(), name());
    requireFinite(x, name());
    const Index trainingRows = m_rows.cols();
    const int k = static_cast<int>(std::min<Index>(m_k, trainingRows));
    const int candidates = static_cast<int>(std::min<Index>(k + kSpareCandidates, trainingRows));

    Neighbours found;
    found.k = k;
    found.rows.resize(static_cast<std::size_t>(x.rows() * k));
    found.distances.resize(found.rows.size());
    const Index blocks = (x.rows() + kQueryBlock - 1) / kQueryBlock;
    parallelFor(threads(), blocks, [&](Index firstBlock, Index endBlock) {
        std::vector<ClosestList> closest(static_cast<std::size_t>(kQueryBlock),
                                         ClosestList(candidates));
        Matrix products; // training block x query block
        for (Index block = firstBlock; block < endBlock; ++block) {
            const Index q0 = block * kQueryBlock;
            const Index queries = std::min(kQueryBlock, x.rows() - q0);
            const Matrix queryColumns = x.middleRows(q0, queries).transpose();
            for (Index q = 0; q < queries; ++q)
                closest[static_cast<std::size_t>(q)].clear();

            for (Index t0 = 0; t0 < trainingRows; t0 += kTrainingBlock) {
                const Index count = std::min(kTrainingBlock, trainingRows - t0);
                products.noalias() = m_rows.middleCols(t0, count).transpose() * queryColumns;
                for (Index q = 0; q < queries; ++q) {
                    auto& list = closest[static_cast<std::size_t>(q)];
                    const double* column = products.col(q).data();
                    const double* norms = m_rowNorms2.data() + t0;
                    // |t|^2 - 2 q.t: the squared distance less |q|^2, which
                    // is the same for every training row.
                    for (Index i = 0; i < count; ++i) {
                        double partial = norms[i] - 2.0 * column[i];
                        if (partial < list.worst())
                            list.offer(partial, static_cast<int>(t0 + i));
                    }
                }
            }

            for (Index q = 0; q < queries; ++q) {
                auto& items = closest[static_cast<std::size_t>(q)].items();
                const Index row = q0 + q;
                for (auto& [distance, t] : items) {
                    double sum = 0.0;
                    const double* trainingRow = m_rows.col(t).data();
                    for (Index j = 0; j < x.cols(); ++j) {
                        double difference = x(row, j) - trainingRow[j];
                        sum += difference * difference;
                    }
                    distance = std::sqrt(sum);
                }
                std::sort(items.begin(), items.end());
                for (int n = 0; n < k; ++n) {
                    auto at = static_cast<std::size_t>(row * k + n);
                    found.distances[at] = items[static_cast<std::size_t>(n)].first;
                    found.rows[at] = items[static_cast<std::size_t>(n)].second;
                }
            }
        }
    });
    return found;
}

std::vector<double> KnnLearner::weights(const Neighbours& found) const
{
    std::vector<double> result(found.rows.size(), 1.0);
    if (!m_byDistance)
        return result;
    const std::size_t k = static_cast<std::size_t>(found.k);
    for (std::size_t start = 0; start < result.size(); start += k) {
        bool exactMatch = false;
        for (std::size_t n = start; n < start + k; ++n)
            exactMatch = exactMatch || found.distances[n] == 0.0;
        for (std::size_t n = start; n < start + k; ++n) {
            double d = found.distances[n];
            result[n] = exactMatch ? (d == 0.0 ? 1.0 : 0.0) : 1.0 / d;
        }
    }
    return result;
}

Matrix KnnLearner::predictProba(const Matrix& x) const
{
    if (!isClassification(m_task))
        throw std::logic_error(name() + ": a regression model has no probabilities");
    const Neighbours found = neighbours(x);
    const auto weight = weights(found);
    Matrix proba = Matrix::Zero(x.rows(), m_classCount);
    for (Index q = 0; q < x.rows(); ++q) {
        for (int n = 0; n < found.k; ++n) {
            auto at = static_cast<std::size_t>(q * found.k + n);
            proba(q, static_cast<Index>(m_targets[found.rows[at]])) += weight[at];
        }
        double total = 0.0;
        for (Index c = 0; c < m_classCount; ++c)
            total += proba(q, c);
        proba.row(q) /= total;
    }
    return proba;
}

Vector KnnLearner::predict(const Matrix& x) const
{
    if (isClassification(m_task))
        return argmaxRows(predictProba(x));
    const Neighbours found = neighbours(x);
    const auto weight = weights(found);
    Vector result(x.rows());
    for (Index q = 0; q < x.rows(); ++q) {
        double weighted = 0.0, total = 0.0;
        for (int n = 0; n < found.k; ++n) {
            auto at = static_cast<std::size_t>(q * found.k + n);
            weighted += m_targets[found.rows[at]] * weight[at];
            total += weight[at];
        }
        result[q] = m_byDistance ? weighted / total : weighted / found.k;
    }
    return result;
}

SavedState KnnLearner::save() const
{
    requireFitted(m_targets.size() > 0, name());
    SavedState state;
    state.values["params"] = m_params;
    state.values["featureCount"] = m_rows.rows();
    state.values["rowCount"] = m_rows.cols();
    state.arrays["rows"] = toArray(m_rows);
    state.arrays["targets"] = toArray(m_targets);
    return state;
}

LearnerInfo knnInfo()
{
    LearnerInfo info;
    info.algorithm = "knn";
    info.classification = true;
    info.regression = true;
    info.space = knnSpace;
    info.make = [](Task task, int classCount,
                   const nlohmann::json& params) -> std::unique_ptr<Learner> {
        return std::make_unique<KnnLearner>(task, classCount,
                                            resolveParams("knn", knnSpace(task), params));
    };
    info.load = [](Task task, int classCount, const SavedState& state) -> std::unique_ptr<Learner> {
        return std::make_unique<KnnLearner>(task, classCount, state);
    };
    return info;
}

} // namespace winnow::engine::learners
