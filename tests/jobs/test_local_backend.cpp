// The local runner with the real winnow-engine: jobs from submission to
// their end, the queue, stop, crash, memory limits, and every operation.

#include "jobs/engine_locator.h"
#include "jobs/job_folder.h"
#include "jobs/job_store.h"
#include "jobs/local_backend.h"
#include "jobs/memory_size.h"
#include "tests/jobs/job_test_support.h"
#include "tests/jobs/local_backend_test_support.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>
#include <sys/resource.h>

using namespace winnow::jobs;
using namespace winnow::jobs::testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QStringList artifactKinds(const QList<Artifact>& artifacts)
{
    QStringList kinds;
    for (const Artifact& artifact : artifacts)
        kinds << artifact.kind;
    kinds.sort();
    return kinds;
}

QStringList allResultKinds()
{
    QStringList kinds;
    for (const ResultFile& file : resultFiles())
        kinds << file.kind;
    kinds.sort();
    return kinds;
}

// The engine's own estimate for a job, as the runner reads it.
QJsonObject engineEstimate(const QString& specFile)
{
    QProcess engine;
    engine.start(engineUnderTest(), {u"estimate"_s, u"--spec"_s, specFile});
    if (!engine.waitForFinished(120000) || engine.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(engine.readAllStandardOutput()).object();
}

bool processIsAlive(qint64 pid)
{
    QFile commandLine(u"/proc/%1/cmdline"_s.arg(pid));
    return pid > 0 && commandLine.open(QIODevice::ReadOnly) && !commandLine.readAll().isEmpty();
}

qint64 enginePid(const JobFolder& folder)
{
    QFile file(folder.pidFile());
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

} // namespace

class TestLocalBackend : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_shared; // data every test may read
    QString m_tinyCsv;
    QString m_busyCsv;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<LocalBackend> m_backend;

    LocalBackendSettings settings() const
    {
        LocalBackendSettings settings;
        settings.dataFolder = m_dir->filePath(u"data"_s);
        settings.engineBinary = engineUnderTest();
        settings.stopGracePeriod = 60s;
        return settings;
    }

    // Starts a backend on the test's store, with `settings`.
    LocalBackend* startBackend(const LocalBackendSettings& settings)
    {
        m_backend = std::make_unique<LocalBackend>(m_store.get(), settings);
        const Result<void> started = m_backend->start();
        if (!started)
            qWarning() << "the local backend did not start:" << started.errorString();
        return started ? m_backend.get() : nullptr;
    }

    // 300 rows, one quick learner: done in about a second.
    Job tinyJob(const QString& name = u"tiny"_s) const
    {
        Job job;
        job.name = name;
        job.dataPath = m_tinyCsv;
        job.spec.targetName = u"y"_s;
        job.spec.algorithms = {u"logistic_regression"_s};
        job.spec.maxRuntimeSeconds = 120;
        job.spec.seed = 7;
        return job;
    }

    // 30 000 rows of 30 columns and a long budget: busy for many seconds,
    // after a quick first candidate (the engine tries them in this order).
    Job busyJob() const
    {
        Job job;
        job.name = u"busy"_s;
        job.dataPath = m_busyCsv;
        job.spec.targetName = u"y"_s;
        job.spec.algorithms = {u"logistic_regression"_s, u"linear_svm"_s, u"knn"_s,
                               u"decision_tree"_s, u"naive_bayes"_s};
        job.spec.maxRuntimeSeconds = 900;
        return job;
    }

    QString submitOk(LocalBackend* backend, const Job& job)
    {
        const OperationResult submitted = waitFor(backend->submit(job));
        if (!submitted.ok)
            qWarning() << "submit failed:" << submitted.error;
        return submitted.ok ? submitted.jobId : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(engineIsThere(),
                 qPrintable(
                     u"WINNOW_ENGINE_BINARY must name the winnow-engine program; it is '%1'"_s.arg(
                         engineUnderTest())));
        QVERIFY(m_shared.isValid());
        m_tinyCsv = m_shared.filePath(u"tiny.csv"_s);
        m_busyCsv = m_shared.filePath(u"busy.csv"_s);
        QVERIFY(writeClassificationCsv(m_tinyCsv, 300, 4));
        QVERIFY(writeClassificationCsv(m_busyCsv, 30000, 30));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<JobStore>(m_dir->filePath(u"jobs.sqlite"_s));
        const Result<void> opened = m_store->open();
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    }

    void cleanup()
    {
        m_backend.reset(); // before the store it writes to
        m_store.reset();
        m_dir.reset();
    }

    void backend_describesItself()
    {
        LocalBackend backend(m_store.get(), settings());
        QCOMPARE(backend.id(), u"local"_s);
        QCOMPARE(backend.displayName(), u"This computer"_s);
        QCOMPARE(backend.capabilities(), BackendCapability::Stop | BackendCapability::Predict |
                                             BackendCapability::DownloadArtifacts);
        QCOMPARE(backend.settings().concurrentJobs, 1);
        QCOMPARE(backend.memoryLimitBytes(), defaultMemoryLimitBytes());
        QCOMPARE(LocalBackendSettings().stopGracePeriod, 15s);
    }

    void tinyJob_goesFromPendingToFinishedWithItsResults()
    {
        LocalBackend* backend = startBackend(settings());
        QVERIFY(backend);
        QStringList statuses; // as the store's signals report them
        QString addedStatus;
        connect(m_store.get(), &JobStore::jobAdded, this,
                [&](const QString& id) { addedStatus = m_store->get(id)->statusText(); });
        connect(m_store.get(), &JobStore::jobChanged, this,
                [&](const QString& id, JobFields fields) {
                    if (fields.testFlag(JobField::Status))
                        statuses << m_store->get(id)->statusText();
                });
        QSignalSpy candidateAdded(m_store.get(), &JobStore::candidateAdded);
        QSignalSpy artifactsChanged(m_store.get(), &JobStore::jobChanged);

        const QString id = submitOk(backend, tinyJob());
        QVERIFY(!id.isEmpty());
        QCOMPARE(addedStatus, u"PENDING"_s);

        const std::optional<Job> job = waitUntilEnded(*m_store, id);
        QVERIFY2(job && job->status() == JobStatus::Finished, qPrintable(describe(job)));
        QCOMPARE(statuses, QStringList({u"RUNNING"_s, u"FINISHED"_s}));

        const JobFolder folder = backend->jobFolder(id);
        QCOMPARE(job->dataPath, QFileInfo(m_tinyCsv).absoluteFilePath());
        QCOMPARE(job->spec.featureTableName, job->dataPath);
        QCOMPARE(job->artifactDir, folder.outputFolder());
        QCOMPARE(job->progress, 1.0);
        QVERIFY(job->failureReason.isEmpty());
        QVERIFY(job->startedAt.isValid());
        QVERIFY(job->endedAt >= job->startedAt);
        QVERIFY(job->bestScore);
        QStringList phases;
        for (const TimelineEntry& entry : job->timeline)
            phases << entry.secondaryStatus;
        QVERIFY2(phases.contains(u"ModelTuning"_s) && phases.last() == u"Completed"_s,
                 qPrintable(phases.join(u", "_s)));

        // The spec the engine read names the data file.
        QFile spec(folder.specFile());
        QVERIFY(spec.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(spec.readAll())
                     .object()
                     .value(u"featureTableName"_s)
                     .toString(),
                 job->dataPath);

        const QList<Artifact> artifacts = *m_store->artifacts(id);
        QCOMPARE(artifactKinds(artifacts), allResultKinds());
        for (const Artifact& artifact : artifacts) {
            QVERIFY2(QFileInfo(artifact.location).isFile(), qPrintable(artifact.location));
            QCOMPARE(artifact.size, QFileInfo(artifact.location).size());
        }

        // Every candidate the engine reported is in the leaderboard.
        const QList<Candidate> candidates = *m_store->candidates(id);
        QVERIFY(!candidates.isEmpty());
        QCOMPARE(candidateAdded.size(), candidates.size());
        QFile leaderboard(QDir(folder.outputFolder()).filePath(u"leaderboard.json"_s));
        QVERIFY(leaderboard.open(QIODevice::ReadOnly));
        QCOMPARE(qsizetype(candidates.size()), QJsonDocument::fromJson(leaderboard.readAll())
                                                   .object()
                                                   .value(u"candidates"_s)
                                                   .toArray()
                                                   .size());
        QCOMPARE(candidates.first().algorithm, u"logistic_regression"_s);

        // The log: the events the engine wrote, with its warning about few rows.
        const QList<JobLogEntry> log = backend->log(id);
        QVERIFY(std::any_of(log.begin(), log.end(), [](const JobLogEntry& entry) {
            return entry.kind == JobLogEntry::Kind::Warning && entry.text.contains(u"300 rows"_s);
        }));
        QVERIFY(!QFileInfo::exists(folder.pidFile()));
    }

    void wrongTarget_failsWithTheEnginesMessage()
    {
        LocalBackend* backend = startBackend(settings());
        QVERIFY(backend);
        Job job = tinyJob();
        job.spec.targetName = u"nope"_s;
        const QString id = submitOk(backend, job);
        QVERIFY(!id.isEmpty());
        const std::optional<Job> ended = waitUntilEnded(*m_store, id);
        QVERIFY2(ended && ended->status() == JobStatus::Failed, qPrintable(describe(ended)));
        QVERIFY2(ended->failureReason.contains(u"'nope'"_s) &&
                     ended->failureReason.contains(u"not a column"_s),
                 qPrintable(ended->failureReason));
        QVERIFY(!ended->failureReason.startsWith(u"winnow-engine:"_s));
        // The reason is the engine's own last message on stderr.
        QFile stderrLog(backend->jobFolder(id).stderrLog());
        QVERIFY(stderrLog.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(stderrLog.readAll()).contains(ended->failureReason));
        QVERIFY(m_store->artifacts(id)->isEmpty());
        QCOMPARE(ended->secondaryStatus, u"Failed"_s);
    }

    void stop_endsStoppedWithItsModelOrWithoutOne()
    {
        LocalBackend* backend = startBackend(settings());
        QVERIFY(backend);
        QSignalSpy candidateAdded(m_store.get(), &JobStore::candidateAdded);
        const QString id = submitOk(backend, busyJob());
        QVERIFY(!id.isEmpty());
        const std::optional<Job> running = waitForJob(
            *m_store, id, [](const Job& job) { return job.status() != JobStatus::Pending; });
        QVERIFY2(running && running->status() == JobStatus::Running, qPrintable(describe(running)));
        QVERIFY(running->startedAt.isValid());
        // Give it the chance of a first candidate, so that there is a model to keep.
        (void)QTest::qWaitFor([&] { return candidateAdded.size() > 0; }, 60000);

        const OperationResult stopped = waitFor(backend->stop(id), 180000);
        QVERIFY2(stopped.ok, qPrintable(stopped.error));
        const Job job = *m_store->get(id);
        QCOMPARE(job.status(), JobStatus::Stopped);
        QVERIFY(job.failureReason.isEmpty());
        QVERIFY(job.endedAt.isValid());
        QCOMPARE(job.secondaryStatus, u"Stopped"_s);
        const JobFolder folder = backend->jobFolder(id);
        if (folder.hasResult()) {
            QCOMPARE(artifactKinds(*m_store->artifacts(id)), allResultKinds());
        } else {
            QVERIFY(m_store->artifacts(id)->isEmpty());
        }
        qInfo() << "stopped after" << candidateAdded.size() << "candidates,"
                << (folder.hasResult() ? "with" : "without") << "a model";

        // Stopping it again says why not.
        const OperationResult again = waitFor(backend->stop(id));
        QVERIFY(!again.ok);
        QVERIFY2(again.error.contains(u"not running"_s), qPrintable(again.error));
    }

    void stoppingTwice_isStillOneGracefulStop()
    {
        // An impatient second click must not turn "stop and keep the best
        // model" into "kill": the engine takes a second SIGTERM as the latter.
        LocalBackend* backend = startBackend(settings());
        QVERIFY(backend);
        QSignalSpy candidateAdded(m_store.get(), &JobStore::candidateAdded);
        const QString id = submitOk(backend, busyJob());
        QVERIFY(!id.isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return candidateAdded.size() > 0; }, 120000));

        JobOperation* first = backend->stop(id);
        bool secondEnded = false;
        connect(backend->stop(id), &JobOperation::finished, this,
                [&secondEnded] { secondEnded = true; });
        const OperationResult stopped = waitFor(first, 180000);
        QVERIFY2(stopped.ok, qPrintable(stopped.error));
        QVERIFY(QTest::qWaitFor([&] { return secondEnded; }, 10000));
        const Job job = *m_store->get(id);
        QCOMPARE(job.status(), JobStatus::Stopped);
        QVERIFY2(backend->jobFolder(id).hasResult(),
                 "the engine was killed instead of saving its best model");
        QCOMPARE(artifactKinds(*m_store->artifacts(id)), allResultKinds());
    }

    void closingTheApp_stopsRunningJobsOrLeavesThemToRecovery()
    {
        // With time to stop, the engine saves its best model.
        LocalBackendSettings patient = settings();
        patient.shutdownWait = 120s;
        LocalBackend* backend = startBackend(patient);
        QVERIFY(backend);
        QSignalSpy candidateAdded(m_store.get(), &JobStore::candidateAdded);
        const QString saved = submitOk(backend, busyJob());
        QVERIFY(QTest::qWaitFor([&] { return candidateAdded.size() > 0; }, 120000));
        const JobFolder savedFolder = backend->jobFolder(saved);
        const qint64 savedPid = enginePid(savedFolder);
        m_backend.reset();
        const Job stopped = *m_store->get(saved);
        QCOMPARE(stopped.status(), JobStatus::Stopped);
        QCOMPARE(savedFolder.hasResult(), !m_store->artifacts(saved)->isEmpty());
        QVERIFY(!processIsAlive(savedPid));

        // Without, it is killed, and the job settled as recovery would.
        LocalBackendSettings hasty = settings();
        hasty.shutdownWait = 0ms;
        backend = startBackend(hasty);
        QVERIFY(backend);
        const QString killed = submitOk(backend, busyJob());
        const JobFolder killedFolder = backend->jobFolder(killed);
        QVERIFY(QTest::qWaitFor([&] { return enginePid(killedFolder) > 0; }, 120000));
        const qint64 killedPid = enginePid(killedFolder);
        const QStringList waiting{submitOk(backend, tinyJob())};
        m_backend.reset();
        const Job left = *m_store->get(killed);
        switch (left.status()) {
        case JobStatus::Pending: QVERIFY(killedFolder.hasCheckpoint()); break; // resumed next time
        case JobStatus::Stopped: // it stopped by itself before the kill
            QCOMPARE(killedFolder.hasResult(), !m_store->artifacts(killed)->isEmpty());
            break;
        case JobStatus::Interrupted:
            QVERIFY(!killedFolder.hasCheckpoint() && !killedFolder.hasResult());
            break;
        default: QFAIL(qPrintable(u"unexpected status "_s + left.statusText()));
        }
        QVERIFY(!processIsAlive(killedPid));
        QCOMPARE(m_store->get(waiting.first())->status(), JobStatus::Pending);
    }

    void crashedEngine_failsAsEngineCrashed()
    {
        LocalBackend* backend = startBackend(settings());
        QVERIFY(backend);
        const QString id = submitOk(backend, busyJob());
        const JobFolder folder = backend->jobFolder(id);
        QVERIFY(QTest::qWaitFor([&] { return enginePid(folder) > 0; }, 120000));
        const qint64 pid = enginePid(folder);
        QVERIFY(::kill(pid_t(pid), SIGSEGV) == 0);

        const std::optional<Job> job = waitUntilEnded(*m_store, id);
        QVERIFY2(job && job->status() == JobStatus::Failed, qPrintable(describe(job)));
        QVERIFY2(job->failureReason.startsWith(u"engine crashed (signal %1"_s.arg(SIGSEGV)),
                 qPrintable(job->failureReason));
        // The runner goes on: the next job runs.
        const QString next = submitOk(backend, tinyJob());
        const std::optional<Job> nextJob = waitUntilEnded(*m_store, next);
        QVERIFY2(nextJob && nextJob->status() == JobStatus::Finished,
                 qPrintable(describe(nextJob)));
    }

    void estimateOverTheLimit_isRefusedBeforeStarting()
    {
        LocalBackendSettings limited = settings();
        limited.memoryLimitBytes = 10 * 1024 * 1024;
        LocalBackend* backend = startBackend(limited);
        QVERIFY(backend);
        QStringList statuses;
        connect(m_store.get(), &JobStore::jobChanged, this,
                [&](const QString& id, JobFields fields) {
                    if (fields.testFlag(JobField::Status))
                        statuses << m_store->get(id)->statusText();
                });
        const QString id = submitOk(backend, tinyJob());
        const std::optional<Job> job = waitUntilEnded(*m_store, id);
        QVERIFY2(job && job->status() == JobStatus::Failed, qPrintable(describe(job)));
        QCOMPARE(statuses, QStringList{u"FAILED"_s}); // never RUNNING

        const QJsonObject estimate = engineEstimate(backend->jobFolder(id).specFile());
        QVERIFY2(!estimate.isEmpty(), "winnow-engine estimate gave no answer");
        QCOMPARE(job->failureReason, u"needs about %1 of memory; the limit is 10 MB"_s.arg(
                                         estimate.value(u"memory"_s).toString()));
        QVERIFY(!job->startedAt.isValid());
        QVERIFY(!QFileInfo::exists(backend->jobFolder(id).outputFolder()));
    }

    void limitAboveTheEstimateButTooSmall_failsOutOfMemory()
    {
        const QString csv = m_dir->filePath(u"looks-small.csv"_s);
        QVERIFY(writeTableThatLooksSmall(csv));
        LocalBackendSettings limited = settings();
        limited.memoryLimitBytes = 300'000'000;
        LocalBackend* backend = startBackend(limited);
        QVERIFY(backend);
        Job job = tinyJob();
        job.dataPath = csv;
        const QString id = submitOk(backend, job);
        QVERIFY(!id.isEmpty());

        const QJsonObject estimate = engineEstimate(backend->jobFolder(id).specFile());
        QVERIFY2(estimate.value(u"memoryBytes"_s).toDouble() < 300'000'000,
                 "the data must look smaller than the limit to the engine's estimate");

        const std::optional<Job> ended = waitUntilEnded(*m_store, id, 300000);
        QVERIFY2(ended && ended->status() == JobStatus::Failed, qPrintable(describe(ended)));
        QVERIFY2(ended->failureReason.startsWith(u"out of memory: needed about"_s),
                 qPrintable(ended->failureReason));
        QVERIFY(ended->startedAt.isValid()); // it did start: the estimate let it
    }

    void queue_runsOneJobAtATimeByDefault()
    {
        LocalBackend* backend = startBackend(settings());
        QVERIFY(backend);
        int running = 0;
        int mostAtOnce = 0;
        QHash<QString, QString> lastStatus;
        connect(m_store.get(), &JobStore::jobChanged, this,
                [&](const QString& id, JobFields fields) {
                    if (!fields.testFlag(JobField::Status))
                        return;
                    const QString status = m_store->get(id)->statusText();
                    if (status == u"RUNNING"_s && lastStatus.value(id) != status)
                        ++running;
                    else if (lastStatus.value(id) == u"RUNNING"_s && status != u"RUNNING"_s)
                        --running;
                    lastStatus[id] = status;
                    mostAtOnce = std::max(mostAtOnce, running);
                });
        const QStringList ids{submitOk(backend, tinyJob(u"first"_s)),
                              submitOk(backend, tinyJob(u"second"_s)),
                              submitOk(backend, tinyJob(u"third"_s))};
        QVERIFY(backend->runningJobs().size() <= 1);
        QList<Job> jobs;
        for (const QString& id : ids) {
            const std::optional<Job> job = waitUntilEnded(*m_store, id);
            QVERIFY2(job && job->status() == JobStatus::Finished, qPrintable(describe(job)));
            jobs << *job;
        }
        QCOMPARE(mostAtOnce, 1);
        // In the order they were submitted, each after the one before it.
        QVERIFY(jobs[1].startedAt >= jobs[0].endedAt);
        QVERIFY(jobs[2].startedAt >= jobs[1].endedAt);
    }

    void moreSlots_startWaitingJobsAtOnce()
    {
        LocalBackend* backend = startBackend(settings());
        QVERIFY(backend);
        const QString first = submitOk(backend, busyJob());
        const QString second = submitOk(backend, busyJob());
        const auto isRunning = [](const Job& job) { return job.status() == JobStatus::Running; };
        QVERIFY(waitForJob(*m_store, first, isRunning).value().status() == JobStatus::Running);
        QCOMPARE(backend->queuedJobs(), QStringList{second});
        QCOMPARE(m_store->get(second)->status(), JobStatus::Pending);

        LocalBackendSettings twoSlots = backend->settings();
        twoSlots.concurrentJobs = 2;
        backend->setSettings(twoSlots);
        const std::optional<Job> started = waitForJob(*m_store, second, isRunning);
        QVERIFY2(started && started->status() == JobStatus::Running, qPrintable(describe(started)));
        QCOMPARE(m_store->get(first)->status(), JobStatus::Running); // side by side
        QCOMPARE(backend->runningJobs().size(), 2);

        for (const QString& id : {first, second}) {
            const OperationResult removed = waitFor(backend->remove(id));
            QVERIFY2(removed.ok, qPrintable(removed.error));
        }
    }

    void remove_deletesTheFolderAndTheRecord()
    {
        LocalBackend* backend = startBackend(settings());
        QVERIFY(backend);
        QSignalSpy removed(m_store.get(), &JobStore::jobRemoved);

        const QString finished = submitOk(backend, tinyJob());
        QVERIFY(waitUntilEnded(*m_store, finished));
        QVERIFY(backend->jobFolder(finished).exists());
        const OperationResult first = waitFor(backend->remove(finished));
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(!backend->jobFolder(finished).exists());
        QCOMPARE(m_store->get(finished).error().kind, ErrorKind::NotFound);
        QCOMPARE(removed.size(), 1);

        // A running job is ended first.
        const QString busy = submitOk(backend, busyJob());
        const JobFolder folder = backend->jobFolder(busy);
        QVERIFY(QTest::qWaitFor([&] { return enginePid(folder) > 0; }, 120000));
        const qint64 pid = enginePid(folder);
        const OperationResult second = waitFor(backend->remove(busy));
        QVERIFY2(second.ok, qPrintable(second.error));
        QVERIFY(!folder.exists());
        QCOMPARE(m_store->get(busy).error().kind, ErrorKind::NotFound);
        QVERIFY(!processIsAlive(pid));

        const OperationResult third = waitFor(backend->remove(busy));
        QVERIFY(!third.ok);
        QVERIFY2(third.error.contains(busy), qPrintable(third.error));
    }

    void clone_queuesACopyOfTheSpec()
    {
        LocalBackend* backend = startBackend(settings());
        QVERIFY(backend);
        Job original = tinyJob(u"churn model"_s);
        original.tags = {u"demo"_s};
        const QString id = submitOk(backend, original);
        QVERIFY(waitUntilEnded(*m_store, id));

        const OperationResult cloned = waitFor(backend->clone(id));
        QVERIFY2(cloned.ok, qPrintable(cloned.error));
        QVERIFY(!cloned.jobId.isEmpty() && cloned.jobId != id);
        const Job copy = *m_store->get(cloned.jobId);
        const Job source = *m_store->get(id);
        QCOMPARE(copy.name, u"churn model (copy)"_s);
        QCOMPARE(copy.spec, source.spec);
        QCOMPARE(copy.dataPath, source.dataPath);
        QCOMPARE(copy.tags, source.tags);
        QVERIFY(copy.status() == JobStatus::Pending || copy.status() == JobStatus::Running);
        QVERIFY(!copy.bestScore && !copy.startedAt.isValid());
        const std::optional<Job> ended = waitUntilEnded(*m_store, cloned.jobId);
        QVERIFY2(ended && ended->status() == JobStatus::Finished, qPrintable(describe(ended)));
    }

    void predict_writesPredictionsOrFailsWithTheEnginesMessage()
    {
        LocalBackend* backend = startBackend(settings());
        QVERIFY(backend);
        const QString id = submitOk(backend, tinyJob());
        QVERIFY(waitUntilEnded(*m_store, id));

        const QString predictions = m_dir->filePath(u"predictions.csv"_s);
        const OperationResult predicted = waitFor(backend->predict(id, m_tinyCsv, predictions));
        QVERIFY2(predicted.ok, qPrintable(predicted.error));
        QCOMPARE(predicted.jobId, id);
        QFile output(predictions);
        QVERIFY(output.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = output.readAll().trimmed().split('\n');
        QVERIFY2(lines.first().startsWith("prediction,"), lines.first().constData());
        QCOMPARE(lines.size(), 301); // a header and one line per row

        // Rows without a column the model needs.
        const QString lacking = m_dir->filePath(u"lacking.csv"_s);
        QFile in(m_tinyCsv);
        QFile out(lacking);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        while (!in.atEnd()) {
            QList<QByteArray> fields = in.readLine().trimmed().split(',');
            fields.removeAt(3); // f3
            out.write(fields.join(',') + '\n');
        }
        out.close();
        const OperationResult failed =
            waitFor(backend->predict(id, lacking, m_dir->filePath(u"p2.csv"_s)));
        QVERIFY(!failed.ok);
        QVERIFY2(failed.error.contains(u"'f3'"_s) && failed.error.contains(u"model needs"_s),
                 qPrintable(failed.error));
    }

    void download_copiesTheResultsAndCanBeCancelled()
    {
        LocalBackend* backend = startBackend(settings());
        QVERIFY(backend);
        const QString id = submitOk(backend, tinyJob());
        QVERIFY(waitUntilEnded(*m_store, id));
        const QList<Artifact> artifacts = *m_store->artifacts(id);
        qint64 total = 0;
        for (const Artifact& artifact : artifacts)
            total += *artifact.size;

        const QString target = m_dir->filePath(u"downloads/run 1"_s);
        const OperationResult copied = waitFor(backend->downloadArtifacts(id, target));
        QVERIFY2(copied.ok, qPrintable(copied.error));
        QVERIFY(!copied.progress.isEmpty());
        QCOMPARE(copied.progress.last(), qMakePair(total, total));
        for (const Artifact& artifact : artifacts) {
            const QString copy = QDir(target).filePath(QFileInfo(artifact.location).fileName());
            QCOMPARE(fileDigest(copy), fileDigest(artifact.location));
        }
        QCOMPARE(QDir(target)
                     .entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot)
                     .size(),
                 artifacts.size());

        // Cancelled at once, or after the first piece: nothing is left behind.
        const QString cancelled = m_dir->filePath(u"downloads/cancelled"_s);
        JobOperation* immediately = backend->downloadArtifacts(id, cancelled);
        immediately->cancel();
        const OperationResult first = waitFor(immediately);
        QVERIFY(!first.ok && first.cancelled);
        JobOperation* later = backend->downloadArtifacts(id, cancelled);
        connect(later, &JobOperation::progress, later, &JobOperation::cancel);
        const OperationResult second = waitFor(later);
        QVERIFY(!second.ok && second.cancelled);
        QCOMPARE(second.progress.size(), 1);
        QCOMPARE(QDir(cancelled).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());

        // The job folder deleted behind the app's back.
        QVERIFY(QDir(backend->jobFolder(id).path()).removeRecursively());
        const OperationResult gone = waitFor(backend->downloadArtifacts(id, target));
        QVERIFY(!gone.ok);
        QVERIFY2(gone.error.contains(u"deleted outside Winnow"_s), qPrintable(gone.error));
    }

    void badInput_failsClearlyAndLeavesTheRestAlone()
    {
        LocalBackend* backend = startBackend(settings());
        QVERIFY(backend);
        const QString good = submitOk(backend, tinyJob(u"good"_s));
        QVERIFY(waitUntilEnded(*m_store, good));
        const JobCounts before = *m_store->counts();

        // No such data file: refused, nothing stored.
        Job missing = tinyJob();
        missing.dataPath = m_dir->filePath(u"nowhere.csv"_s);
        const OperationResult refused = waitFor(backend->submit(missing));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(u"nowhere.csv"_s) &&
                     refused.error.contains(u"does not exist"_s),
                 qPrintable(refused.error));
        Job noTarget = tinyJob();
        noTarget.spec.targetName.clear();
        QVERIFY(!waitFor(backend->submit(noTarget)).ok);
        QCOMPARE(m_store->counts()->total, before.total);

        // The data or the job folder disappears before the job starts (the
        // runner starts queued jobs from the event loop).
        const QString doomedData = m_dir->filePath(u"doomed.csv"_s);
        QVERIFY(QFile::copy(m_tinyCsv, doomedData));
        Job dataGoes = tinyJob(u"data goes"_s);
        dataGoes.dataPath = doomedData;
        JobOperation* first = backend->submit(dataGoes);
        JobOperation* second = backend->submit(tinyJob(u"folder goes"_s));
        QVERIFY(QFile::remove(doomedData));
        QVERIFY(QDir(backend->jobFolder(second->jobId()).path()).removeRecursively());
        const QString dataGoesId = first->jobId();
        const QString folderGoesId = second->jobId();
        const std::optional<Job> noData = waitUntilEnded(*m_store, dataGoesId);
        QVERIFY2(noData && noData->status() == JobStatus::Failed, qPrintable(describe(noData)));
        QVERIFY2(noData->failureReason.contains(u"doomed.csv"_s) &&
                     noData->failureReason.contains(u"does not exist"_s),
                 qPrintable(noData->failureReason));
        const std::optional<Job> noFolder = waitUntilEnded(*m_store, folderGoesId);
        QVERIFY2(noFolder && noFolder->status() == JobStatus::Failed,
                 qPrintable(describe(noFolder)));
        QVERIFY2(noFolder->failureReason.contains(u"deleted outside Winnow"_s),
                 qPrintable(noFolder->failureReason));

        // A full disk while writing job.json: refused, no record, no folder.
        const int jobsBefore = m_store->counts()->total;
        const QStringList foldersBefore = QDir(JobFolder::jobsFolder(settings().dataFolder))
                                              .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        rlimit previous{};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &previous) == 0);
        const auto previousHandler = ::signal(SIGXFSZ, SIG_IGN);
        rlimit tiny = previous;
        tiny.rlim_cur = 16; // bytes: job.json cannot be written
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &tiny) == 0);
        JobOperation* full = backend->submit(tinyJob(u"disk full"_s));
        ::setrlimit(RLIMIT_FSIZE, &previous);
        ::signal(SIGXFSZ, previousHandler);
        const OperationResult fullResult = waitFor(full);
        QVERIFY(!fullResult.ok);
        QVERIFY2(fullResult.error.contains(u"job.json"_s), qPrintable(fullResult.error));
        QCOMPARE(m_store->counts()->total, jobsBefore);
        QCOMPARE(QDir(JobFolder::jobsFolder(settings().dataFolder))
                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot),
                 foldersBefore);

        // A read-only data folder.
        const QString jobsFolder = JobFolder::jobsFolder(settings().dataFolder);
        QVERIFY(QFile::setPermissions(jobsFolder, QFile::ReadOwner | QFile::ExeOwner));
        const OperationResult readOnly = waitFor(backend->submit(tinyJob()));
        QVERIFY(QFile::setPermissions(jobsFolder,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(!readOnly.ok);
        QVERIFY2(readOnly.error.contains(u"read-only"_s), qPrintable(readOnly.error));

        // What was there before is intact.
        const Job stillGood = *m_store->get(good);
        QCOMPARE(stillGood.status(), JobStatus::Finished);
        QCOMPARE(artifactKinds(*m_store->artifacts(good)), allResultKinds());
        QVERIFY(backend->jobFolder(good).hasResult());
    }

    void missingOrBrokenEngine_failsTheJobSayingWhy()
    {
        // Named in the settings, but not there.
        LocalBackendSettings missing = settings();
        missing.engineBinary = m_dir->filePath(u"bin/winnow-engine"_s);
        LocalBackend* backend = startBackend(missing);
        QVERIFY(backend);
        QString id = submitOk(backend, tinyJob());
        std::optional<Job> job = waitUntilEnded(*m_store, id);
        QVERIFY2(job && job->status() == JobStatus::Failed, qPrintable(describe(job)));
        QVERIFY2(job->failureReason.contains(u"was not found"_s) &&
                     job->failureReason.contains(missing.engineBinary),
                 qPrintable(job->failureReason));
        m_backend.reset();

        // A file that is not a program.
        LocalBackendSettings broken = settings();
        broken.engineBinary = m_dir->filePath(u"not-a-program"_s);
        QFile text(broken.engineBinary);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("just text\n");
        text.close();
        QVERIFY(text.setPermissions(text.permissions() | QFile::ExeOwner));
        backend = startBackend(broken);
        QVERIFY(backend);
        id = submitOk(backend, tinyJob());
        job = waitUntilEnded(*m_store, id);
        QVERIFY2(job && job->status() == JobStatus::Failed, qPrintable(describe(job)));
        QVERIFY2(job->failureReason.startsWith(u"could not start"_s) &&
                     job->failureReason.contains(broken.engineBinary),
                 qPrintable(job->failureReason));
    }

    void engineLocator_looksWhereItSays()
    {
        const QByteArray savedEngine = qgetenv("WINNOW_ENGINE_BINARY");
        const QByteArray savedPath = qgetenv("PATH");
        const auto restore = qScopeGuard([&] {
            qputenv("WINNOW_ENGINE_BINARY", savedEngine);
            qputenv("PATH", savedPath);
        });
        const QString engine = QString::fromLocal8Bit(savedEngine);
        QCOMPARE(EngineLocator().locate().value(), QFileInfo(engine).absoluteFilePath());

        const QString absent = m_dir->filePath(u"absent/winnow-engine"_s);
        qputenv("WINNOW_ENGINE_BINARY", QFile::encodeName(absent));
        qputenv("PATH", QFile::encodeName(m_dir->path()));
        const Result<QString> found = EngineLocator().locate();
        if (found)
            QSKIP(qPrintable(u"a winnow-engine is installed at %1"_s.arg(*found)));
        const QString message = found.errorString();
        QVERIFY2(message.contains(u"was not found"_s), qPrintable(message));
        QVERIFY2(message.contains(absent + u" (no such file)"_s), qPrintable(message));
        QVERIFY2(message.contains(QCoreApplication::applicationDirPath()), qPrintable(message));
        QVERIFY2(message.contains(u"PATH (%1)"_s.arg(m_dir->path())), qPrintable(message));
    }

    void secondBackendOnTheSameFolder_isRefused()
    {
        LocalBackend* first = startBackend(settings());
        QVERIFY(first);
        LocalBackend second(m_store.get(), settings());
        const Result<void> started = second.start();
        QVERIFY(!started);
        QCOMPARE(started.error().kind, ErrorKind::Busy);
        QVERIFY2(started.errorString().contains(u"already running the local jobs"_s),
                 qPrintable(started.errorString()));
        QVERIFY2(
            started.errorString().contains(QString::number(QCoreApplication::applicationPid())),
            qPrintable(started.errorString()));
        const OperationResult refused = waitFor(second.submit(tinyJob()));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error, started.errorString());

        m_backend.reset(); // the first lets go
        LocalBackend third(m_store.get(), settings());
        const Result<void> now = third.start();
        QVERIFY2(now.ok(), qPrintable(now.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestLocalBackend)
#include "test_local_backend.moc"
