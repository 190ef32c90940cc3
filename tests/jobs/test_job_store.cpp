#include "jobs/job_store.h"
#include "jobs/mlhub_json.h"
#include "tests/jobs/job_test_support.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <memory>

using namespace winnow::jobs;
using namespace winnow::jobs::testing;
using namespace Qt::StringLiterals;

namespace {

// Counts rows through a connection of its own, as another program would see them.
int rowsIn(const QString& path, const QString& table, const QString& jobId)
{
    const QString name = u"rows-%1"_s.arg(QUuid::createUuid().toString());
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT count(*) FROM %1 WHERE job_id = ?"_s.arg(table));
            query.addBindValue(jobId);
            if (query.exec() && query.next())
                count = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

JobFields changedFields(const QSignalSpy& spy, int call)
{
    return spy.at(call).at(1).value<JobFields>();
}

} // namespace

class TestJobStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<JobStore> m_store;

    QString databasePath() const { return m_dir.filePath(u"jobs.sqlite"_s); }

    QString addJob(const Job& job)
    {
        Result<QString> id = m_store->add(job);
        if (!id)
            qFatal("add failed: %s", qPrintable(id.errorString()));
        return *id;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QFile::remove(databasePath());
        m_clock = FakeClock();
        m_store = std::make_unique<JobStore>(databasePath());
        m_store->setClock(std::ref(m_clock));
        const Result<void> opened = m_store->open();
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    }

    void cleanup() { m_store.reset(); }

    void add_assignsUuidAndTimes()
    {
        QSignalSpy added(m_store.get(), &JobStore::jobAdded);
        const Result<QString> id = m_store->add(sampleJob());
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        QVERIFY(!QUuid::fromString(*id).isNull());
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).toString(), *id);

        const Result<Job> job = m_store->get(*id);
        QVERIFY(job.ok());
        QCOMPARE(job->id, *id);
        QCOMPARE(job->backend, u"local"_s);
        QCOMPARE(job->createdAt, m_clock());
        QCOMPARE(job->updatedAt, m_clock());
        QCOMPARE(job->status(), JobStatus::Pending);
    }

    void add_thenGet_keepsEveryField()
    {
        Job job = sampleJob(u"Étude de churn"_s);
        job.spec.featuresSelected = {u"tenure"_s, u"plan"_s};
        job.spec.startDate = QDate(2023, 1, 1);
        job.spec.toBalance = true;
        job.spec.testFraction = 0.2;
        job.spec.maxRuntimeSeconds = 600;
        job.spec.algorithms = {u"xgboost"_s};
        job.spec.otherFields.insert(u"futureOption"_s, QJsonObject{{u"level"_s, 2}});
        job.setStatusText(u"QUEUED_REMOTELY"_s);
        job.secondaryStatus = u"ModelTuning"_s;
        job.progress = 0.4;
        job.bestScore = 0.8125;
        job.failureReason = u"none yet"_s;
        job.artifactDir = u"/home/ana/.local/share/Winnow/jobs/x"_s;
        job.tags = {u"churn"_s, u"q4"_s};
        job.startedAt = utc(2024, 3, 1, 8, 59, 1, 5);
        job.timeline = {{u"Starting"_s, utc(2024, 3, 1, 8, 59, 1, 5)},
                        {u"ModelTuning"_s, utc(2024, 3, 1, 8, 59, 30)}};
        const QString id = addJob(job);

        Job expected = job;
        expected.id = id;
        expected.createdAt = m_clock();
        expected.updatedAt = m_clock();
        const Result<Job> stored = m_store->get(id);
        QVERIFY(stored.ok());
        QCOMPARE(*stored, expected);
    }

    void add_keepsGivenIdAndTimes_andRefusesADuplicate()
    {
        Job job = sampleJob();
        job.id = u"imported-1"_s;
        job.createdAt = utc(2020, 5, 5);
        job.updatedAt = utc(2020, 5, 6);
        QCOMPARE(addJob(job), u"imported-1"_s);
        const Result<Job> stored = m_store->get(u"imported-1"_s);
        QCOMPARE(stored->createdAt, utc(2020, 5, 5));
        QCOMPARE(stored->updatedAt, utc(2020, 5, 6));

        QSignalSpy added(m_store.get(), &JobStore::jobAdded);
        const Result<QString> again = m_store->add(job);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, ErrorKind::InvalidArgument);
        QVERIFY2(again.errorString().contains(u"already exists"_s),
                 qPrintable(again.errorString()));
        QCOMPARE(added.size(), 0);
    }

    void addMany_isAllOrNothing()
    {
        Job duplicate = sampleJob();
        duplicate.id = u"same"_s;
        QSignalSpy added(m_store.get(), &JobStore::jobAdded);
        const Result<QStringList> ids = m_store->add({sampleJob(), duplicate, duplicate});
        QVERIFY(!ids.ok());
        QCOMPARE(added.size(), 0);
        QCOMPARE(m_store->counts()->total, 0);

        const Result<QStringList> good = m_store->add({sampleJob(), sampleJob(), sampleJob()});
        QVERIFY(good.ok());
        QCOMPARE(good->size(), 3);
        QCOMPARE(added.size(), 3);
        QCOMPARE(m_store->counts()->total, 3);
    }

    void get_unknownId_isNotFound()
    {
        const Result<Job> job = m_store->get(u"nope"_s);
        QVERIFY(!job.ok());
        QCOMPARE(job.error().kind, ErrorKind::NotFound);
        QVERIFY(job.errorString().contains(u"nope"_s));
    }

    void update_emitsExactlyTheChangedFields()
    {
        const QString id = addJob(sampleJob());
        QSignalSpy changed(m_store.get(), &JobStore::jobChanged);
        m_clock.advance(1500);

        Job job = *m_store->get(id);
        job.name = u"renamed"_s;              // changes
        job.progress = 0.0;                   // same as stored
        job.failureReason = u"not written"_s; // changed, but not among the fields
        QVERIFY(m_store->update(job, JobField::Name | JobField::Progress).ok());

        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), id);
        QCOMPARE(jobFieldsText(changedFields(changed, 0)),
                 jobFieldsText(JobField::Name | JobField::UpdatedAt));
        const Result<Job> stored = m_store->get(id);
        QCOMPARE(stored->name, u"renamed"_s);
        QVERIFY(stored->failureReason.isEmpty());
        QCOMPARE(stored->updatedAt, m_clock());
    }

    void update_withNothingChanged_emitsNothing()
    {
        const QString id = addJob(sampleJob());
        const Job before = *m_store->get(id);
        QSignalSpy changed(m_store.get(), &JobStore::jobChanged);
        m_clock.advance(1000);
        QVERIFY(m_store->update(before, updatableJobFields()).ok());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(m_store->get(id)->updatedAt, before.updatedAt);
    }

    void update_leavesOtherWritersFieldsAlone()
    {
        const QString id = addJob(sampleJob());
        Job runnerCopy = *m_store->get(id);
        Job viewCopy = *m_store->get(id);

        runnerCopy.progress = 0.5;
        runnerCopy.setStatus(JobStatus::Running);
        QVERIFY(m_store->update(runnerCopy, JobField::Progress | JobField::Status).ok());
        viewCopy.name = u"from the view"_s; // its progress and status are stale
        QVERIFY(m_store->update(viewCopy, JobField::Name).ok());

        const Result<Job> stored = m_store->get(id);
        QCOMPARE(stored->progress, 0.5);
        QCOMPARE(stored->status(), JobStatus::Running);
        QCOMPARE(stored->name, u"from the view"_s);
    }

    void update_secondaryStatus_appendsToTheTimeline()
    {
        const QString id = addJob(sampleJob());
        QSignalSpy changed(m_store.get(), &JobStore::jobChanged);
        Job job = *m_store->get(id);
        for (const QString& phase : {u"Starting"_s, u"AnalyzingData"_s, u"ModelTuning"_s}) {
            m_clock.advance(2000);
            job.secondaryStatus = phase;
            QVERIFY(m_store->update(job, JobField::SecondaryStatus).ok());
        }
        QCOMPARE(changed.size(), 3);
        QCOMPARE(
            jobFieldsText(changedFields(changed, 2)),
            jobFieldsText(JobField::SecondaryStatus | JobField::Timeline | JobField::UpdatedAt));
        const QList<TimelineEntry> timeline = m_store->get(id)->timeline;
        QCOMPARE(timeline.size(), 3);
        QCOMPARE(timeline.at(0).secondaryStatus, u"Starting"_s);
        QCOMPARE(timeline.at(2).secondaryStatus, u"ModelTuning"_s);
        QCOMPARE(timeline.at(0).time, utc(2024, 3, 1, 9, 0, 2));
        QCOMPARE(timeline.at(2).time, m_clock());
    }

    void update_timelineGiven_isTakenAsGiven()
    {
        Job job = sampleJob();
        job.timeline = {{u"Starting"_s, utc(2024, 1, 1)}, {u"ModelTuning"_s, utc(2024, 1, 2)}};
        const QString id = addJob(job);
        job = *m_store->get(id);
        job.timeline = {{u"Starting"_s, utc(2024, 2, 1)}};
        job.secondaryStatus = u"Starting"_s;
        QVERIFY(m_store->update(job, JobField::Timeline | JobField::SecondaryStatus).ok());
        QCOMPARE(m_store->get(id)->timeline, job.timeline);
    }

    void update_unknownJob_isNotFound()
    {
        Job job = sampleJob();
        job.id = u"missing"_s;
        QSignalSpy changed(m_store.get(), &JobStore::jobChanged);
        const Result<void> updated = m_store->update(job, JobField::Name);
        QVERIFY(!updated.ok());
        QCOMPARE(updated.error().kind, ErrorKind::NotFound);
        QCOMPARE(changed.size(), 0);
    }

    void update_clampsProgressAndDropsNonFiniteScores()
    {
        const QString id = addJob(sampleJob());
        Job job = *m_store->get(id);
        job.progress = 1.7;
        job.bestScore = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(m_store->update(job, JobField::Progress | JobField::BestScore).ok());
        const Result<Job> stored = m_store->get(id);
        QCOMPARE(stored->progress, 1.0);
        QVERIFY(!stored->bestScore.has_value());
    }

    void remove_cascadesToCandidatesArtifactsAndTimeline()
    {
        Job job = sampleJob();
        job.timeline = {{u"Starting"_s, utc(2024, 1, 1)}};
        const QString id = addJob(job);
        const QString other = addJob(sampleJob(u"keep me"_s));
        QVERIFY(m_store->addCandidate({id, 0, u"xgboost"_s, {}, 0.9, u"Completed"_s, 1.0, {}, {}})
                    .ok());
        QVERIFY(
            m_store->addCandidate({other, 0, u"knn"_s, {}, 0.7, u"Completed"_s, 1.0, {}, {}}).ok());
        QVERIFY(m_store->setArtifacts(id, {{u"model"_s, u"/tmp/m.winnow"_s, 10, {}}}).ok());
        QCOMPARE(rowsIn(databasePath(), u"candidates"_s, id), 1);
        QCOMPARE(rowsIn(databasePath(), u"artifacts"_s, id), 1);
        QCOMPARE(rowsIn(databasePath(), u"status_timeline"_s, id), 1);

        QSignalSpy removed(m_store.get(), &JobStore::jobRemoved);
        QVERIFY(m_store->remove(id).ok());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), id);
        QCOMPARE(m_store->get(id).error().kind, ErrorKind::NotFound);
        QCOMPARE(rowsIn(databasePath(), u"candidates"_s, id), 0);
        QCOMPARE(rowsIn(databasePath(), u"artifacts"_s, id), 0);
        QCOMPARE(rowsIn(databasePath(), u"status_timeline"_s, id), 0);
        QCOMPARE(m_store->candidates(other)->size(), 1);
    }

    void remove_unknownJob_isNotFound()
    {
        QSignalSpy removed(m_store.get(), &JobStore::jobRemoved);
        const Result<void> done = m_store->remove(u"missing"_s);
        QVERIFY(!done.ok());
        QCOMPARE(done.error().kind, ErrorKind::NotFound);
        QCOMPARE(removed.size(), 0);
    }

    void addCandidate_signalsOnlyRealChanges()
    {
        const QString id = addJob(sampleJob());
        QSignalSpy added(m_store.get(), &JobStore::candidateAdded);
        const QJsonArray pipeline{
            QJsonObject{{u"name"_s, u"standardscaler"_s}, {u"params"_s, QJsonObject{}}},
            QJsonObject{{u"name"_s, u"xgbclassifier"_s},
                        {u"params"_s, QJsonObject{{u"nEstimators"_s, 200}}}}};
        const Candidate second{id,   1,  u"xgboost"_s,   pipeline, 0.9712, u"Completed"_s,
                               1.42, {}, utc(2024, 1, 1)};
        const Candidate first{id,
                              0,
                              u"knn"_s,
                              {},
                              std::nullopt,
                              u"Failed"_s,
                              std::nullopt,
                              u"out of time"_s,
                              utc(2024, 1, 1)};
        QVERIFY(m_store->addCandidate(second).ok());
        QVERIFY(m_store->addCandidate(first).ok());
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.at(0).at(0).toString(), id);
        QCOMPARE(added.at(0).at(1).toInt(), 1);

        QVERIFY(m_store->addCandidate(second).ok()); // the same again
        QCOMPARE(added.size(), 2);
        Candidate rescored = second;
        rescored.score = 0.9713;
        QVERIFY(m_store->addCandidate(rescored).ok());
        QCOMPARE(added.size(), 3);

        const Result<QList<Candidate>> list = m_store->candidates(id);
        QVERIFY(list.ok());
        QCOMPARE(*list, (QList<Candidate>{first, rescored}));

        const Result<void> orphan =
            m_store->addCandidate({u"missing"_s, 0, u"knn"_s, {}, {}, u"Completed"_s, {}, {}, {}});
        QCOMPARE(orphan.error().kind, ErrorKind::NotFound);
    }

    void setArtifacts_replacesTheListAndSignalsOnce()
    {
        const QString id = addJob(sampleJob());
        QSignalSpy changed(m_store.get(), &JobStore::jobChanged);
        const QList<Artifact> artifacts{
            {u"model"_s, u"/data/jobs/x/model.winnow"_s, 81920, u"ab12"_s},
            {u"metadata"_s, u"/data/jobs/x/metadata.json"_s, 2048, {}},
            {u"train"_s, u"s3://bucket/x/train.csv"_s, std::nullopt, {}}};
        QVERIFY(m_store->setArtifacts(id, artifacts).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(jobFieldsText(changedFields(changed, 0)),
                 jobFieldsText(JobField::Artifacts | JobField::UpdatedAt));
        QVERIFY(m_store->setArtifacts(id, artifacts).ok());
        QCOMPARE(changed.size(), 1);

        const Result<QList<Artifact>> stored = m_store->artifacts(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 3);
        QCOMPARE(stored->at(0), artifacts.at(1)); // by kind
        QCOMPARE(stored->at(1), artifacts.at(0));
        QCOMPARE(stored->at(2), artifacts.at(2));

        QVERIFY(m_store->setArtifacts(id, {}).ok());
        QVERIFY(m_store->artifacts(id)->isEmpty());
        QCOMPARE(m_store->setArtifacts(u"missing"_s, artifacts).error().kind, ErrorKind::NotFound);
    }

    void upsertRemote_addsThenUpdatesByRemoteId()
    {
        const QByteArray firstList = q(
            "{'resources': ["
            " {'id': '652eba92', 'featureTableName': 't1', 'targetName': 'y', 'status': 'RUNNING',"
            "  'createdAt': '2023-10-17 16:47:14.289 +0000 UTC',"
            "  'updatedAt': '2023-10-17 16:47:14.289 +0000 UTC'},"
            " {'id': '652d6c53', 'featureTableName': 't2', 'targetName': 'y', 'status': 'FINISHED',"
            "  'createdAt': '2023-10-16 17:01:07.361 +0000 UTC',"
            "  'updatedAt': '2023-10-16 17:01:07.361 +0000 UTC'}]}");
        Result<mlhub::JobList> parsed = mlhub::parseJobList(firstList);
        QVERIFY(parsed.ok());

        QSignalSpy added(m_store.get(), &JobStore::jobAdded);
        QSignalSpy changed(m_store.get(), &JobStore::jobChanged);
        const Result<QStringList> ids = m_store->upsertRemote(u"mlhub-prod"_s, parsed->jobs);
        QVERIFY2(ids.ok(), qPrintable(ids.errorString()));
        QCOMPARE(added.size(), 2);
        const Result<Job> mirrored = m_store->findRemote(u"mlhub-prod"_s, u"652eba92"_s);
        QVERIFY(mirrored.ok());
        QCOMPARE(mirrored->id, ids->at(0));
        QCOMPARE(mirrored->backend, u"mlhub-prod"_s);
        QCOMPARE(mirrored->createdAt, utc(2023, 10, 17, 16, 47, 14, 289));
        QCOMPARE(mirrored->displayName(), u"t1 (y)"_s);

        // The user names the job locally; the service then finishes it.
        Job named = *mirrored;
        named.name = u"my fraud model"_s;
        QVERIFY(m_store->update(named, JobField::Name).ok());
        changed.clear();

        QList<Job> again = parsed->jobs;
        again[0].setStatus(JobStatus::Finished);
        again[0].updatedAt = utc(2023, 10, 17, 18, 0);
        const Result<QStringList> second = m_store->upsertRemote(u"mlhub-prod"_s, again);
        QVERIFY(second.ok());
        QCOMPARE(*second, *ids);
        QCOMPARE(added.size(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(jobFieldsText(changedFields(changed, 0)),
                 jobFieldsText(JobField::Status | JobField::UpdatedAt));
        const Result<Job> finished = m_store->get(ids->at(0));
        QCOMPARE(finished->status(), JobStatus::Finished);
        QCOMPARE(finished->updatedAt, utc(2023, 10, 17, 18, 0));
        QCOMPARE(finished->name, u"my fraud model"_s);

        QVERIFY(m_store->upsertRemote(u"mlhub-prod"_s, again).ok());
        QCOMPARE(changed.size(), 1);

        // The same remote id on another service is another job.
        QVERIFY(m_store->upsertRemote(u"mlhub-dev"_s, {again[0]}).ok());
        QCOMPARE(added.size(), 3);
    }

    void upsertRemote_refusesLocalAndJobsWithoutRemoteId()
    {
        Job remote = sampleJob();
        remote.remoteId = u"r1"_s;
        Job anonymous = sampleJob();
        QCOMPARE(m_store->upsertRemote(u"local"_s, {remote}).error().kind,
                 ErrorKind::InvalidArgument);
        const Result<QStringList> mixed =
            m_store->upsertRemote(u"mlhub-prod"_s, {remote, anonymous});
        QVERIFY(!mixed.ok());
        QVERIFY(mixed.errorString().contains(u"no remote id"_s));
        QCOMPARE(m_store->counts()->total, 0);
    }

    void counts_perBackendAndStatus()
    {
        auto jobWith = [](const QString& backend, JobStatus status, const QString& remoteId = {}) {
            Job job = sampleJob();
            job.backend = backend;
            job.remoteId = remoteId;
            job.setStatus(status);
            return job;
        };
        QVERIFY(m_store
                    ->add({jobWith(u"local"_s, JobStatus::Finished),
                           jobWith(u"local"_s, JobStatus::Finished),
                           jobWith(u"local"_s, JobStatus::Failed),
                           jobWith(u"mlhub-prod"_s, JobStatus::Running, u"a"_s),
                           jobWith(u"mlhub-prod"_s, JobStatus::Finished, u"b"_s)})
                    .ok());
        Job odd = jobWith(u"sagemaker"_s, JobStatus::Running, u"c"_s);
        odd.setStatusText(u"Stopping"_s);
        QVERIFY(m_store->add(odd).ok());

        const Result<JobCounts> counts = m_store->counts();
        QVERIFY(counts.ok());
        QCOMPARE(counts->total, 6);
        QCOMPARE(counts->byBackend.value(u"local"_s), 3);
        QCOMPARE(counts->byBackend.value(u"mlhub-prod"_s), 2);
        QCOMPARE(counts->byStatus.value(u"FINISHED"_s), 3);
        QCOMPARE(counts->byStatus.value(u"Stopping"_s), 1);
        QCOMPARE(counts->count(u"local"_s, u"FINISHED"_s), 2);
        QCOMPARE(counts->count(u"mlhub-prod"_s, u"RUNNING"_s), 1);
        QCOMPARE(counts->count(u"sagemaker"_s, u"FINISHED"_s), 0);
    }

    void signals_comeAfterTheCommit()
    {
        // A slot that reads through another connection sees the new job.
        JobStore reader(databasePath());
        QVERIFY(reader.open().ok());
        bool seen = false;
        connect(m_store.get(), &JobStore::jobAdded, this,
                [&](const QString& id) { seen = reader.get(id).ok(); });
        addJob(sampleJob());
        QVERIFY(seen);
    }

    void slots_mayWriteBack()
    {
        connect(m_store.get(), &JobStore::jobAdded, this, [&](const QString& id) {
            Job job = *m_store->get(id);
            job.setStatus(JobStatus::Running);
            QVERIFY(m_store->update(job, JobField::Status).ok());
        });
        QSignalSpy changed(m_store.get(), &JobStore::jobChanged);
        const QString id = addJob(sampleJob());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_store->get(id)->status(), JobStatus::Running);
    }

    void closedStore_saysSo()
    {
        m_store->close();
        const Result<Job> job = m_store->get(u"x"_s);
        QVERIFY(!job.ok());
        QVERIFY(job.errorString().contains(u"not open"_s));
        QVERIFY(!m_store->add(sampleJob()).ok());
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "test_job_store.moc"
