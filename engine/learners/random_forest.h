#pragma once

#include "engine/learners/learner.h"

namespace winnow::engine::learners {

// "random_forest": XGBoost's random-forest mode (randomforestclassifier /
// randomforestregressor): one boosting round growing nEstimators trees in
// parallel, each on a row subsample and a per-node column subsample, with a
// learning rate of 1 so the forest's output is the trees' average, and no
// L2 penalty on leaf weights (lambda 0), so leaves are plain Newton steps.
//
//   nEstimators      trees in the forest              int     [50, 500]    100
//   maxDepth         depth of each tree               int     [4, 20]      14
//   subsample        rows sampled per tree            real    [0.5, 0.95]  0.8
//   colsampleBynode  columns sampled per split        real    [0.2, 1]     0.6
//   minChildWeight   least hessian sum in a leaf      log     [0.5, 20]    1
//
// The forest is a single XGBoost round, so a stop request is honoured
// before and after it but not in its middle.
HyperSpace randomForestSpace(Task task);
LearnerInfo randomForestInfo();

} // namespace winnow::engine::learners
