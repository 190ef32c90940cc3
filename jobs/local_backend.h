#pragma once

#include "jobs/job_backend.h"
#include "jobs/job_folder.h"
#include "jobs/job_log.h"
#include "jobs/local_backend_settings.h"
#include "jobs/result.h"

#include <QLockFile>
#include <QPointer>

#include <memory>

namespace winnow::jobs {

class JobRecovery;
class JobStore;
class LocalRunner;

// Runs jobs on this computer: each job is a winnow-engine child process
// (docs/jobs.md, "Local runner"). Backend id "local", "This computer".
//
//   JobStore store(path);  store.open();
//   LocalBackend local(&store, {.dataFolder = dataDir});
//   if (Result<void> started = local.start(); !started) { show started.errorString(); }
//   JobOperation* submitted = local.submit(job);
//
// start() takes the data folder's lock (one runner per data folder; a
// second app on the same folder is refused and runs nothing) and settles
// or requeues the jobs a previous runner left. Until it succeeds, every
// call fails with the reason it did not.
//
// The store must outlive the backend. Destroying the backend stops its
// running engines (see LocalBackendSettings::shutdownWait).
class LocalBackend : public JobBackend {
    Q_OBJECT

public:
    LocalBackend(JobStore* store, LocalBackendSettings settings, QObject* parent = nullptr);
    ~LocalBackend() override;

    Result<void> start();
    bool isStarted() const { return m_started; }

    QString id() const override;
    QString displayName() const override;
    BackendCapabilities capabilities() const override;

    // Stores the job PENDING, with its spec in its folder's job.json, and
    // queues it. Fails, storing nothing, when the job names no target or no
    // data, the data file does not exist, or the job folder cannot be written.
    JobOperation* submit(const Job& job) override;
    // A waiting job becomes STOPPED at once; a running one gets SIGTERM and
    // ends STOPPED, keeping its best model, or is killed after the grace
    // period. Finishes when the job has ended.
    JobOperation* stop(const QString& jobId) override;
    // Kills the job if it runs, then deletes its folder and its record.
    JobOperation* remove(const QString& jobId) override;
    // Copies the job's result files into `folder`; progress in bytes.
    JobOperation* downloadArtifacts(const QString& jobId, const QString& folder) override;

    // A new PENDING job with the spec and data of `jobId`, named
    // "<name> (copy)", queued. The operation's jobId() is the new job's.
    JobOperation* clone(const QString& jobId);
    // Applies the job's model to `inputCsv`, writing `outputCsv`.
    JobOperation* predict(const QString& jobId, const QString& inputCsv, const QString& outputCsv);

    const LocalBackendSettings& settings() const { return m_settings; }
    // Takes effect for jobs started from now on.
    void setSettings(const LocalBackendSettings& settings);
    // The memory limit in force: the settings' or the default.
    qint64 memoryLimitBytes() const;

    JobFolder jobFolder(const QString& jobId) const;
    // The engine's events and stderr for the job, for its log view.
    QList<JobLogEntry> log(const QString& jobId) const;
    // Jobs this runner is training now, and those waiting, in order.
    QStringList runningJobs() const;
    QStringList queuedJobs() const;

private:
    Result<Job> localJob(const QString& jobId) const;
    Result<void> checkDataFolderWritable() const;
    JobOperation* whenJobEnded(const QString& jobId, std::function<void()> then);

    QPointer<JobStore> m_store;
    LocalBackendSettings m_settings;
    std::unique_ptr<QLockFile> m_lock;
    LocalRunner* m_runner = nullptr;
    JobRecovery* m_recovery = nullptr;
    bool m_started = false;
    QString m_notStarted;
};

} // namespace winnow::jobs
