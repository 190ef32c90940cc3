#include "jobs/job_timing.h"

#include <algorithm>
#include <cmath>

namespace winnow::jobs {

JobTiming jobTiming(const Job& job, const QDateTime& now)
{
    JobTiming timing;
    if (!job.startedAt.isValid())
        return timing;
    const QDateTime until = job.endedAt.isValid() ? job.endedAt : now;
    const qint64 elapsed = std::max<qint64>(0, job.startedAt.secsTo(until));
    timing.elapsedSeconds = elapsed;
    if (job.status() != JobStatus::Running)
        return timing;

    const qint64 budget = job.spec.maxRuntimeSeconds.value_or(defaultTimeBudgetSeconds);
    qint64 remaining = std::max<qint64>(0, budget - elapsed);
    const double progress = std::clamp(job.progress, 0.0, 1.0);
    if (progress > 0.0) {
        const double byProgress = double(elapsed) * (1.0 - progress) / progress;
        remaining = std::min(remaining, qint64(std::ceil(byProgress)));
    }
    timing.remainingSeconds = remaining;
    return timing;
}

} // namespace winnow::jobs
