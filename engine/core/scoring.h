#pragma once

#include "engine/core/task.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace winnow::engine {

// The scoring functions a job can optimise, named as in the ML Hub spec.
enum class Scoring {
    Ks,
    Accuracy,
    BalancedAccuracy,
    F1, // binary: F1 of the positive class (the second label)
    F1Macro,
    RocAuc,    // binary: ROC AUC; multiclass: macro one-vs-rest
    Precision, // binary: of the positive class
    PrecisionMacro,
    Recall, // binary: of the positive class
    RecallMacro,
    Mse,
    Rmse,
    Mae,
    R2,
};

std::string scoringName(Scoring scoring); // "balanced_accuracy"
std::optional<Scoring> parseScoring(std::string_view name);
std::span<const Scoring> allScorings();

// Whether a scoring can judge a task: Ks, F1, Precision and Recall need a
// binary task, the regression errors a regression task.
bool scoringFitsTask(Scoring scoring, Task task);

// The default when a spec names none, as SageMaker Autopilot chooses:
// F1 for binary, accuracy for multiclass, MSE for regression.
Scoring defaultScoring(Task task);

// Errors are minimised, everything else maximised. The search compares
// candidates through orientedScore, where larger is always better.
bool greaterIsBetter(Scoring scoring);
inline double orientedScore(Scoring scoring, double value)
{
    return greaterIsBetter(scoring) ? value : -value;
}

} // namespace winnow::engine
