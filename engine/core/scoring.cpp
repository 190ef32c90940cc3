#include "engine/core/scoring.h"

#include <array>

namespace winnow::engine {
namespace {

struct ScoringName {
    Scoring scoring;
    std::string_view name;
};

constexpr std::array kNames{
    ScoringName{Scoring::Ks, "ks"},
    ScoringName{Scoring::Accuracy, "accuracy"},
    ScoringName{Scoring::BalancedAccuracy, "balanced_accuracy"},
    ScoringName{Scoring::F1, "f1"},
    ScoringName{Scoring::F1Macro, "f1_macro"},
    ScoringName{Scoring::RocAuc, "roc_auc"},
    ScoringName{Scoring::Precision, "precision"},
    ScoringName{Scoring::PrecisionMacro, "precision_macro"},
    ScoringName{Scoring::Recall, "recall"},
    ScoringName{Scoring::RecallMacro, "recall_macro"},
    ScoringName{Scoring::Mse, "mse"},
    ScoringName{Scoring::Rmse, "rmse"},
    ScoringName{Scoring::Mae, "mae"},
    ScoringName{Scoring::R2, "r2"},
};

constexpr auto kAll = [] {
    std::array<Scoring, kNames.size()> all{};
    for (std::size_t i = 0; i < kNames.size(); ++i)
        all[i] = kNames[i].scoring;
    return all;
}();

} // namespace

std::string scoringName(Scoring scoring)
{
    for (const auto& entry : kNames)
        if (entry.scoring == scoring)
            return std::string(entry.name);
    return {};
}

std::optional<Scoring> parseScoring(std::string_view name)
{
    for (const auto& entry : kNames)
        if (entry.name == name)
            return entry.scoring;
    return std::nullopt;
}

std::span<const Scoring> allScorings()
{
    return kAll;
}

bool scoringFitsTask(Scoring scoring, Task task)
{
    switch (scoring) {
    case Scoring::Mse:
    case Scoring::Rmse:
    case Scoring::Mae:
    case Scoring::R2: return task == Task::Regression;
    case Scoring::Ks:
    case Scoring::F1:
    case Scoring::Precision:
    case Scoring::Recall: return task == Task::BinaryClassification;
    case Scoring::Accuracy:
    case Scoring::BalancedAccuracy:
    case Scoring::F1Macro:
    case Scoring::RocAuc:
    case Scoring::PrecisionMacro:
    case Scoring::RecallMacro: return isClassification(task);
    }
    return false;
}

Scoring defaultScoring(Task task)
{
    switch (task) {
    case Task::BinaryClassification: return Scoring::F1;
    case Task::MulticlassClassification: return Scoring::Accuracy;
    case Task::Regression: return Scoring::Mse;
    }
    return Scoring::Accuracy;
}

bool greaterIsBetter(Scoring scoring)
{
    return scoring != Scoring::Mse && scoring != Scoring::Rmse && scoring != Scoring::Mae;
}

} // namespace winnow::engine
