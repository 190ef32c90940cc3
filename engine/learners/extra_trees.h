#pragma once

#include "engine/learners/learner.h"

namespace winnow::engine::learners {

// "extra_trees": extremely randomised trees (extratreesclassifier /
// extratreesregressor), each grown on all rows with one random threshold
// per examined feature, averaged.
//
//   nEstimators      trees                          int [50, 500]   100
//   criterion        classification only: gini | entropy            gini
//   maxFeatures      features examined per split: sqrt | log2 | 0.5 | 1.0
//                    (sqrt for classification, 1.0 for regression)
//   maxDepth         deepest level, 0 for no limit  int [0, 24]     0
//   minSamplesSplit  least rows to split a node     int [2, 20]     2
//   minSamplesLeaf   least rows in a leaf           int [1, 10]     1
HyperSpace extraTreesSpace(Task task);
LearnerInfo extraTreesInfo();

} // namespace winnow::engine::learners
