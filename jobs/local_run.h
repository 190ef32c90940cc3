#pragma once

#include "jobs/engine_outcome.h"
#include "jobs/engine_process.h"
#include "jobs/job.h"
#include "jobs/job_folder.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>

namespace winnow::jobs {

class JobEventRecorder;
class JobStore;

// One run of one local job: check it can start, ask the engine for its
// memory estimate and refuse a job that needs more than the limit, train
// it, turn its events into store updates, and record how it ended.
//
//   PENDING --estimate over the limit, bad input--> FAILED
//   PENDING --train started--> RUNNING --exit code--> FINISHED, FAILED, STOPPED
//
// ended() comes once, from the event loop, after the job's final state is
// in the store.
class LocalRun : public QObject {
    Q_OBJECT

public:
    struct Settings {
        QString engineProgram; // empty: engineMissing says why
        QString engineMissing;
        qint64 memoryLimitBytes = 0;
        std::chrono::milliseconds stopGracePeriod{15000};
    };

    LocalRun(JobStore* store, const QString& jobId, const JobFolder& folder, Settings settings,
             QObject* parent = nullptr);
    ~LocalRun() override;

    QString jobId() const { return m_jobId; }
    void start();
    // Asks the engine to stop and keep its best model; it is killed after
    // the grace period. The job ends STOPPED.
    void stop();
    // Ends the engine at once (the job is about to be removed).
    void kill();
    // For closing the app: asks the engine to stop (SIGTERM) and returns.
    void beginShutdown();
    // Then waits until `deadline` for the engine to end, and kills it if it
    // has not. A run killed here is settled as recovery would settle it
    // (see job_recovery.h); one still estimating stays PENDING. Returns once
    // the run's final state is in the store.
    void shutdown(const QDeadlineTimer& deadline);

    // Warnings and notes the engine reported, for the job's log.
    QStringList messages() const;

signals:
    void ended(const QString& jobId);

private:
    enum class Phase { Waiting, Estimating, Training, Ended };

    Result<void> checkCanStart();
    void estimate();
    void onEstimated(const EngineExit& exit);
    void train();
    void onTrainingStarted();
    void onEngineLine(const QByteArray& line);
    void onTrained(const EngineExit& exit);
    void end(const JobOutcome& outcome);
    void endLeavingPending();
    EngineProcess* newEngine();

    QPointer<JobStore> m_store;
    QString m_jobId;
    JobFolder m_folder;
    Settings m_settings;
    Job m_job;
    Phase m_phase = Phase::Waiting;
    EngineProcess* m_engine = nullptr;
    JobEventRecorder* m_recorder = nullptr;
    QByteArray m_estimateOutput;
    bool m_stopRequested = false;
    bool m_shuttingDown = false;
};

} // namespace winnow::jobs
