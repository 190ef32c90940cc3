#include "jobs/job_event_recorder.h"

#include "jobs/job_store.h"
#include "jobs/logging.h"

using namespace Qt::StringLiterals;

namespace winnow::jobs {

JobEventRecorder::JobEventRecorder(JobStore* store, const Job& job, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_job(job)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobEventRecorder::flush);
}

void JobEventRecorder::setCoalescingInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
}

void JobEventRecorder::record(const EngineEvent& event)
{
    JobFields fields;
    if (event.progress && *event.progress > m_job.progress) {
        // The engine's progress never goes back; a resumed run starts from
        // its own beginning, and the bar should not jump back with it.
        m_job.progress = *event.progress;
        fields |= JobField::Progress;
    }
    if (event.bestScore && event.bestScore != m_job.bestScore) {
        m_job.bestScore = event.bestScore;
        fields |= JobField::BestScore;
    }

    switch (event.type) {
    case EngineEvent::Type::Status:
        m_job.setStatus(JobStatus::Running);
        if (!event.status.isEmpty())
            m_job.secondaryStatus = event.status;
        writeNow(fields | JobField::Status | JobField::SecondaryStatus);
        break;
    case EngineEvent::Type::Candidate: {
        Candidate candidate = event.candidate;
        candidate.jobId = m_job.id;
        if (m_store) {
            if (Result<void> added = m_store->addCandidate(candidate); !added)
                qCWarning(lcJobs) << "job" << m_job.id << added.errorString();
        }
        if (event.best && !event.bestScore && candidate.score &&
            candidate.score != m_job.bestScore) {
            m_job.bestScore = candidate.score;
            fields |= JobField::BestScore;
        }
        writeNow(fields);
        break;
    }
    case EngineEvent::Type::Progress: writeSoon(fields); break;
    case EngineEvent::Type::Warning:
        m_messages << u"warning: "_s + event.message;
        writeSoon(fields);
        break;
    case EngineEvent::Type::Note:
        m_messages << u"note: "_s + event.message;
        writeSoon(fields);
        break;
    case EngineEvent::Type::Error:
        m_lastError = event.message;
        m_job.failureReason = event.message;
        writeNow(fields | JobField::FailureReason);
        break;
    case EngineEvent::Type::Other: break;
    }
}

void JobEventRecorder::flush()
{
    m_timer.stop();
    if (m_pending != JobFields())
        writeNow({});
}

void JobEventRecorder::writeNow(JobFields fields)
{
    fields |= m_pending;
    m_pending = {};
    m_timer.stop();
    if (fields == JobFields())
        return;
    m_sinceWrite.start();
    if (!m_store)
        return;
    ++m_writes;
    if (Result<void> written = m_store->update(m_job, fields); !written) {
        qCWarning(lcJobs) << "job" << m_job.id << written.errorString();
        m_pending |= fields; // the next write tries again
    }
}

void JobEventRecorder::writeSoon(JobFields fields)
{
    m_pending |= fields;
    if (m_pending == JobFields() || m_timer.isActive())
        return;
    const qint64 waited = m_sinceWrite.isValid() ? m_sinceWrite.elapsed() : m_interval.count();
    if (waited >= m_interval.count())
        writeNow({});
    else
        m_timer.start(std::chrono::milliseconds(m_interval.count() - waited));
}

} // namespace winnow::jobs
