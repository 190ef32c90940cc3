#pragma once

#include "engine/learners/learner.h"

namespace winnow::engine::learners {

// "linear_svm": liblinear's linear support vector machines.
//
// Classification (linearsvc): squared hinge loss, one-vs-rest beyond two
// classes. Probabilities are the decision values through a logistic (two
// classes) or a softmax (more): monotone, so ranking metrics (ROC AUC, KS)
// are right, but not calibrated.
//   C        inverse regularisation strength   log [1e-4, 1e2]   1
//   penalty  l2 (dual solver) | l1 (primal)                       l2
//
// Regression (linearsvr): epsilon-insensitive loss with epsilon 0, as
// scikit-learn's LinearSVR defaults to.
//   C        inverse regularisation strength   log [1e-4, 1e2]   1
//   loss     epsilon_insensitive | squared_epsilon_insensitive
//                                                   epsilon_insensitive
//
// Both regularise the intercept (see liblinear_model.h).
HyperSpace linearSvmSpace(Task task);
LearnerInfo linearSvmInfo();

} // namespace winnow::engine::learners
