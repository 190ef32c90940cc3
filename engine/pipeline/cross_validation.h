#pragma once

#include "engine/core/run_context.h"
#include "engine/core/scoring.h"
#include "engine/pipeline/pipeline_definition.h"
#include "engine/pipeline/prepared_data.h"
#include "engine/pipeline/sampling.h"
#include "engine/preprocess/encoder_options.h"

#include <vector>

namespace winnow::engine {

// The folds a search scores its candidates on. The table encoder has no
// hyperparameters, so each fold is encoded once, here, and every candidate
// reuses the matrices: fitting a candidate costs only its own steps.
//
// Folds are cut from the training rows as they are; when the job balances
// classes, only each fold's training part is rebalanced, so repeated rows
// never land on both sides of a fold and the scores stay honest.
class CrossValidation {
public:
    struct Settings {
        int folds = 5; // 1: a single holdout of a fifth of the rows
        bool balance = false;
        std::uint64_t seed = 0;
        EncoderOptions encoder;
    };

    CrossValidation(const PreparedData& data, const RowList& trainRows, const Settings& settings,
                    const RunContext& context);

    // The mean score over the folds, in the scoring's own units. Throws
    // StopRequested when the context says stop, and std::exception when the
    // candidate cannot be fitted (the search records it as failed).
    double score(const PipelineDefinition& definition, Scoring scoring,
                 const RunContext& context) const;

    int foldCount() const { return static_cast<int>(m_folds.size()); }
    // The number of encoded features (the same in every fold, give or take
    // categories that only some folds see).
    Index featureCount() const;

    // How many folds suit a training set of this size: five for small
    // data, three for medium, one holdout for large.
    static int recommendedFolds(std::size_t trainRows);

private:
    struct Fold {
        Matrix trainX;
        Vector trainY;
        Matrix validX;
        std::vector<int> validClasses;
        std::vector<double> validValues;
    };

    Task m_task;
    int m_classCount;
    std::vector<Fold> m_folds;
};

} // namespace winnow::engine
