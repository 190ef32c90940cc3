// Engine events to job store writes: what is written, and how often.

#include "jobs/engine_events.h"
#include "jobs/job_event_recorder.h"
#include "jobs/job_store.h"
#include "tests/jobs/job_test_support.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace winnow::jobs;
using namespace winnow::jobs::testing;
using namespace Qt::StringLiterals;

namespace {

EngineEvent engineEvent(const QByteArray& json)
{
    const std::optional<EngineEvent> parsed = parseEngineEvent(q(json.constData()));
    if (!parsed)
        qFatal("not an event: %s", json.constData());
    return *parsed;
}

int writesOf(const QSignalSpy& changes, JobField field)
{
    int writes = 0;
    for (const QList<QVariant>& change : changes) {
        if (change.at(1).value<JobFields>().testFlag(field))
            ++writes;
    }
    return writes;
}

} // namespace

class TestJobEventRecorder : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<JobStore> m_store;
    Job m_job;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QFile::remove(m_dir.filePath(u"jobs.sqlite"_s));
        m_store = std::make_unique<JobStore>(m_dir.filePath(u"jobs.sqlite"_s));
        QVERIFY(m_store->open().ok());
        Job job = sampleJob();
        job.setStatus(JobStatus::Running);
        Result<QString> id = m_store->add(job);
        QVERIFY(id.ok());
        m_job = *m_store->get(*id);
    }

    void cleanup() { m_store.reset(); }

    void statusEvents_areWrittenAtOnceAndTimelined()
    {
        JobEventRecorder recorder(m_store.get(), m_job);
        recorder.record(engineEvent("{'type':'status','status':'Starting','progress':0.0}"));
        recorder.record(engineEvent("{'type':'status','status':'ModelTuning','progress':0.1}"));
        const Job stored = *m_store->get(m_job.id);
        QCOMPARE(stored.status(), JobStatus::Running);
        QCOMPARE(stored.secondaryStatus, u"ModelTuning"_s);
        QCOMPARE(stored.progress, 0.1);
        QCOMPARE(stored.timeline.size(), 2);
        QCOMPARE(stored.timeline.at(0).secondaryStatus, u"Starting"_s);
        QCOMPARE(stored.timeline.at(1).secondaryStatus, u"ModelTuning"_s);
    }

    void candidates_areAddedAtOnceWithTheBestScore()
    {
        JobEventRecorder recorder(m_store.get(), m_job);
        QSignalSpy added(m_store.get(), &JobStore::candidateAdded);
        recorder.record(
            engineEvent("{'type':'candidate','index':0,'algorithm':'ridge','status':"
                        "'Completed','score':0.8,'best':true,'bestScore':0.8,'progress':0.2}"));
        recorder.record(
            engineEvent("{'type':'candidate','index':1,'algorithm':'knn','status':"
                        "'Completed','score':0.7,'best':false,'bestScore':0.8,'progress':0.3}"));
        QCOMPARE(added.size(), 2);
        const QList<Candidate> candidates = *m_store->candidates(m_job.id);
        QCOMPARE(candidates.size(), 2);
        QCOMPARE(candidates.at(1).algorithm, u"knn"_s);
        QCOMPARE(candidates.at(1).score, 0.7);
        const Job stored = *m_store->get(m_job.id);
        QCOMPARE(stored.bestScore, 0.8);
        QCOMPARE(stored.progress, 0.3);
    }

    void progressOnlyEvents_areCoalesced()
    {
        JobEventRecorder recorder(m_store.get(), m_job);
        recorder.setCoalescingInterval(std::chrono::milliseconds(250));
        QSignalSpy changes(m_store.get(), &JobStore::jobChanged);
        for (int i = 1; i <= 200; ++i)
            recorder.record(engineEvent(QByteArray("{'type':'progress','progress':") +
                                        QByteArray::number(i / 1000.0) + "}"));
        // The first is written at once, the rest wait for the interval.
        QCOMPARE(writesOf(changes, JobField::Progress), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_store->get(m_job.id)->progress, 0.2, 2000);
        QCOMPARE(writesOf(changes, JobField::Progress), 2);
    }

    void aStatusChange_carriesPendingProgressWithIt()
    {
        JobEventRecorder recorder(m_store.get(), m_job);
        recorder.record(engineEvent("{'type':'progress','progress':0.1}"));
        recorder.record(engineEvent("{'type':'progress','progress':0.4,'bestScore':0.9}"));
        recorder.record(engineEvent("{'type':'status','status':'TrainingBestModel'}"));
        const Job stored = *m_store->get(m_job.id);
        QCOMPARE(stored.progress, 0.4);
        QCOMPARE(stored.bestScore, 0.9);
        QCOMPARE(stored.secondaryStatus, u"TrainingBestModel"_s);
    }

    void progress_neverGoesBack()
    {
        JobEventRecorder recorder(m_store.get(), m_job);
        recorder.record(engineEvent("{'type':'status','status':'ModelTuning','progress':0.5}"));
        recorder.record(engineEvent("{'type':'status','status':'Starting','progress':0.0}"));
        QCOMPARE(m_store->get(m_job.id)->progress, 0.5);
    }

    void errorsWarningsNotesAndUnknownTypes()
    {
        JobEventRecorder recorder(m_store.get(), m_job);
        QSignalSpy changes(m_store.get(), &JobStore::jobChanged);
        recorder.record(engineEvent("{'type':'heartbeat','mood':'fine'}"));
        recorder.record(engineEvent("{'type':'warning','message':'only 300 rows'}"));
        recorder.record(engineEvent("{'type':'note','message':'task inferred'}"));
        recorder.flush();
        QCOMPARE(changes.size(), 0); // nothing for the store in these
        QCOMPARE(recorder.messages(),
                 QStringList({u"warning: only 300 rows"_s, u"note: task inferred"_s}));

        recorder.record(engineEvent("{'type':'error','message':'bad data','exitCode':3}"));
        QCOMPARE(recorder.lastError(), u"bad data"_s);
        QCOMPARE(m_store->get(m_job.id)->failureReason, u"bad data"_s);
    }

    void aStoreWriteThatFails_isTriedAgain()
    {
        JobEventRecorder recorder(m_store.get(), m_job);
        m_store->close();
        recorder.record(engineEvent("{'type':'status','status':'ModelTuning','progress':0.3}"));
        QVERIFY(m_store->open().ok());
        recorder.record(engineEvent("{'type':'status','status':'ModelTuning','progress':0.3}"));
        const Job stored = *m_store->get(m_job.id);
        QCOMPARE(stored.secondaryStatus, u"ModelTuning"_s);
        QCOMPARE(stored.progress, 0.3);
    }
};

QTEST_GUILESS_MAIN(TestJobEventRecorder)
#include "test_job_event_recorder.moc"
