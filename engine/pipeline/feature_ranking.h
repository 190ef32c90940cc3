#pragma once

#include "engine/core/run_context.h"
#include "engine/pipeline/prepared_data.h"
#include "engine/pipeline/sampling.h"
#include "engine/preprocess/encoder_options.h"

#include <string>
#include <vector>

namespace winnow::engine {

// The job's columns ranked by how much they help predict the target,
// most useful first. Used to keep `numFeatures` columns.
struct FeatureRanking {
    std::vector<std::string> names;
    std::vector<double> scores; // same order; larger is more useful
    std::string method;
};

// Ranks columns by the gain they bring to a quick gradient-boosted model on
// (a sample of) the training rows, summed over the encoded columns each
// source column became; columns the model never used are ordered after,
// by their univariate F statistic.
FeatureRanking rankFeatures(const PreparedData& data, const RowList& trainRows,
                            const EncoderOptions& options, const RunContext& context);

} // namespace winnow::engine
