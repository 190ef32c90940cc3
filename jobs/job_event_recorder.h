#pragma once

#include "jobs/engine_events.h"
#include "jobs/job.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace winnow::jobs {

class JobStore;

// Writes what one job's engine reports to the JobStore (docs/jobs.md,
// "Local runner"):
//
//   status     Status RUNNING, SecondaryStatus (the store adds it to the
//              timeline), Progress, BestScore when given: written at once
//   candidate  JobStore::addCandidate, then BestScore and Progress: at once
//   progress   Progress and BestScore: coalesced, at most one write per
//              interval (250 ms), so a chatty engine costs the store little
//   warning, note   kept for the job's log; the store is not touched
//   error      FailureReason: at once
//   other types     ignored
//
// A failed store write is logged and does not stop the job: the next write
// carries the same values again.
class JobEventRecorder : public QObject {
    Q_OBJECT

public:
    JobEventRecorder(JobStore* store, const Job& job, QObject* parent = nullptr);

    // The shortest time between two progress-only writes.
    void setCoalescingInterval(std::chrono::milliseconds interval);

    void record(const EngineEvent& event);
    // Writes any coalesced progress now (before the job's final update).
    void flush();

    // "warning: ...", "note: ..." in the order they came.
    QStringList messages() const { return m_messages; }
    // The message of the last error event.
    QString lastError() const { return m_lastError; }
    // The job as last written, or as it will be once flushed.
    const Job& job() const { return m_job; }
    int storeWrites() const { return m_writes; }

private:
    void writeNow(JobFields fields);
    void writeSoon(JobFields fields);

    QPointer<JobStore> m_store;
    Job m_job;
    JobFields m_pending;
    QTimer m_timer;
    QElapsedTimer m_sinceWrite;
    std::chrono::milliseconds m_interval{250};
    QStringList m_messages;
    QString m_lastError;
    int m_writes = 0;
};

} // namespace winnow::jobs
