#pragma once

#include "engine/learners/learner.h"

namespace winnow::engine::learners {

// "decision_tree": one CART tree (decisiontreeclassifier /
// decisiontreeregressor) examining every threshold of every feature.
//
//   criterion        classification only: gini | entropy        gini
//                    (regression always uses squared error)
//   maxDepth         deepest level, 0 for no limit  int [0, 24]     0
//   minSamplesSplit  least rows to split a node     int [2, 40]    2
//   minSamplesLeaf   least rows in a leaf           int [1, 20]    1
HyperSpace decisionTreeSpace(Task task);
LearnerInfo decisionTreeInfo();

} // namespace winnow::engine::learners
