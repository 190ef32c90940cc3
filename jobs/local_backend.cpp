#include "jobs/local_backend.h"

#include "jobs/artifact_copy.h"
#include "jobs/engine_locator.h"
#include "jobs/job_recovery.h"
#include "jobs/job_store.h"
#include "jobs/local_runner.h"
#include "jobs/logging.h"
#include "jobs/memory_size.h"
#include "jobs/predict_operation.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;

namespace winnow::jobs {

namespace {

// An operation the backend finishes itself, when what it waits for happened.
class LocalOperation : public JobOperation {
public:
    using JobOperation::finish;
    using JobOperation::JobOperation;
    using JobOperation::setJobId;
};

// As JobStore decides it: writable by us and not made read-only by its
// owner (as root, every write is allowed, but a folder without write
// permission was made read-only on purpose).
bool isWritableFolder(const QString& path)
{
    const QFileInfo info(path);
    const QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isDir() && info.isWritable() && (info.permissions() & anyWrite);
}

QString lockFileName()
{
    return u"runner.lock"_s;
}

} // namespace

LocalBackend::LocalBackend(JobStore* store, LocalBackendSettings settings, QObject* parent)
    : JobBackend(parent)
    , m_store(store)
    , m_settings(std::move(settings))
    , m_notStarted(u"the local runner has not been started"_s)
{
    if (!m_settings.dataFolder.isEmpty())
        m_settings.dataFolder = QDir(m_settings.dataFolder).absolutePath();
}

LocalBackend::~LocalBackend()
{
    // Running engines are stopped while the store is still there to record it.
    delete m_runner;
    m_runner = nullptr;
}

QString LocalBackend::id() const
{
    return localBackendId();
}

QString LocalBackend::displayName() const
{
    return tr("This computer");
}

BackendCapabilities LocalBackend::capabilities() const
{
    return BackendCapability::Stop | BackendCapability::Predict |
           BackendCapability::DownloadArtifacts;
}

// --- Starting --------------------------------------------------------------------

Result<void> LocalBackend::start()
{
    if (m_started)
        return {};
    const auto refuse = [this](Error error) -> Result<void> {
        m_notStarted = error.message;
        return error;
    };
    if (!m_store || !m_store->isOpen())
        return refuse({ErrorKind::InvalidArgument, u"the job database is not open"_s});
    if (m_settings.dataFolder.isEmpty())
        return refuse({ErrorKind::InvalidArgument, u"no data folder was given for local jobs"_s});

    const QString jobsFolder = JobFolder::jobsFolder(m_settings.dataFolder);
    if (!QDir().mkpath(jobsFolder)) {
        return refuse({ErrorKind::IoError,
                       u"could not create the folder %1 for local jobs"_s.arg(jobsFolder)});
    }
    if (Result<void> writable = checkDataFolderWritable(); !writable)
        return refuse(writable.error());

    auto lock = std::make_unique<QLockFile>(QDir(m_settings.dataFolder).filePath(lockFileName()));
    // The lock is held for as long as the app runs; only a dead owner's is stale.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString application;
            lock->getLockInfo(&pid, &host, &application);
            return refuse(
                {ErrorKind::Busy,
                 u"another Winnow (%1, process %2 on %3) is already running the local jobs of "
                 "%4; this one runs none of them"_s
                     .arg(application.isEmpty() ? u"winnow"_s : application)
                     .arg(pid)
                     .arg(host, m_settings.dataFolder)});
        }
        return refuse(
            {ErrorKind::IoError,
             u"could not lock the data folder %1 for local jobs"_s.arg(m_settings.dataFolder)});
    }

    auto* runner = new LocalRunner(m_store, m_settings, this);
    auto* recovery =
        new JobRecovery(m_store, m_settings.dataFolder, m_settings.stopGracePeriod, this);
    Result<QStringList> queue = recovery->recover();
    if (!queue) {
        delete recovery;
        delete runner;
        return refuse(queue.error());
    }
    m_lock = std::move(lock);
    m_runner = runner;
    m_recovery = recovery;
    connect(m_recovery, &JobRecovery::requeue, m_runner, &LocalRunner::enqueue);
    for (const QString& jobId : std::as_const(*queue))
        m_runner->enqueue(jobId);
    m_started = true;
    qCInfo(lcJobs) << "local runner started on" << m_settings.dataFolder << ":" << queue->size()
                   << "jobs queued";
    return {};
}

Result<void> LocalBackend::checkDataFolderWritable() const
{
    const QString jobsFolder = JobFolder::jobsFolder(m_settings.dataFolder);
    for (const QString& folder : {m_settings.dataFolder, jobsFolder}) {
        if (!isWritableFolder(folder)) {
            return Error{ErrorKind::ReadOnly,
                         u"the folder %1 is read-only: local jobs need to write their files "
                         "there"_s.arg(folder)};
        }
    }
    return {};
}

// --- Settings and lookups ---------------------------------------------------------

void LocalBackend::setSettings(const LocalBackendSettings& settings)
{
    const QString dataFolder = m_settings.dataFolder; // fixed once started: it holds the lock
    m_settings = settings;
    if (m_started || m_settings.dataFolder.isEmpty())
        m_settings.dataFolder = dataFolder;
    else
        m_settings.dataFolder = QDir(m_settings.dataFolder).absolutePath();
    if (m_runner)
        m_runner->setSettings(m_settings);
}

qint64 LocalBackend::memoryLimitBytes() const
{
    return m_settings.memoryLimitBytes > 0 ? m_settings.memoryLimitBytes
                                           : defaultMemoryLimitBytes();
}

JobFolder LocalBackend::jobFolder(const QString& jobId) const
{
    return JobFolder(m_settings.dataFolder, jobId);
}

QList<JobLogEntry> LocalBackend::log(const QString& jobId) const
{
    return readJobLog(jobFolder(jobId));
}

QStringList LocalBackend::runningJobs() const
{
    return m_runner ? m_runner->runningJobs() : QStringList();
}

QStringList LocalBackend::queuedJobs() const
{
    return m_runner ? m_runner->queuedJobs() : QStringList();
}

Result<Job> LocalBackend::localJob(const QString& jobId) const
{
    if (!m_started)
        return Error{ErrorKind::InvalidArgument, m_notStarted};
    if (jobId.isEmpty())
        return Error{ErrorKind::InvalidArgument, u"no job was given"_s};
    Result<Job> job = m_store->get(jobId);
    if (!job)
        return job;
    if (job->backend != localBackendId()) {
        return Error{ErrorKind::InvalidArgument,
                     u"job %1 runs on %2, not on this computer"_s.arg(jobId, job->backend)};
    }
    return job;
}

// --- Submitting --------------------------------------------------------------------

JobOperation* LocalBackend::submit(const Job& given)
{
    if (!m_started)
        return JobOperation::failed(m_notStarted, this);
    if (given.spec.targetName.trimmed().isEmpty())
        return JobOperation::failed(u"the job names no target column"_s, this);
    const QString data = given.dataPath.isEmpty() ? given.spec.featureTableName : given.dataPath;
    if (data.isEmpty())
        return JobOperation::failed(u"the job names no data file"_s, this);
    const QFileInfo dataFile(data);
    if (!dataFile.exists()) {
        return JobOperation::failed(u"the data file %1 does not exist"_s.arg(data), this);
    }
    if (!dataFile.isFile() || !dataFile.isReadable())
        return JobOperation::failed(u"the data file %1 cannot be read"_s.arg(data), this);
    if (Result<void> writable = checkDataFolderWritable(); !writable)
        return JobOperation::failed(writable.errorString(), this);

    Job job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.backend = localBackendId();
    job.name = given.name;
    job.tags = given.tags;
    job.spec = given.spec;
    job.dataPath = dataFile.absoluteFilePath();
    job.spec.featureTableName = job.dataPath;
    job.setStatus(JobStatus::Pending);

    const JobFolder folder = jobFolder(job.id);
    Result<void> prepared = folder.create();
    if (prepared)
        prepared = folder.writeSpec(job.spec, job.dataPath);
    if (prepared) {
        if (Result<QString> added = m_store->add(job); !added)
            prepared = added.error();
    }
    if (!prepared) {
        // Nothing half-made stays behind: no folder without a record.
        if (Result<void> removed = folder.remove(); !removed)
            qCWarning(lcJobs) << removed.errorString();
        return JobOperation::failed(prepared.errorString(), this);
    }

    m_runner->enqueue(job.id);
    auto* operation = new LocalOperation(this);
    operation->setJobId(job.id);
    operation->finish(true);
    return operation;
}

JobOperation* LocalBackend::clone(const QString& jobId)
{
    Result<Job> original = localJob(jobId);
    if (!original)
        return JobOperation::failed(original.errorString(), this);
    Job copy;
    const QString name = original->name.isEmpty() ? original->displayName() : original->name;
    copy.name = tr("%1 (copy)").arg(name);
    copy.spec = original->spec;
    copy.dataPath = original->dataPath;
    copy.tags = original->tags;
    return submit(copy);
}

// --- Stopping and removing ---------------------------------------------------------

JobOperation* LocalBackend::whenJobEnded(const QString& jobId, std::function<void()> then)
{
    auto* operation = new LocalOperation(this);
    operation->setJobId(jobId);
    auto done = [operation, jobId, then](const QString& ended) {
        if (ended != jobId || operation->isFinished())
            return;
        if (then)
            then();
        operation->finish(true);
    };
    connect(m_runner, &LocalRunner::jobEnded, operation, done);
    connect(m_recovery, &JobRecovery::settled, operation, done);
    return operation;
}

JobOperation* LocalBackend::stop(const QString& jobId)
{
    Result<Job> job = localJob(jobId);
    if (!job)
        return JobOperation::failed(job.errorString(), this);
    if (m_runner->isActive(jobId)) {
        JobOperation* operation = whenJobEnded(jobId, {});
        m_runner->stop(jobId);
        return operation;
    }
    if (m_recovery->isWatching(jobId)) {
        // Its engine, left by a runner that died, is already saving its
        // best model (it got SIGTERM then); the job is settled once it ends.
        return whenJobEnded(jobId, {});
    }
    return JobOperation::failed(
        u"job %1 is not running: it is %2"_s.arg(job->displayName(), job->statusText()), this);
}

JobOperation* LocalBackend::remove(const QString& jobId)
{
    Result<Job> job = localJob(jobId);
    if (!job)
        return JobOperation::failed(job.errorString(), this);

    auto* operation = new LocalOperation(this);
    operation->setJobId(jobId);
    auto removeFilesAndRecord = [this, operation, jobId] {
        if (operation->isFinished())
            return;
        if (Result<void> removed = jobFolder(jobId).remove(); !removed) {
            operation->finish(false, removed.errorString());
            return;
        }
        if (m_store) {
            if (Result<void> removed = m_store->remove(jobId); !removed) {
                operation->finish(false, removed.errorString());
                return;
            }
        }
        operation->finish(true);
    };
    auto whenEnded = [jobId, removeFilesAndRecord](const QString& ended) {
        if (ended == jobId)
            removeFilesAndRecord();
    };

    if (m_runner->isActive(jobId)) {
        connect(m_runner, &LocalRunner::jobEnded, operation, whenEnded);
        m_runner->discard(jobId);
    } else if (m_recovery->isWatching(jobId)) {
        connect(m_recovery, &JobRecovery::settled, operation, whenEnded);
        m_recovery->killOrphan(jobId);
    } else {
        removeFilesAndRecord();
    }
    return operation;
}

// --- Results -------------------------------------------------------------------------

JobOperation* LocalBackend::downloadArtifacts(const QString& jobId, const QString& folder)
{
    Result<Job> job = localJob(jobId);
    if (!job)
        return JobOperation::failed(job.errorString(), this);
    const JobFolder jobFiles = jobFolder(jobId);
    if (!jobFiles.exists()) {
        return JobOperation::failed(
            u"the results of %1 are gone: its folder %2 was deleted outside Winnow"_s.arg(
                job->displayName(), jobFiles.path()),
            this);
    }
    Result<QList<Artifact>> artifacts = m_store->artifacts(jobId);
    if (!artifacts)
        return JobOperation::failed(artifacts.errorString(), this);
    if (artifacts->isEmpty()) {
        return JobOperation::failed(u"%1 has no results to download (it is %2)"_s.arg(
                                        job->displayName(), job->statusText()),
                                    this);
    }
    QList<ArtifactCopy::File> files;
    for (const Artifact& artifact : std::as_const(*artifacts)) {
        const QFileInfo file(artifact.location);
        if (!file.isFile()) {
            return JobOperation::failed(
                u"the result file %1 of %2 is missing: it was deleted outside Winnow"_s.arg(
                    artifact.location, job->displayName()),
                this);
        }
        files << ArtifactCopy::File{file.absoluteFilePath(), file.fileName()};
    }
    return new ArtifactCopy(jobId, files, folder, this);
}

JobOperation* LocalBackend::predict(const QString& jobId, const QString& inputCsv,
                                    const QString& outputCsv)
{
    Result<Job> job = localJob(jobId);
    if (!job)
        return JobOperation::failed(job.errorString(), this);
    const JobFolder folder = jobFolder(jobId);
    if (!folder.hasResult()) {
        return JobOperation::failed(u"%1 has no trained model to predict with (it is %2)"_s.arg(
                                        job->displayName(), job->statusText()),
                                    this);
    }
    Result<QString> engine = EngineLocator(m_settings.engineBinary).locate();
    if (!engine)
        return JobOperation::failed(engine.errorString(), this);
    return new PredictOperation(jobId, *engine, folder.outputFolder(),
                                QFileInfo(inputCsv).absoluteFilePath(),
                                QFileInfo(outputCsv).absoluteFilePath(), this);
}

} // namespace winnow::jobs
