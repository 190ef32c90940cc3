#pragma once

#include "engine/core/run_context.h"
#include "engine/pipeline/cross_validation.h"
#include "engine/pipeline/event_log.h"
#include "engine/pipeline/leaderboard.h"

#include <filesystem>
#include <vector>

namespace winnow::engine {

// The portfolio a search starts from: for each algorithm the task allows
// (all of them, or the spec's `algorithms`), a strong default pipeline,
// with scaling in front of the methods that need it, then a few proven
// variants. Cheap, strong candidates come first, so a short time budget
// still ends with a good model.
std::vector<PipelineDefinition>
defaultPortfolio(Task task, const std::vector<std::string>& algorithms, std::size_t trainRows);

// Evaluates candidates one at a time under the search's budgets: a time
// limit per candidate, a deadline for the whole search that leaves room to
// refit the best model, and a maximum number of candidates. Each result is
// added to the leaderboard, announced as an event and checkpointed.
class CandidateRunner {
public:
    struct Budget {
        RunContext::Clock::time_point deadline;
        double perCandidateSeconds = 60.0;
        int maxCandidates = 0; // 0: no limit
    };
    struct Progress {
        double from = 0.0; // the event progress at the first candidate
        double to = 1.0;   // and when the budget is spent
    };

    CandidateRunner(const CrossValidation& folds, Leaderboard& leaderboard, EventLog& events,
                    Budget budget, Progress progress);

    // Where to checkpoint after each candidate (nothing when empty).
    void setCheckpoint(std::filesystem::path file, std::string fingerprint);

    // Evaluates `definition` unless the leaderboard already holds it (from a
    // checkpoint). Returns false when the search must end: the stop flag,
    // the deadline or the candidate limit.
    bool evaluate(const PipelineDefinition& definition, const RunContext& context);

    // Whether another candidate may start now.
    bool canContinue(const RunContext& context) const;
    // Seconds to keep free at the end to refit the best candidate on all
    // training rows: its cross-validation time, scaled to one full fit.
    double reserveSeconds() const;

private:
    double progressNow() const;

    const CrossValidation& m_folds;
    Leaderboard& m_leaderboard;
    EventLog& m_events;
    Budget m_budget;
    Progress m_progress;
    RunContext::Clock::time_point m_start;
    int m_evaluatedHere = 0;
    std::filesystem::path m_checkpointFile;
    std::string m_fingerprint;
};

} // namespace winnow::engine
