#pragma once

#include "engine/learners/learner.h"

namespace winnow::engine::learners {

// "logistic_regression": liblinear's L1- or L2-regularised logistic
// regression (logisticregression), one-vs-rest beyond two classes with the
// per-class probabilities normalised to sum to 1. The intercept is
// regularised like the weights (liblinear's bias feature; see
// liblinear_model.h).
//
//   C        inverse regularisation strength   log [1e-4, 1e4]   1
//   penalty  l1 | l2                                              l2
HyperSpace logisticRegressionSpace(Task task);
LearnerInfo logisticRegressionInfo();

} // namespace winnow::engine::learners
