// What a new local runner does with the jobs a previous one left: the
// process that owned them killed outright, and each rule of recovery on
// job folders left in every state.

#include "jobs/job_folder.h"
#include "jobs/job_recovery.h"
#include "jobs/job_store.h"
#include "jobs/local_backend.h"
#include "tests/jobs/job_test_support.h"
#include "tests/jobs/local_backend_test_support.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>

using namespace winnow::jobs;
using namespace winnow::jobs::testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

bool processIsAlive(qint64 pid)
{
    QFile commandLine(u"/proc/%1/cmdline"_s.arg(pid));
    return pid > 0 && commandLine.open(QIODevice::ReadOnly) && !commandLine.readAll().isEmpty();
}

bool copyFolder(const QString& from, const QString& to)
{
    if (!QDir().mkpath(to))
        return false;
    const QDir source(from);
    for (const QString& name : source.entryList(QDir::Files)) {
        if (!QFile::copy(source.filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeJson(const QString& path, const QJsonObject& object)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(object).toJson()) > 0;
}

} // namespace

class TestLocalBackendRecovery : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tinyCsv;
    QString m_busyCsv;

    LocalBackendSettings settingsFor(const QString& dataFolder) const
    {
        LocalBackendSettings settings;
        settings.dataFolder = dataFolder;
        settings.engineBinary = engineUnderTest();
        // An engine left behind may need a while to save its model on a busy machine.
        settings.stopGracePeriod = 120s;
        return settings;
    }

    Job tinyJob() const
    {
        Job job;
        job.name = u"tiny"_s;
        job.dataPath = m_tinyCsv;
        job.spec.featureTableName = m_tinyCsv;
        job.spec.targetName = u"y"_s;
        job.spec.algorithms = {u"logistic_regression"_s};
        job.spec.maxRuntimeSeconds = 120;
        return job;
    }

    // A local job record in `status` with its folder and job.json, as a
    // runner would have left it.
    QString leaveJob(JobStore& store, const QString& dataFolder, Job job, JobStatus status)
    {
        job.setStatus(status);
        if (status == JobStatus::Running)
            job.startedAt = QDateTime::currentDateTimeUtc();
        Result<QString> id = store.add(job);
        if (!id)
            return {};
        const JobFolder folder(dataFolder, *id);
        if (!folder.create() || !folder.writeSpec(job.spec, job.dataPath))
            return {};
        return *id;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(engineIsThere(),
                 qPrintable(
                     u"WINNOW_ENGINE_BINARY must name the winnow-engine program; it is '%1'"_s.arg(
                         engineUnderTest())));
        QVERIFY(m_dir.isValid());
        m_tinyCsv = m_dir.filePath(u"tiny.csv"_s);
        m_busyCsv = m_dir.filePath(u"busy.csv"_s);
        QVERIFY(writeClassificationCsv(m_tinyCsv, 300, 4));
        QVERIFY(writeClassificationCsv(m_busyCsv, 30000, 30));
    }

    void killedOwner_jobIsSettledByTheRules()
    {
        const QString database = m_dir.filePath(u"killed/jobs.sqlite"_s);
        const QString dataFolder = m_dir.filePath(u"killed/data"_s);
        QVERIFY(QDir().mkpath(dataFolder));

        QProcess owner;
        owner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        owner.start(QStringLiteral(LOCAL_BACKEND_HELPER),
                    {database, dataFolder, engineUnderTest(), m_busyCsv});
        QVERIFY2(owner.waitForStarted(), qPrintable(owner.errorString()));
        QString jobId;
        qint64 enginePid = 0;
        const bool running = QTest::qWaitFor(
            [&] {
                while (owner.canReadLine()) {
                    const QStringList words = QString::fromUtf8(owner.readLine()).split(u' ');
                    if (words.value(0) == u"running"_s) {
                        jobId = words.value(1).trimmed();
                        enginePid = words.value(2).trimmed().toLongLong();
                    }
                }
                return !jobId.isEmpty() || owner.state() == QProcess::NotRunning;
            },
            300000);
        QVERIFY2(running && !jobId.isEmpty(), "the helper never said its job was running");
        QVERIFY(processIsAlive(enginePid));

        ::kill(pid_t(owner.processId()), SIGKILL);
        QVERIFY(owner.waitForFinished());

        // The app starts again on the same files.
        JobStore store(database);
        QVERIFY(store.open().ok());
        QCOMPARE(store.get(jobId)->status(), JobStatus::Running);
        LocalBackend backend(&store, settingsFor(dataFolder));
        const Result<void> started = backend.start();
        QVERIFY2(started.ok(), qPrintable(started.errorString())); // the dead owner's lock is stale

        const std::optional<Job> job = waitUntilEnded(store, jobId, 600000);
        QVERIFY2(job && isTerminal(job->status()), qPrintable(describe(job)));
        const JobFolder folder = backend.jobFolder(jobId);
        qInfo() << "the job ended" << job->statusText() << job->failureReason;
        switch (job->status()) {
        case JobStatus::Stopped:
        case JobStatus::Finished: {
            // The engine kept its best model when its owner died (or was resumed).
            QVERIFY(folder.hasResult());
            QCOMPARE(store.artifacts(jobId)->size(), resultFiles().size());
            QVERIFY(!store.candidates(jobId)->isEmpty());
            QVERIFY(job->bestScore);
            break;
        }
        case JobStatus::Interrupted:
            QVERIFY(!folder.hasResult() && !folder.hasCheckpoint());
            QCOMPARE(job->failureReason, interruptedReason());
            break;
        default: QFAIL(qPrintable(u"unexpected status "_s + job->statusText()));
        }
        QVERIFY2(!processIsAlive(enginePid), "the engine outlived the recovery");
    }

    void leftJobs_areSettledOrRequeuedByWhatTheirFoldersHold()
    {
        const QString database = m_dir.filePath(u"left/jobs.sqlite"_s);
        const QString dataFolder = m_dir.filePath(u"left/data"_s);
        JobStore store(database);
        QVERIFY(store.open().ok());

        // A complete result to copy from.
        QString finishedId;
        {
            LocalBackend backend(&store, settingsFor(dataFolder));
            QVERIFY(backend.start().ok());
            finishedId = waitFor(backend.submit(tinyJob())).jobId;
            const std::optional<Job> finished = waitUntilEnded(store, finishedId);
            QVERIFY2(finished && finished->status() == JobStatus::Finished,
                     qPrintable(describe(finished)));
        }
        const JobFolder finishedFolder(dataFolder, finishedId);

        // Left RUNNING with a result its engine saved when stopped.
        const QString withResult = leaveJob(store, dataFolder, tinyJob(), JobStatus::Running);
        const JobFolder resultFolder(dataFolder, withResult);
        QVERIFY(copyFolder(finishedFolder.outputFolder(), resultFolder.outputFolder()));
        QJsonObject metadata = readJson(resultFolder.metadataFile());
        QJsonObject winnow = metadata.value(u"winnow"_s).toObject();
        winnow.insert(u"stoppedEarly"_s, true);
        metadata.insert(u"winnow"_s, winnow);
        QVERIFY(writeJson(resultFolder.metadataFile(), metadata));

        // Left RUNNING with nothing but its spec.
        const QString withNothing = leaveJob(store, dataFolder, tinyJob(), JobStatus::Running);
        const QDateTime lastSignOfLife = store.get(withNothing)->updatedAt;

        // Left PENDING.
        const QString pending = leaveJob(store, dataFolder, tinyJob(), JobStatus::Pending);

        // Left RUNNING with a checkpoint: an engine killed after its first candidate.
        Job resumable = tinyJob();
        resumable.dataPath = m_busyCsv;
        resumable.spec.featureTableName = m_busyCsv;
        resumable.spec.algorithms = {u"logistic_regression"_s, u"decision_tree"_s,
                                     u"naive_bayes"_s};
        const QString withCheckpoint = leaveJob(store, dataFolder, resumable, JobStatus::Running);
        const JobFolder checkpointFolder(dataFolder, withCheckpoint);
        QProcess engine;
        engine.setStandardOutputFile(QProcess::nullDevice());
        engine.start(engineUnderTest(),
                     {u"train"_s, u"--spec"_s, checkpointFolder.specFile(), u"--out"_s,
                      checkpointFolder.outputFolder(), u"--events"_s, u"-"_s});
        QVERIFY(engine.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return checkpointFolder.hasCheckpoint(); }, 300000));
        engine.kill();
        QVERIFY(engine.waitForFinished());
        QVERIFY2(!checkpointFolder.hasResult(), "the engine finished before it could be killed");

        // Jobs recovery must not touch.
        Job done = tinyJob();
        done.setStatus(JobStatus::Finished);
        const QString finishedBefore = *store.add(done);
        Job remote = tinyJob();
        remote.backend = u"mlhub-test"_s;
        remote.remoteId = u"65395ed4506bc9b4b418f29a"_s;
        remote.setStatus(JobStatus::Running);
        const QString remoteId = *store.add(remote);
        const Job finishedBeforeJob = *store.get(finishedBefore);
        const Job remoteJob = *store.get(remoteId);

        LocalBackend backend(&store, settingsFor(dataFolder));
        const Result<void> started = backend.start();
        QVERIFY2(started.ok(), qPrintable(started.errorString()));

        const Job stopped = *store.get(withResult);
        QCOMPARE(stopped.status(), JobStatus::Stopped);
        QCOMPARE(store.artifacts(withResult)->size(), resultFiles().size());
        QCOMPARE(store.candidates(withResult)->size(),
                 readJson(QDir(resultFolder.outputFolder()).filePath(u"leaderboard.json"_s))
                     .value(u"candidates"_s)
                     .toArray()
                     .size());
        QCOMPARE(stopped.bestScore, winnow.value(u"cvScore"_s).toDouble());
        QVERIFY(stopped.endedAt.isValid());

        const Job interrupted = *store.get(withNothing);
        QCOMPARE(interrupted.status(), JobStatus::Interrupted);
        QCOMPARE(interrupted.failureReason, u"Winnow was closed while the job ran"_s);
        QCOMPARE(interrupted.endedAt, lastSignOfLife);

        QCOMPARE(*store.get(finishedBefore), finishedBeforeJob);
        QCOMPARE(*store.get(remoteId), remoteJob);

        // The pending job and the one with a checkpoint run again, the latter resumed.
        for (const QString& id : {pending, withCheckpoint}) {
            const std::optional<Job> job = waitUntilEnded(store, id, 300000);
            QVERIFY2(job && job->status() == JobStatus::Finished, qPrintable(describe(job)));
        }
        const QList<JobLogEntry> log = backend.log(withCheckpoint);
        QVERIFY(std::any_of(log.begin(), log.end(), [](const JobLogEntry& entry) {
            return entry.kind == JobLogEntry::Kind::Note && entry.text.startsWith(u"resumed"_s);
        }));
        QVERIFY(!checkpointFolder.hasCheckpoint()); // removed once the run completed
    }
};

QTEST_GUILESS_MAIN(TestLocalBackendRecovery)
#include "test_local_backend_recovery.moc"
