#pragma once

#include "jobs/local_backend_settings.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace winnow::jobs {

class JobStore;
class LocalRun;

// The queue of local jobs and the slots they run in: jobs wait in the
// order they were queued and start as slots free up
// (LocalBackendSettings::concurrentJobs, 1 by default). Each running job is
// a LocalRun.
class LocalRunner : public QObject {
    Q_OBJECT

public:
    LocalRunner(JobStore* store, const LocalBackendSettings& settings, QObject* parent = nullptr);
    ~LocalRunner() override;

    // Changes take effect for jobs started from now on; more slots start
    // waiting jobs at once.
    void setSettings(const LocalBackendSettings& settings);
    const LocalBackendSettings& settings() const { return m_settings; }

    void enqueue(const QString& jobId);
    bool isQueued(const QString& jobId) const { return m_queue.contains(jobId); }
    bool isRunning(const QString& jobId) const { return m_running.contains(jobId); }
    bool isActive(const QString& jobId) const { return isQueued(jobId) || isRunning(jobId); }
    QStringList queuedJobs() const { return m_queue; }
    QStringList runningJobs() const { return m_running.keys(); }
    // Warnings and notes of a running job, for its log.
    QStringList messages(const QString& jobId) const;

    // Stops a job: a waiting one leaves the queue as STOPPED, a running one
    // is asked to stop. jobEnded() follows. False when the job is not here.
    bool stop(const QString& jobId);
    // Ends a job at once, for its removal: a waiting one just leaves the
    // queue (its record is not touched), a running one is killed.
    // jobEnded() follows. False when the job is not here.
    bool discard(const QString& jobId);
    // Closing: no new job starts; running ones are stopped (see LocalRun::shutdown).
    void shutdown();

signals:
    // The job left the runner: its final state is in the store.
    void jobEnded(const QString& jobId);

private:
    void startWaitingJobs();
    void onRunEnded(const QString& jobId);
    void endQueued(const QString& jobId);

    QPointer<JobStore> m_store;
    LocalBackendSettings m_settings;
    QStringList m_queue;
    QHash<QString, LocalRun*> m_running;
    bool m_shutDown = false;
};

} // namespace winnow::jobs
