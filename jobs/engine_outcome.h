#pragma once

#include "jobs/engine_process.h"
#include "jobs/job.h"

#include <QString>

namespace winnow::jobs {

// What a finished train run means for its job (docs/engine-cli.md, "Exit
// codes"; docs/jobs.md, "Local runner").
struct JobOutcome {
    JobStatus status = JobStatus::Failed;
    QString failureReason;      // empty unless the run failed
    bool keepArtifacts = false; // record the output folder's files as the job's artifacts

    bool operator==(const JobOutcome&) const = default;
};

// The engine's exit codes.
namespace exit_code {
constexpr int success = 0;
constexpr int internalError = 1;
constexpr int usageError = 2;
constexpr int invalidInput = 3;
constexpr int outOfMemory = 4;
constexpr int stopped = 5;
constexpr int stoppedWithoutModel = 6;
} // namespace exit_code

// `resultComplete`: the output folder holds metadata.json, the mark of a
// complete result. `stopRequested`: the runner asked the engine to stop, so
// an engine ended by the runner's own SIGKILL was stopped, not crashed.
JobOutcome outcomeOf(const EngineExit& exit, bool resultComplete, bool stopRequested);

// "engine crashed (signal 11, Segmentation fault)", or "engine crashed"
// when the signal is unknown.
QString crashReason(int signal);

} // namespace winnow::jobs
