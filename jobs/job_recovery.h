#pragma once

#include "jobs/job.h"
#include "jobs/job_folder.h"
#include "jobs/result.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace winnow::jobs {

class JobStore;

// Settles a local job whose engine is gone without its runner seeing how it
// ended (Winnow was killed, or closed while the job ran), by what the
// engine left in the job's folder:
//
//   out/metadata.json     the engine saved a complete result, which it does
//                         when it is stopped (SIGTERM, also the one the
//                         kernel sends when Winnow dies): STOPPED with its
//                         artifacts, or FINISHED when the result says the
//                         search was not stopped early
//   out/checkpoint.json   PENDING again; the runner resumes the search (--resume)
//   neither               INTERRUPTED, "Winnow was closed while the job ran"
//
// Returns true when the job is to be queued again.
bool settleAbandonedJob(JobStore& store, const Job& job, const JobFolder& folder);

// The text INTERRUPTED jobs carry as their failure reason.
QString interruptedReason();

// What a new local runner does first: find the local jobs a previous runner
// left RUNNING or PENDING and settle or requeue them.
//
// An engine may outlive its runner by a few seconds: the kernel sends it
// SIGTERM when Winnow dies and it then saves its best model. Such a job is
// watched until its engine ends (killed after the grace period), then
// settled; until then it stays RUNNING.
class JobRecovery : public QObject {
    Q_OBJECT

public:
    JobRecovery(JobStore* store, const QString& dataFolder, std::chrono::milliseconds grace,
                QObject* parent = nullptr);

    // Settles what can be settled now. Returns the jobs to queue, oldest
    // first: those left PENDING and those to resume. Jobs to resume whose
    // engine ends later come through requeue().
    Result<QStringList> recover();

    // Whether the engine a previous runner left for this job still runs.
    bool isWatching(const QString& jobId) const { return m_orphans.contains(jobId); }
    // Ends such an engine at once (the user stopped or removed the job);
    // settled() follows.
    void killOrphan(const QString& jobId);

signals:
    // A watched job's engine ended and left a checkpoint to resume from.
    void requeue(const QString& jobId);
    // A watched job is settled (or requeued); the watch is over.
    void settled(const QString& jobId);

private:
    struct Orphan {
        qint64 pid = 0;
        QDeadlineTimer deadline;
    };
    void checkOrphans();

    QPointer<JobStore> m_store;
    QString m_dataFolder;
    std::chrono::milliseconds m_grace;
    QHash<QString, Orphan> m_orphans;
    QTimer m_poll;
};

} // namespace winnow::jobs
