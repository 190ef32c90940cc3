#pragma once

#include "jobs/job.h"
#include "jobs/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// Every conversion between Winnow's job records and the JSON of the ML Hub
// AutoML API (docs/jobs.md, "ML Hub JSON"), in both directions, so that the
// remote client, winnow-server and the local runner agree on one spelling.
//
// Reading is tolerant: unknown fields are kept (in JobSpec::otherFields),
// unknown statuses are kept verbatim, numbers and booleans may arrive as
// strings, and every date format the service uses is understood. A field of
// a type that cannot be read fails with a message naming the field and what
// was found in it.
namespace winnow::jobs::mlhub {

// Timestamps as the service and Winnow write them: "2023-10-17 16:47:14.289
// +0000 UTC" (Go's time.String()), "2022-01-01 00:00:00 +0000 UTC",
// "2023-01-01" (midnight UTC), ISO 8601 with "Z" or an offset ("+02:00",
// "+0200", "+02"), with or without fractions of a second (kept to the
// millisecond). Without an offset the time is UTC. Returns a UTC QDateTime.
std::optional<QDateTime> parseTimestamp(QStringView text);
// ISO 8601 in UTC with milliseconds: "2023-10-17T16:47:14.289Z"; "" when invalid.
QString formatTimestamp(const QDateTime& time);
// A calendar date, as written, from any timestamp format above.
std::optional<QDate> parseDate(QStringView text);
// "2023-01-01"; "" for a null date.
QString formatDate(QDate date);

// The spec as one object: featureTableName, featuresSelected (a comma-separated
// string, omitted when empty), idColumn, targetName, startDate, endDate, task,
// scoring, numFeatures, generations, toBalance, then Winnow's populationSize,
// testFraction, seed, maxRuntimeSeconds, maxRuntimePerCandidateSeconds,
// maxCandidates, algorithms and dateColumn when set, and otherFields.
QJsonObject specToJson(const JobSpec& spec);
// Reads the spec fields of an object; every other field goes to otherFields
// except those listed in `ignoredKeys` (a job object's status, dates, ...).
Result<JobSpec> specFromJson(const QJsonObject& object, const QStringList& ignoredKeys = {});

// A job object as GET /automl/{id} returns it: the spec, plus id (Job::id),
// status, artifactUri, createdAt and updatedAt, plus Winnow's name,
// secondaryStatus, progress, bestScore, failureReason, startedAt, endedAt,
// tags and timeline, which ML Hub clients ignore.
QJsonObject jobToObject(const Job& job);
// The object's `id` is the job's id on the service that sent it, so it
// becomes Job::remoteId; Job::id and Job::backend are left empty for the
// caller (JobStore::upsertRemote) to fill in. `id` is required.
Result<Job> jobFromObject(const QJsonObject& object);
Result<Job> parseJob(const QByteArray& json);

// The body of POST /automl (the SDK's run_job): the job's spec.
QJsonObject runJobRequest(const Job& job);
// Reads a run_job body, as winnow-server receives it: a spec that names at
// least featureTableName and targetName.
Result<Job> parseRunJobRequest(const QByteArray& json);
// The answer to run_job: {"id": "65395ed4506bc9b4b418f29a"}.
QJsonObject runJobResponse(const QString& id);
Result<QString> parseRunJobResponse(const QByteArray& json);

// GET /automl: {"resources": [job, ...]}.
QJsonObject jobListObject(const QList<Job>& jobs);

struct JobList {
    QList<Job> jobs;
    // One message per entry that could not be read ("resources[3]: field
    // 'id' is missing"); the others are still returned.
    QStringList skipped;
};
// Reads {"resources": [...]} (a bare array is accepted too).
Result<JobList> parseJobList(const QByteArray& json);

} // namespace winnow::jobs::mlhub
