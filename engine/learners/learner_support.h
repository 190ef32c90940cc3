#pragma once

// Small helpers every learner shares: input checks, class-index handling,
// flattening matrices into SavedState arrays, and splitting work over threads.

#include "engine/core/saved_state.h"
#include "engine/core/types.h"

#include <functional>
#include <string>
#include <vector>

namespace winnow::engine::learners {

// Throws InputError when x has a column count other than the one the
// learner was fitted on.
void requireColumns(const Matrix& x, Index expected, const std::string& learner);
// Throws InputError when x holds NaN or infinity: methods built on
// arithmetic over all features (linear models, distances, Gaussians) would
// otherwise silently produce NaN. The pipeline's imputer runs first, so
// this only fires when a learner is used on its own.
void requireFinite(const Matrix& x, const std::string& learner);
// Throws InputError unless x and y have the same, non-zero number of rows.
void requireTrainingShape(const Matrix& x, const Vector& y, const std::string& learner);
// y as class indices, checked to be integers in [0, classCount).
std::vector<int> classIndices(const Vector& y, int classCount, const std::string& learner);
// Throws std::logic_error when predict is called before fit.
void requireFitted(bool fitted, const std::string& learner);

// Per row, the column with the highest value; ties go to the lower index.
Vector argmaxRows(const Matrix& scores);
// Rows turned into probabilities with a softmax (stable for large values).
Matrix softmaxRows(const Matrix& scores);

// Column-major copies between matrices and SavedState arrays.
std::vector<double> toArray(const Matrix& m);
std::vector<double> toArray(const Vector& v);
Matrix matrixFromArray(const std::vector<double>& values, Index rows, Index cols,
                       const std::string& what);
Vector vectorFromArray(const std::vector<double>& values, Index size, const std::string& what);

// Integer values kept in SavedState::values, checked on load.
int savedInt(const SavedState& state, const std::string& key, int low, int high);

// Calls work(begin, end) on up to `threads` threads over [0, count), in
// contiguous chunks; rethrows the first exception any chunk threw.
void parallelFor(int threads, Index count, const std::function<void(Index, Index)>& work);

// A failure inside a third-party library that is not the user's doing.
[[noreturn]] void libraryFailure(const std::string& library, const std::string& message);

} // namespace winnow::engine::learners
