#pragma once

#include <Eigen/Core>

namespace winnow::engine {

// Feature matrices are dense, column-major doubles: rows are samples,
// columns are features. Missing values are NaN until an imputer removes them.
using Matrix = Eigen::MatrixXd;
using Vector = Eigen::VectorXd;
using Index = Eigen::Index;

} // namespace winnow::engine
