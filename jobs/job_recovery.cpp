#include "jobs/job_recovery.h"

#include "jobs/job_store.h"
#include "jobs/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <csignal>

using namespace Qt::StringLiterals;

namespace winnow::jobs {

namespace {

QJsonObject readJsonObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The leaderboard the engine saved, as candidates: the runner that would
// have recorded them from the events is gone.
QList<Candidate> savedCandidates(const QString& jobId, const JobFolder& folder)
{
    const QJsonObject leaderboard =
        readJsonObject(QDir(folder.outputFolder()).filePath(u"leaderboard.json"_s));
    QList<Candidate> candidates;
    for (const QJsonValue& value : leaderboard.value(u"candidates").toArray()) {
        const QJsonObject row = value.toObject();
        const QJsonObject definition = row.value(u"definition").toObject();
        // The events' pipeline: the transformers, then the learner.
        QJsonArray pipeline = definition.value(u"transformers").toArray();
        pipeline.append(QJsonObject{{u"name"_s, definition.value(u"algorithm")},
                                    {u"params"_s, definition.value(u"learnerParams")}});
        Candidate candidate;
        candidate.jobId = jobId;
        candidate.index = row.value(u"index").toInt();
        candidate.algorithm = row.value(u"algorithm").toString();
        candidate.pipeline = pipeline;
        candidate.status = row.value(u"status").toString();
        if (row.value(u"score").isDouble())
            candidate.score = row.value(u"score").toDouble();
        if (row.value(u"fitSeconds").isDouble())
            candidate.fitSeconds = row.value(u"fitSeconds").toDouble();
        candidate.message = row.value(u"message").toString();
        candidates << candidate;
    }
    return candidates;
}

void warnIfFailed(const Result<void>& result, const QString& jobId)
{
    if (!result)
        qCWarning(lcJobs) << "recovering job" << jobId << ":" << result.errorString();
}

} // namespace

QString interruptedReason()
{
    return u"Winnow was closed while the job ran"_s;
}

bool settleAbandonedJob(JobStore& store, const Job& left, const JobFolder& folder)
{
    Job job = left;
    if (folder.hasResult()) {
        const QJsonObject winnow =
            readJsonObject(folder.metadataFile()).value(u"winnow").toObject();
        const bool stoppedEarly = winnow.value(u"stoppedEarly").toBool(true);
        job.setStatus(stoppedEarly ? JobStatus::Stopped : JobStatus::Finished);
        job.secondaryStatus = stoppedEarly ? u"Stopped"_s : u"Completed"_s;
        job.failureReason.clear();
        job.endedAt = QFileInfo(folder.metadataFile()).lastModified().toUTC();
        job.artifactDir = folder.outputFolder();
        if (!stoppedEarly)
            job.progress = 1.0;
        if (winnow.value(u"cvScore").isDouble())
            job.bestScore = winnow.value(u"cvScore").toDouble();
        for (const Candidate& candidate : savedCandidates(job.id, folder))
            warnIfFailed(store.addCandidate(candidate), job.id);
        warnIfFailed(store.setArtifacts(job.id, folder.resultArtifacts()), job.id);
        warnIfFailed(store.update(job, JobField::Status | JobField::SecondaryStatus |
                                           JobField::FailureReason | JobField::EndedAt |
                                           JobField::ArtifactDir | JobField::Progress |
                                           JobField::BestScore),
                     job.id);
        return false;
    }
    if (folder.hasCheckpoint()) {
        job.setStatus(JobStatus::Pending);
        warnIfFailed(store.update(job, JobField::Status), job.id);
        return true;
    }
    job.setStatus(JobStatus::Interrupted);
    job.failureReason = interruptedReason();
    // The last sign of life the runner recorded, not the moment we noticed.
    job.endedAt = job.updatedAt.isValid() ? job.updatedAt : QDateTime::currentDateTimeUtc();
    warnIfFailed(store.update(job, JobField::Status | JobField::FailureReason | JobField::EndedAt),
                 job.id);
    return false;
}

JobRecovery::JobRecovery(JobStore* store, const QString& dataFolder,
                         std::chrono::milliseconds grace, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_dataFolder(dataFolder)
    , m_grace(grace)
{
    m_poll.setInterval(std::chrono::milliseconds(200));
    connect(&m_poll, &QTimer::timeout, this, &JobRecovery::checkOrphans);
}

Result<QStringList> JobRecovery::recover()
{
    if (!m_store)
        return Error{ErrorKind::InvalidArgument, u"no job store"_s};
    // Only the unsettled ones: a long history is not read whole at every start.
    QList<JobSummary> left;
    for (JobStatus status : {JobStatus::Pending, JobStatus::Running}) {
        JobFilter filter;
        filter.backend = localBackendId();
        filter.status = jobStatusText(status);
        Result<QList<JobSummary>> jobs =
            m_store->listAll(filter, JobSort{JobSortKey::CreatedAt, SortOrder::Ascending});
        if (!jobs)
            return jobs.error();
        left << *jobs;
    }
    std::stable_sort(left.begin(), left.end(), [](const JobSummary& a, const JobSummary& b) {
        return a.createdAt < b.createdAt;
    });

    QStringList queue;
    for (const JobSummary& summary : std::as_const(left)) {
        const JobStatus status = parseJobStatus(summary.statusText);
        if (status == JobStatus::Pending) {
            queue << summary.id;
            continue;
        }
        if (status != JobStatus::Running)
            continue;
        const JobFolder folder(m_dataFolder, summary.id);
        if (const qint64 pid = folder.liveEngineProcess()) {
            qCInfo(lcJobs) << "job" << summary.id << "still has its engine running (process" << pid
                           << "); waiting for it to end";
            m_orphans.insert(summary.id, {pid, QDeadlineTimer(m_grace)});
            continue;
        }
        Result<Job> job = m_store->get(summary.id);
        if (!job) {
            qCWarning(lcJobs) << "recovering job" << summary.id << ":" << job.errorString();
            continue;
        }
        if (settleAbandonedJob(*m_store, *job, folder))
            queue << summary.id;
    }
    if (!m_orphans.isEmpty())
        m_poll.start();
    return queue;
}

void JobRecovery::killOrphan(const QString& jobId)
{
    auto found = m_orphans.find(jobId);
    if (found == m_orphans.end())
        return;
    ::kill(pid_t(found->pid), SIGKILL);
    found->deadline = QDeadlineTimer(0);
    checkOrphans();
}

void JobRecovery::checkOrphans()
{
    const QStringList ids = m_orphans.keys();
    for (const QString& id : ids) {
        const JobFolder folder(m_dataFolder, id);
        Orphan& orphan = m_orphans[id];
        if (folder.liveEngineProcess() == orphan.pid) {
            if (orphan.deadline.hasExpired()) {
                qCWarning(lcJobs) << "job" << id << ": the engine left running did not stop in"
                                  << m_grace.count() << "ms; killing it";
                ::kill(pid_t(orphan.pid), SIGKILL);
            }
            continue;
        }
        m_orphans.remove(id);
        folder.removePid();
        bool again = false;
        if (m_store) {
            if (Result<Job> job = m_store->get(id))
                again = settleAbandonedJob(*m_store, *job, folder);
        }
        if (again)
            emit requeue(id);
        emit settled(id);
    }
    if (m_orphans.isEmpty())
        m_poll.stop();
}

} // namespace winnow::jobs
