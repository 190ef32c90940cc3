#pragma once

#include "engine/learners/learner.h"

#include <vector>

namespace winnow::engine::learners {

// "knn": k-nearest neighbours by Euclidean distance
// (kneighborsclassifier / kneighborsregressor). The training rows are the
// model; they are saved with it.
//
//   nNeighbors  k                       int [1, 50]          5
//   weights     uniform | distance      (1 / distance; a neighbour at
//               distance 0 takes all the weight, as in scikit-learn)
//
// Search is brute force in blocks: for a block of queries and a block of
// training rows, |q - t|^2 = |q|^2 + |t|^2 - 2 q.t comes out of one matrix
// product; each query keeps its closest few in a small sorted list. The
// chosen neighbours' distances are then recomputed exactly, so rounding in
// the product never reaches the weights. Query blocks run in parallel.
// Neighbours at equal distance are taken in training-row order. With fewer
// training rows than k, all rows are neighbours.
HyperSpace knnSpace(Task task);
LearnerInfo knnInfo();

struct Neighbours {
    int k = 0;
    std::vector<int> rows;         // query-major: row q's neighbours at [q*k, q*k + k)
    std::vector<double> distances; // increasing within each query
};

class KnnLearner : public Learner {
public:
    KnnLearner(Task task, int classCount, nlohmann::json params);
    KnnLearner(Task task, int classCount, const SavedState& state);

    std::string name() const override;
    nlohmann::json params() const override { return m_params; }
    void fit(const Matrix& x, const Vector& y, const RunContext& context) override;
    Matrix predictProba(const Matrix& x) const override;
    Vector predict(const Matrix& x) const override;
    SavedState save() const override;

    Neighbours neighbours(const Matrix& x) const;

private:
    // Per query, the weight of each of its neighbours.
    std::vector<double> weights(const Neighbours& found) const;

    Task m_task;
    int m_classCount;
    nlohmann::json m_params;
    int m_k;
    bool m_byDistance;
    Matrix m_rows;      // training rows as columns: features x rows
    Vector m_rowNorms2; // |t|^2 per training row
    Vector m_targets;
};

} // namespace winnow::engine::learners
