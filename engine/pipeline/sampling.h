#pragma once

#include "engine/core/types.h"
#include "engine/pipeline/prepared_data.h"

#include <cstdint>
#include <string>
#include <vector>

namespace winnow::engine {

using RowList = std::vector<std::size_t>;

struct TrainTestSplit {
    RowList train;
    RowList test;
    bool stratified = false;
};

// Splits rows into training and test rows. Classification splits each class
// in the same proportion (every class keeps at least one row on each side);
// regression splits at random. Deterministic for a given seed.
TrainTestSplit splitTrainTest(const Target& target, double testFraction, std::uint64_t seed);

// K folds over `rows` for cross-validation, stratified by class for
// classification. Each entry is one fold's validation rows; the others are
// its training rows.
std::vector<RowList> makeFolds(const Target& target, const RowList& rows, int folds,
                               std::uint64_t seed);
RowList complement(const RowList& all, const RowList& part);

// How a classification's training rows were rebalanced, following the ML Hub:
// a minority class under 1 % of the rows is oversampled (its rows repeated at
// random until every class matches the largest); from 1 % to 20 % the other
// classes are undersampled to the smallest; from 20 % nothing changes.
struct Balancing {
    std::string method = "none"; // "none", "oversample" or "undersample"
    double minorityShareBefore = 0.0;
    double minorityShareAfter = 0.0;
    std::size_t rowsBefore = 0;
    std::size_t rowsAfter = 0;
};

// Rebalances `rows` in place and says what it did.
Balancing balanceClasses(const Target& target, RowList& rows, std::uint64_t seed);

// The smallest class's share of `rows` (0 for regression).
double minorityShare(const Target& target, const RowList& rows);

} // namespace winnow::engine
