#pragma once

#include "jobs/artifact.h"
#include "jobs/candidate.h"
#include "jobs/job.h"
#include "jobs/job_query.h"
#include "jobs/result.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <map>
#include <vector>

namespace winnow::jobs {

// The history of every job, local and remote, in one SQLite file (the app
// keeps it in QStandardPaths::AppDataLocation + "/jobs.sqlite").
//
// Calls are synchronous and return a Result: on failure nothing was
// changed, because every write is one transaction. The signals follow a
// commit, and only when something really changed. Each JobStore has its own
// connection, which belongs to the thread that created the store; several
// stores, in one process or several, may share a file (WAL mode lets readers
// and a writer work at once; writers wait for each other up to a timeout).
//
// The schema, its migrations and the listing rules are in docs/jobs.md.
class JobStore : public QObject {
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit JobStore(const QString& path, QObject* parent = nullptr);
    ~JobStore() override;

    QString path() const { return m_path; }

    // Opens the file, creating it or upgrading an older schema in place.
    // Refuses, leaving the file as it was, a file that is not an SQLite
    // database or is damaged, one from a newer Winnow, and a read-only file
    // or folder.
    Result<void> open();
    bool isOpen() const { return m_open; }
    void close();
    int schemaVersion() const { return m_schemaVersion; }

    // Where createdAt/updatedAt come from; tests set their own clock.
    void setClock(Clock clock);

    // Adds a job: assigns a UUID when job.id is empty and sets createdAt and
    // updatedAt to now unless given (an import keeps its times). Returns the id.
    Result<QString> add(const Job& job);
    // Adds several jobs in one transaction; all or none.
    Result<QStringList> add(const QList<Job>& jobs);

    // Writes the given fields of `job` (found by job.id) and nothing else, so
    // two writers changing different fields never undo each other. Fields
    // whose value did not change are not written; if any changed, updatedAt
    // becomes now and jobChanged() reports exactly those fields. A change of
    // SecondaryStatus appends {secondaryStatus, now} to the timeline unless
    // Timeline is among the fields (then job.timeline is taken as given).
    Result<void> update(const Job& job, JobFields fields);

    Result<Job> get(const QString& id);
    // Removes a job with its candidates, artifacts and timeline.
    Result<void> remove(const QString& id);

    // The fields a remote service reports, for upsertRemote.
    static JobFields mirroredFields();
    // Mirrors jobs of a remote service, found by backend + remoteId: adds
    // those not seen before and updates the given fields of the others, in
    // one transaction. updatedAt is the service's when it gives one. Returns
    // the local ids, in order.
    Result<QStringList> upsertRemote(const QString& backend, const QList<Job>& jobs,
                                     JobFields fields = mirroredFields());
    Result<Job> findRemote(const QString& backend, const QString& remoteId);

    // Adds a row to a job's leaderboard; the same index again replaces it.
    Result<void> addCandidate(const Candidate& candidate);
    // Ordered by index.
    Result<QList<Candidate>> candidates(const QString& jobId);

    // Replaces the job's list of artifacts.
    Result<void> setArtifacts(const QString& jobId, const QList<Artifact>& artifacts);
    // Ordered by kind, then location.
    Result<QList<Artifact>> artifacts(const QString& jobId);

    // One page of jobs matching the filter, in the given order.
    Result<JobPage> list(const JobQuery& query);
    // Every matching job's table columns at once, for the history view.
    Result<QList<JobSummary>> listAll(const JobFilter& filter = {}, const JobSort& sort = {});
    Result<JobCounts> counts();

    // Whether another connection committed since the last call (the first
    // call compares with the moment the store was opened). Signals only
    // report this store's own writes; a view shared with another process
    // polls this and reloads.
    Result<bool> hasExternalChanges();

    // The value of a read-only PRAGMA on this store's connection, e.g.
    // "journal_mode"; for diagnostics and tests.
    Result<QVariant> pragma(const QString& name);

signals:
    void jobAdded(const QString& id);
    void jobChanged(const QString& id, winnow::jobs::JobFields changed);
    void jobRemoved(const QString& id);
    void candidateAdded(const QString& jobId, int candidateIndex);

private:
    // A signal to emit once the transaction that caused it has committed.
    struct Notice {
        enum class Kind { Added, Changed, Removed, CandidateAdded };
        Kind kind;
        QString id;
        JobFields fields;
        int candidateIndex = 0;
    };
    void notify(Notice notice);

    Result<void> checkFileBeforeOpening() const;
    Result<void> openConnection();
    Result<void> checkOpen() const;
    Result<void> inTransaction(const QString& doing, const std::function<Result<void>()>& body);
    void emitNotices();

    Result<QString> insertJob(Job job);
    Result<void> applyChanges(const Job& current, const Job& incoming, JobFields fields,
                              const QDateTime& updatedAt);
    Result<Job> loadJob(const QString& id);
    Result<void> loadTimelines(QList<Job>& jobs);
    Result<void> writeTimeline(const QString& id, const QList<TimelineEntry>& timeline,
                               int firstSeq);
    Result<bool> jobExists(const QString& id);

    QDateTime now() const;
    // A prepared statement kept for the life of the connection, for the
    // writes done once per job in a batch.
    QSqlQuery& preparedStatement(const QString& sql);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::map<QString, QSqlQuery> m_statements;
    bool m_open = false;
    int m_schemaVersion = 0;
    qint64 m_dataVersion = 0;
    Clock m_clock;
    std::vector<Notice> m_notices; // collected during a transaction, emitted after commit
};

} // namespace winnow::jobs
