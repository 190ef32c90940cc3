#pragma once

#include "engine/core/types.h"

namespace winnow::engine {

// Univariate scores of each column against the target, as the feature
// selection of scikit-learn computes them. Both work from deviations about
// means (not from raw sums of squares), so a column far from zero keeps its
// precision, and they detect exactly constant columns and classes rather
// than scoring rounding noise.

// The one-way ANOVA F statistic of each column, grouped by class, as
// sklearn.feature_selection.f_classif. classIndex holds 0..classes-1;
// classes with no rows are left out of the degrees of freedom, as
// scikit-learn groups by the classes present. A column constant across
// all rows scores NaN (0/0, as in scikit-learn); one constant within each
// class but not across classes scores +infinity. With fewer than two
// classes present every score is NaN.
Vector anovaF(const Matrix& x, const Vector& classIndex, int classes);

// The F statistic of regressing y on each column alone, as
// sklearn.feature_selection.f_regression with its defaults (center=True,
// force_finite=True): F = r^2 / (1 - r^2) * (n - 2), where r is the
// correlation. A constant column, or a constant y, scores 0; a perfectly
// (anti-)correlated column scores the largest finite double.
Vector fRegression(const Matrix& x, const Vector& y);

} // namespace winnow::engine
