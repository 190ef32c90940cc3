#pragma once

#include "jobs/job.h"

#include <QDateTime>

#include <optional>

namespace winnow::jobs {

// How long a job has run and, while it runs, how long it may still take,
// for the UI to show without inventing precision.
struct JobTiming {
    // Since startedAt: until endedAt for an ended job, until now otherwise;
    // empty for a job that never started.
    std::optional<qint64> elapsedSeconds;
    // Only for a RUNNING job: the smaller of what is left of its time budget
    // (maxRuntimeSeconds, the engine's 300 s by default) and what its
    // progress so far suggests, elapsed * (1 - p) / p once p > 0.
    std::optional<qint64> remainingSeconds;
};

// The engine's time budget when a spec gives none (docs/job-spec.md).
constexpr qint64 defaultTimeBudgetSeconds = 300;

JobTiming jobTiming(const Job& job, const QDateTime& now = QDateTime::currentDateTimeUtc());

} // namespace winnow::jobs
