#pragma once

#include "engine/core/saved_state.h"
#include "engine/core/types.h"

#include <string>
#include <vector>

// Helpers the numeric transformers share: input checks, the conversions
// between Eigen vectors and the plain arrays of a SavedState, and the
// statistics scikit-learn computes the same way in several steps.
namespace winnow::engine::preprocess {

// Throws InputError naming the step when x holds NaN or infinity: the
// numeric steps run after the TableEncoder, which leaves no gaps.
void requireFinite(const Matrix& x, const std::string& step);
// Throws std::invalid_argument (a bug in the caller, not bad user input)
// when a fitted step is given a matrix of another width, or used unfitted.
void requireFitted(bool fitted, const std::string& step);
void requireWidth(const Matrix& x, Index expected, const std::string& step);

std::vector<double> toArray(const Vector& values);
Vector toVector(const std::vector<double>& values);
// The saved array `key`, checked to hold `expected` values.
Vector savedVector(const SavedState& state, const std::string& key, Index expected,
                   const std::string& step);

// Each column's mean, computed about the column's first value: a constant
// column's mean is then exactly its value, so centring leaves exact zeros
// rather than rounding noise.
Vector columnMeans(const Matrix& x);

// scikit-learn's _handle_zeros_in_scale: scales too small to divide by
// (below ten machine epsilons) become 1, so such columns pass unscaled.
void replaceTinyScales(Vector& scales);

// numpy's percentile with linear interpolation, q in [0, 100], of count
// values (at least one). Works by partial ordering, in linear time, so it
// reorders the values.
double percentile(double* values, Index count, double q);

// The columns at `kept` (ascending indices), and their names.
Matrix takeColumns(const Matrix& x, const std::vector<Index>& kept);
std::vector<std::string> takeNames(const std::vector<std::string>& names,
                                   const std::vector<Index>& kept);
// Column indices as JSON and back, checked against the input width.
nlohmann::json indicesToJson(const std::vector<Index>& indices);
std::vector<Index> indicesFromJson(const nlohmann::json& json, Index width,
                                   const std::string& step);

} // namespace winnow::engine::preprocess
