#pragma once

#include "jobs/job_query.h"
#include "jobs/job_timing.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace winnow::models {

// jobs::jobTiming() for a row of the job table, which has the job's summary
// and, for a running job, its runtime budget (spec.maxRuntimeSeconds):
// elapsed time, and while it runs the time left. A job that ended without
// an end time (one interrupted) has no elapsed time here rather than one
// that grows with the clock.
jobs::JobTiming jobTiming(const jobs::JobSummary& job, std::optional<qint64> maxRuntimeSeconds,
                          const QDateTime& now);

// "37 s", "4 min 12 s", "1 h 02 min", "3 d 4 h": two units at most, the way
// people say durations.
QString formatDuration(qint64 seconds);

} // namespace winnow::models
