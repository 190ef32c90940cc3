#include "jobs/local_run.h"

#include "jobs/engine_events.h"
#include "jobs/job_event_recorder.h"
#include "jobs/job_recovery.h"
#include "jobs/job_store.h"
#include "jobs/logging.h"
#include "jobs/memory_size.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace winnow::jobs {

namespace {

QString secondaryStatusFor(JobStatus status)
{
    switch (status) {
    case JobStatus::Finished: return u"Completed"_s;
    case JobStatus::Failed: return u"Failed"_s;
    case JobStatus::Stopped: return u"Stopped"_s;
    default: return {};
    }
}

} // namespace

LocalRun::LocalRun(JobStore* store, const QString& jobId, const JobFolder& folder,
                   Settings settings, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_jobId(jobId)
    , m_folder(folder)
    , m_settings(std::move(settings))
{}

LocalRun::~LocalRun() = default;

QStringList LocalRun::messages() const
{
    return m_recorder ? m_recorder->messages() : QStringList();
}

EngineProcess* LocalRun::newEngine()
{
    if (m_engine)
        m_engine->deleteLater();
    m_engine = new EngineProcess(this);
    m_engine->setWorkingDirectory(m_folder.path());
    m_engine->setStderrLog(m_folder.stderrLog());
    return m_engine;
}

void LocalRun::start()
{
    if (m_phase != Phase::Waiting)
        return;
    Result<Job> job = m_store ? m_store->get(m_jobId)
                              : Result<Job>(Error{ErrorKind::NotFound, u"no job store"_s});
    if (!job) {
        // Removed from the history while it waited: nothing to run or record.
        qCWarning(lcJobs) << "cannot run job" << m_jobId << ":" << job.errorString();
        m_phase = Phase::Ended;
        QMetaObject::invokeMethod(
            this, [this] { emit ended(m_jobId); }, Qt::QueuedConnection);
        return;
    }
    m_job = std::move(job).value();
    if (Result<void> ready = checkCanStart(); !ready) {
        end({JobStatus::Failed, ready.errorString(), false});
        return;
    }
    estimate();
}

Result<void> LocalRun::checkCanStart()
{
    if (!m_folder.exists()) {
        return Error{ErrorKind::NotFound,
                     u"the job's folder %1 was deleted outside Winnow"_s.arg(m_folder.path())};
    }
    const QString data = m_job.dataPath.isEmpty() ? m_job.spec.featureTableName : m_job.dataPath;
    const QFileInfo dataFile(data);
    if (data.isEmpty())
        return Error{ErrorKind::InvalidArgument, u"the job names no data file"_s};
    if (!dataFile.exists()) {
        return Error{ErrorKind::NotFound,
                     u"the data file %1 does not exist (was it moved or deleted?)"_s.arg(data)};
    }
    if (!dataFile.isFile() || !dataFile.isReadable())
        return Error{ErrorKind::IoError, u"the data file %1 cannot be read"_s.arg(data)};
    if (!QFileInfo::exists(m_folder.specFile())) {
        if (Result<void> written = m_folder.writeSpec(m_job.spec, dataFile.absoluteFilePath());
            !written)
            return written;
    }
    if (m_settings.engineProgram.isEmpty())
        return Error{ErrorKind::NotFound, m_settings.engineMissing};
    return {};
}

// --- Estimate ------------------------------------------------------------------

void LocalRun::estimate()
{
    m_phase = Phase::Estimating;
    m_estimateOutput.clear();
    EngineProcess* engine = newEngine();
    connect(engine, &EngineProcess::stdoutLine, this,
            [this](const QByteArray& line) { m_estimateOutput += line + '\n'; });
    connect(engine, &EngineProcess::finished, this, &LocalRun::onEstimated);
    engine->start(m_settings.engineProgram, {u"estimate"_s, u"--spec"_s, m_folder.specFile()});
}

void LocalRun::onEstimated(const EngineExit& exit)
{
    if (m_shuttingDown) {
        endLeavingPending();
        return;
    }
    if (m_stopRequested) {
        end({JobStatus::Stopped, {}, false});
        return;
    }
    if (exit.kind != EngineExit::Kind::Exited || exit.code != exit_code::success) {
        end(outcomeOf(exit, false, false));
        return;
    }
    const QJsonObject estimate = QJsonDocument::fromJson(m_estimateOutput).object();
    const qint64 needed = qint64(estimate.value(u"memoryBytes").toDouble(-1));
    if (needed < 0) {
        // The engine's own limit still protects the machine; an estimate we
        // cannot read should not keep the job from running.
        qCWarning(lcJobs) << "job" << m_jobId
                          << "could not read the engine's estimate:" << m_estimateOutput.left(200);
    } else if (needed > m_settings.memoryLimitBytes) {
        end({JobStatus::Failed,
             u"needs about %1 of memory; the limit is %2"_s.arg(
                 formatBytes(needed), formatBytes(m_settings.memoryLimitBytes)),
             false});
        return;
    }
    train();
}

// --- Training ------------------------------------------------------------------

void LocalRun::train()
{
    m_phase = Phase::Training;
    QStringList arguments{u"train"_s,
                          u"--spec"_s,
                          m_folder.specFile(),
                          u"--out"_s,
                          m_folder.outputFolder(),
                          u"--events"_s,
                          u"-"_s,
                          u"--max-memory"_s,
                          QString::number(m_settings.memoryLimitBytes)};
    // A search a previous run left unfinished continues where it was.
    if (m_folder.hasCheckpoint() && !m_folder.hasResult())
        arguments << u"--resume"_s;

    EngineProcess* engine = newEngine();
    engine->setStdoutLog(m_folder.eventsLog());
    connect(engine, &EngineProcess::started, this, &LocalRun::onTrainingStarted);
    connect(engine, &EngineProcess::stdoutLine, this, &LocalRun::onEngineLine);
    connect(engine, &EngineProcess::finished, this, &LocalRun::onTrained);
    engine->start(m_settings.engineProgram, arguments);
}

void LocalRun::onTrainingStarted()
{
    if (Result<void> written = m_folder.writePid(m_engine->processId()); !written)
        qCWarning(lcJobs) << "job" << m_jobId << written.errorString();

    m_job.setStatus(JobStatus::Running);
    m_job.startedAt = QDateTime::currentDateTimeUtc();
    m_job.endedAt = {};
    m_job.artifactDir = m_folder.outputFolder();
    m_job.failureReason.clear();
    m_job.progress = 0.0;
    if (m_store) {
        if (Result<void> written = m_store->update(
                m_job, JobField::Status | JobField::StartedAt | JobField::EndedAt |
                           JobField::ArtifactDir | JobField::FailureReason | JobField::Progress);
            !written)
            qCWarning(lcJobs) << "job" << m_jobId << written.errorString();
    }
    m_recorder = new JobEventRecorder(m_store, m_job, this);
}

void LocalRun::onEngineLine(const QByteArray& line)
{
    const std::optional<EngineEvent> event = parseEngineEvent(line);
    if (!event) {
        qCDebug(lcJobs) << "job" << m_jobId << "ignores a line that is not an event:" << line;
        return;
    }
    if (m_recorder)
        m_recorder->record(*event);
}

void LocalRun::onTrained(const EngineExit& exit)
{
    m_folder.removePid();
    if (m_shuttingDown && exit.kind == EngineExit::Kind::Crashed) {
        // Killed because the app is closing: what it left decides, as it
        // would after a crash of the app.
        if (m_recorder)
            m_recorder->flush();
        Job left = m_recorder ? m_recorder->job() : m_job;
        if (m_store)
            settleAbandonedJob(*m_store, left, m_folder);
        m_phase = Phase::Ended;
        QMetaObject::invokeMethod(
            this, [this] { emit ended(m_jobId); }, Qt::QueuedConnection);
        return;
    }
    end(outcomeOf(exit, m_folder.hasResult(), m_stopRequested));
}

// --- Stopping ------------------------------------------------------------------

void LocalRun::stop()
{
    if (m_phase == Phase::Ended)
        return;
    m_stopRequested = true;
    switch (m_phase) {
    case Phase::Waiting: end({JobStatus::Stopped, {}, false}); break;
    case Phase::Estimating: m_engine->kill(); break;
    case Phase::Training: m_engine->stop(m_settings.stopGracePeriod); break;
    case Phase::Ended: break;
    }
}

void LocalRun::kill()
{
    if (m_phase == Phase::Ended)
        return;
    m_stopRequested = true;
    if (m_engine && m_engine->isRunning())
        m_engine->kill();
    else if (m_phase == Phase::Waiting)
        end({JobStatus::Stopped, {}, false});
}

void LocalRun::beginShutdown()
{
    if (m_phase == Phase::Ended || m_shuttingDown)
        return;
    m_shuttingDown = true;
    if (m_phase == Phase::Training) {
        m_stopRequested = true;
        m_engine->stop(m_settings.stopGracePeriod);
    }
}

void LocalRun::shutdown(const QDeadlineTimer& deadline)
{
    beginShutdown();
    switch (m_phase) {
    case Phase::Waiting: endLeavingPending(); return;
    case Phase::Ended: return;
    case Phase::Training:
        if (m_engine->waitForFinished(std::chrono::milliseconds(deadline.remainingTime())))
            return;
        break;
    case Phase::Estimating: break;
    }
    m_engine->kill();
    m_engine->waitForFinished(std::chrono::seconds(5));
}

// --- The end -------------------------------------------------------------------

void LocalRun::endLeavingPending()
{
    m_phase = Phase::Ended;
    QMetaObject::invokeMethod(
        this, [this] { emit ended(m_jobId); }, Qt::QueuedConnection);
}

void LocalRun::end(const JobOutcome& outcome)
{
    if (m_phase == Phase::Ended)
        return;
    m_phase = Phase::Ended;
    if (m_recorder)
        m_recorder->flush();
    Job job = m_recorder ? m_recorder->job() : m_job;
    job.setStatus(outcome.status);
    job.failureReason = outcome.failureReason;
    job.endedAt = QDateTime::currentDateTimeUtc();
    if (outcome.status == JobStatus::Finished)
        job.progress = 1.0;
    JobFields fields =
        JobField::Status | JobField::FailureReason | JobField::EndedAt | JobField::Progress;
    // The timeline ends with how the job ended, also when the engine could
    // not say so itself (a crash, a refusal before it started).
    if (const QString last = secondaryStatusFor(outcome.status);
        !last.isEmpty() && job.secondaryStatus != last) {
        job.secondaryStatus = last;
        fields |= JobField::SecondaryStatus;
    }
    if (outcome.keepArtifacts && m_store) {
        if (Result<void> recorded = m_store->setArtifacts(m_jobId, m_folder.resultArtifacts());
            !recorded)
            qCWarning(lcJobs) << "job" << m_jobId << recorded.errorString();
    }
    if (m_store) {
        if (Result<void> written = m_store->update(job, fields); !written)
            qCWarning(lcJobs) << "job" << m_jobId << written.errorString();
    }
    qCInfo(lcJobs) << "job" << m_jobId << "ended" << jobStatusText(outcome.status)
                   << outcome.failureReason;
    QMetaObject::invokeMethod(
        this, [this] { emit ended(m_jobId); }, Qt::QueuedConnection);
}

} // namespace winnow::jobs
