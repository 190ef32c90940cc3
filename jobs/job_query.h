#pragma once

#include "jobs/job.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace winnow::jobs {

// Which jobs to list, after SageMaker's ListAutoMLJobs. Every condition
// given must hold; an empty one is ignored. Times are exclusive bounds.
struct JobFilter {
    QString status;       // a status text: jobStatusText(JobStatus::Finished) or a service's own
    QString nameContains; // in the display name, ignoring case (Unicode case folding)
    QDateTime createdAfter;
    QDateTime createdBefore;
    QDateTime updatedAfter; // SageMaker's LastModifiedTimeAfter
    QDateTime updatedBefore;
    QString backend; // "local" or a remote service's id

    bool operator==(const JobFilter&) const = default;
};

enum class JobSortKey {
    Name, // the display name, ignoring case
    CreatedAt,
    UpdatedAt,
    Status,    // the status text, alphabetically
    BestScore, // the raw value; jobs without a score count as lower than any score
};

enum class SortOrder { Ascending, Descending };

struct JobSort {
    JobSortKey key = JobSortKey::CreatedAt;
    SortOrder order = SortOrder::Descending; // newest first
};

struct JobQuery {
    JobFilter filter;
    JobSort sort;
    int pageSize = 100; // 1..1000
    QString pageToken;  // from the previous JobPage; empty for the first page
};

struct JobPage {
    QList<Job> jobs;
    // Pass it back in JobQuery::pageToken, with the same filter and sort, for
    // the next page; empty when this was the last one. Pages are keyset
    // pages: jobs added meanwhile never make a page repeat or skip a job.
    QString nextPageToken;
};

// The columns the job table shows, for loading the whole history at once.
struct JobSummary {
    QString id;
    QString backend;
    QString remoteId;
    QString displayName;
    QString statusText;
    QString secondaryStatus;
    double progress = 0.0;
    std::optional<double> bestScore;
    QString task;
    QString scoring;
    QString featureTableName;
    QString targetName;
    QString failureReason;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime startedAt;
    QDateTime endedAt;

    JobStatus status() const { return parseJobStatus(statusText); }
    bool operator==(const JobSummary&) const = default;
};

// How many jobs there are, per backend and per status text.
struct JobCounts {
    int total = 0;
    QHash<QString, int> byBackend;
    QHash<QString, int> byStatus;
    // Keyed by backend, then status text.
    QHash<QString, QHash<QString, int>> byBackendAndStatus;

    int count(const QString& backend, const QString& status) const
    {
        return byBackendAndStatus.value(backend).value(status);
    }
};

} // namespace winnow::jobs
