#include "models/job_timing.h"

#include <QCoreApplication>

#include <algorithm>

namespace winnow::models {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("winnow::models::JobTiming", text);
}

} // namespace

jobs::JobTiming jobTiming(const jobs::JobSummary& summary, std::optional<qint64> maxRuntimeSeconds,
                          const QDateTime& now)
{
    const bool running = summary.status() == jobs::JobStatus::Running;
    if (!running && !summary.endedAt.isValid())
        return {};
    // The fields the runner's own helper reads.
    jobs::Job job;
    job.setStatusText(summary.statusText);
    job.progress = summary.progress;
    job.startedAt = summary.startedAt;
    job.endedAt = summary.endedAt;
    job.spec.maxRuntimeSeconds = maxRuntimeSeconds;
    return jobs::jobTiming(job, now);
}

QString formatDuration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    const qint64 secs = seconds % 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    if (minutes > 0)
        return tr("%1 min %2 s").arg(minutes).arg(secs, 2, 10, QLatin1Char('0'));
    return tr("%1 s").arg(secs);
}

} // namespace winnow::models
