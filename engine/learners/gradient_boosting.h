#pragma once

#include "engine/learners/learner.h"

namespace winnow::engine::learners {

// "xgboost": gradient-boosted trees (xgbclassifier / xgbregressor).
//
//   nEstimators      boosting rounds                  int     [20, 1000]   200
//   maxDepth         depth of each tree               int     [2, 10]      6
//   learningRate     shrinkage (eta)                  log     [0.01, 0.3]  0.1
//   subsample        rows sampled per tree            real    [0.5, 1]     1
//   colsampleBytree  columns sampled per tree         real    [0.4, 1]     1
//   minChildWeight   least hessian sum in a leaf      log     [0.5, 20]    1
//   regLambda        L2 penalty on leaf weights       log     [0.001, 10]  1
//   gamma            least loss reduction to split    real    [0, 5]       0
HyperSpace gradientBoostingSpace(Task task);
LearnerInfo gradientBoostingInfo();

} // namespace winnow::engine::learners
