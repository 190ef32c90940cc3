#include "jobs/local_runner.h"

#include "jobs/engine_locator.h"
#include "jobs/job_folder.h"
#include "jobs/job_store.h"
#include "jobs/local_run.h"
#include "jobs/logging.h"
#include "jobs/memory_size.h"

#include <QDeadlineTimer>

using namespace Qt::StringLiterals;

namespace winnow::jobs {

LocalRunner::LocalRunner(JobStore* store, const LocalBackendSettings& settings, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
{}

LocalRunner::~LocalRunner()
{
    shutdown();
}

void LocalRunner::setSettings(const LocalBackendSettings& settings)
{
    m_settings = settings;
    startWaitingJobs();
}

QStringList LocalRunner::messages(const QString& jobId) const
{
    const LocalRun* run = m_running.value(jobId);
    return run ? run->messages() : QStringList();
}

void LocalRunner::enqueue(const QString& jobId)
{
    if (m_shutDown || isActive(jobId))
        return;
    m_queue << jobId;
    // From the event loop, so that a caller storing several jobs queues them
    // all before the first one starts.
    QMetaObject::invokeMethod(this, &LocalRunner::startWaitingJobs, Qt::QueuedConnection);
}

void LocalRunner::startWaitingJobs()
{
    const int capacity = std::max(1, m_settings.concurrentJobs);
    while (!m_shutDown && !m_queue.isEmpty() && m_running.size() < capacity) {
        const QString jobId = m_queue.takeFirst();

        LocalRun::Settings settings;
        // Looked up for every job, so that an engine installed or moved
        // while Winnow runs is found.
        Result<QString> engine = EngineLocator(m_settings.engineBinary).locate();
        if (engine)
            settings.engineProgram = *engine;
        else
            settings.engineMissing = engine.errorString();
        settings.memoryLimitBytes = m_settings.memoryLimitBytes > 0 ? m_settings.memoryLimitBytes
                                                                    : defaultMemoryLimitBytes();
        settings.stopGracePeriod = m_settings.stopGracePeriod;

        auto* run =
            new LocalRun(m_store, jobId, JobFolder(m_settings.dataFolder, jobId), settings, this);
        m_running.insert(jobId, run);
        connect(run, &LocalRun::ended, this, &LocalRunner::onRunEnded);
        run->start();
    }
}

void LocalRunner::onRunEnded(const QString& jobId)
{
    if (LocalRun* run = m_running.take(jobId))
        run->deleteLater();
    emit jobEnded(jobId);
    startWaitingJobs();
}

void LocalRunner::endQueued(const QString& jobId)
{
    m_queue.removeAll(jobId);
    QMetaObject::invokeMethod(
        this, [this, jobId] { emit jobEnded(jobId); }, Qt::QueuedConnection);
}

bool LocalRunner::stop(const QString& jobId)
{
    if (LocalRun* run = m_running.value(jobId)) {
        run->stop();
        return true;
    }
    if (!isQueued(jobId))
        return false;
    if (m_store) {
        if (Result<Job> job = m_store->get(jobId)) {
            job->setStatus(JobStatus::Stopped);
            job->endedAt = QDateTime::currentDateTimeUtc();
            if (Result<void> written = m_store->update(*job, JobField::Status | JobField::EndedAt);
                !written)
                qCWarning(lcJobs) << "job" << jobId << written.errorString();
        }
    }
    endQueued(jobId);
    return true;
}

bool LocalRunner::discard(const QString& jobId)
{
    if (LocalRun* run = m_running.value(jobId)) {
        run->kill();
        return true;
    }
    if (!isQueued(jobId))
        return false;
    endQueued(jobId);
    return true;
}

void LocalRunner::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    m_queue.clear(); // they stay PENDING, and the next runner queues them again
    // Every engine gets its SIGTERM first, so they save their models side by side.
    const QList<LocalRun*> runs = m_running.values();
    for (LocalRun* run : runs)
        run->beginShutdown();
    const QDeadlineTimer deadline(m_settings.shutdownWait);
    for (LocalRun* run : runs)
        run->shutdown(deadline);
}

} // namespace winnow::jobs
