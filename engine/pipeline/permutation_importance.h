#pragma once

#include "engine/core/run_context.h"
#include "engine/core/scoring.h"
#include "engine/pipeline/model.h"

#include <string>
#include <vector>

namespace winnow::engine {

struct FeatureImportance {
    std::string feature;
    double importance = 0.0; // the score lost when the column is shuffled
};

// Permutation importance of each input column of a trained model, on held-
// out rows: how much the job's score drops when that column's values are
// shuffled among the rows (oriented so that a drop is positive). It works
// for every pipeline and speaks of the user's own columns, not of encoded
// ones. Uses at most `maxRows` rows; sorted most important first.
std::vector<FeatureImportance> permutationImportance(const Model& model, const Table& features,
                                                     const Vector& target, Scoring scoring,
                                                     const RunContext& context,
                                                     std::size_t maxRows = 2000);

} // namespace winnow::engine
