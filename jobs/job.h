#pragma once

#include <QDate>
#include <QDateTime>
#include <QFlags>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace winnow::jobs {

// Where a job is in its life. Remote services may report statuses Winnow does
// not know; those are Unknown, and Job keeps their text to show it as is.
enum class JobStatus { Pending, Running, Finished, Failed, Stopped, Interrupted, Unknown };

// "PENDING", "RUNNING", "FINISHED", "FAILED", "STOPPED", "INTERRUPTED", "UNKNOWN".
QString jobStatusText(JobStatus status);
// Case-insensitive; surrounding spaces ignored; anything else is Unknown.
JobStatus parseJobStatus(QStringView text);
// Whether a job in this status will not change any more by itself.
bool isTerminal(JobStatus status);

// The backend id of jobs run by the engine on this computer.
inline QString localBackendId()
{
    return QStringLiteral("local");
}

// One step of a job's progress through the engine's phases ("Starting",
// "AnalyzingData", "FeatureEngineering", "ModelTuning", "TrainingBestModel",
// "WritingArtifacts", "Completed", "Failed", "Stopped"), and when it began.
struct TimelineEntry {
    QString secondaryStatus;
    QDateTime time;

    bool operator==(const TimelineEntry&) const = default;
};

// What to train: the ML Hub job parameters plus the engine's own settings
// (docs/engine-cli.md). Optional values left empty mean "the engine's default".
struct JobSpec {
    // ML Hub parameters.
    QString featureTableName;
    QStringList featuresSelected; // empty: every feature
    QString idColumn;
    QString targetName;
    QDate startDate;
    QDate endDate;
    QString task;    // "classification" or "regression"
    QString scoring; // "ks", "f1", "mse", ...
    std::optional<int> numFeatures;
    std::optional<int> generations;
    std::optional<bool> toBalance;

    // The engine's settings beyond ML Hub's.
    std::optional<int> populationSize;
    std::optional<double> testFraction;
    std::optional<qint64> seed;
    std::optional<qint64> maxRuntimeSeconds;
    std::optional<qint64> maxRuntimePerCandidateSeconds;
    std::optional<int> maxCandidates;
    QStringList algorithms; // empty: every algorithm the task allows
    QString dateColumn;

    // Spec fields Winnow does not know (a newer engine's, a service's), kept
    // so that they reach the engine or the service unchanged.
    // mlhub::specToJson() gives the whole spec as one object.
    QJsonObject otherFields;

    bool operator==(const JobSpec&) const = default;
};

// One AutoML job, wherever it runs: its spec, its state and where its
// results are. A plain value; JobStore saves it and a JobBackend runs it.
class Job {
public:
    QString id;                         // Winnow's own id (a UUID), assigned by JobStore::add
    QString backend = localBackendId(); // "local" or the id of a configured remote service
    QString remoteId;                   // the job's id on the remote service, if any
    QString name;                       // given by the user; may be empty, see displayName()

    JobSpec spec;

    QString secondaryStatus;         // the engine's phase, see TimelineEntry
    double progress = 0.0;           // 0..1, never decreasing while running
    std::optional<double> bestScore; // in the scoring's own units
    QString failureReason;

    QString artifactUri; // where a remote service keeps the results (s3://...)
    QString artifactDir; // the local folder of results
    QString dataPath;    // the CSV a local job trains on
    QStringList tags;

    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime startedAt;
    QDateTime endedAt;

    QList<TimelineEntry> timeline; // secondary statuses in the order they happened

    JobStatus status() const { return parseJobStatus(m_statusText); }
    // The status as reported: the canonical text of a known status, or a
    // remote service's own text, verbatim, for one Winnow does not know.
    QString statusText() const { return m_statusText; }
    void setStatus(JobStatus status) { m_statusText = jobStatusText(status); }
    void setStatusText(const QString& text);

    // The name, or when there is none a name made from the data and target,
    // e.g. "creditcard_demo (class)". Lists show, search and sort this.
    QString displayName() const;

    bool operator==(const Job&) const = default;

private:
    QString m_statusText = jobStatusText(JobStatus::Pending);
};

// The parts of a Job that JobStore::update writes and that jobChanged
// reports, so an item model can refresh exactly the columns that changed.
enum class JobField : quint32 {
    None = 0,
    Name = 1u << 0,
    Spec = 1u << 1,
    Status = 1u << 2,
    SecondaryStatus = 1u << 3,
    Progress = 1u << 4,
    BestScore = 1u << 5,
    FailureReason = 1u << 6,
    RemoteId = 1u << 7,
    ArtifactUri = 1u << 8,
    ArtifactDir = 1u << 9,
    DataPath = 1u << 10,
    Tags = 1u << 11,
    CreatedAt = 1u << 12,
    UpdatedAt = 1u << 13,
    StartedAt = 1u << 14,
    EndedAt = 1u << 15,
    Timeline = 1u << 16,
    Artifacts = 1u << 17, // the job's rows in the artifacts table
};
Q_DECLARE_FLAGS(JobFields, JobField)
Q_DECLARE_OPERATORS_FOR_FLAGS(JobFields)

// Every field JobStore::update can write (all but Artifacts, which has its
// own call, and UpdatedAt, which the store sets).
JobFields updatableJobFields();

// Names of the fields, e.g. "Name|Status", for logs and test messages.
QString jobFieldsText(JobFields fields);

} // namespace winnow::jobs

Q_DECLARE_METATYPE(winnow::jobs::JobFields)
