// Elapsed time and the estimate of the time left of a table row (through the
// runner's jobs::jobTiming), and how durations read.

#include "models/job_timing.h"
#include "tests/jobs/job_test_support.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace winnow;
using jobs::testing::utc;
using models::formatDuration;
using models::jobTiming;

namespace {

jobs::JobSummary running(double progress)
{
    jobs::JobSummary job;
    job.statusText = u"RUNNING"_s;
    job.startedAt = utc(2024, 3, 1, 9, 0, 0);
    job.progress = progress;
    return job;
}

} // namespace

class TestModelsJobTiming : public QObject {
    Q_OBJECT

private slots:
    void runningJob_extrapolatesItsProgress()
    {
        // 10 minutes in at 25 %: 30 more by the pace, within an hour's budget.
        const auto timing = jobTiming(running(0.25), 3600, utc(2024, 3, 1, 9, 10, 0));
        QCOMPARE(timing.elapsedSeconds.value(), 600);
        QCOMPARE(timing.remainingSeconds.value(), 1800);
    }

    void runningJob_neverOutrunsItsBudget()
    {
        // 10 minutes in at 25 %: 30 more by the pace, but the budget is 15.
        const auto timing = jobTiming(running(0.25), 900, utc(2024, 3, 1, 9, 10, 0));
        QCOMPARE(timing.remainingSeconds.value(), 300);
        // Past its budget: nothing left, not a negative time.
        const auto late = jobTiming(running(0.25), 300, utc(2024, 3, 1, 9, 10, 0));
        QCOMPARE(late.remainingSeconds.value(), 0);
    }

    void justStarted_isEstimatedByItsBudget()
    {
        const QDateTime now = utc(2024, 3, 1, 9, 0, 30);
        QCOMPARE(jobTiming(running(0.0), 120, now).remainingSeconds.value(), 90);
        // Without a budget of its own, the engine's default one.
        QCOMPARE(jobTiming(running(0.0), std::nullopt, now).remainingSeconds.value(),
                 jobs::defaultTimeBudgetSeconds - 30);
    }

    void endedJob_hasItsDuration_andNoEstimate()
    {
        jobs::JobSummary job = running(1.0);
        job.statusText = u"FINISHED"_s;
        job.endedAt = job.startedAt.addSecs(3725);
        const auto timing = jobTiming(job, 60, utc(2030, 1, 1));
        QCOMPARE(timing.elapsedSeconds.value(), 3725);
        QVERIFY(!timing.remainingSeconds);

        job.endedAt = QDateTime(); // interrupted: no end time known
        QVERIFY(!jobTiming(job, std::nullopt, utc(2030, 1, 1)).elapsedSeconds);
        QVERIFY(!jobTiming(jobs::JobSummary{}, std::nullopt, utc(2030, 1, 1)).elapsedSeconds);
    }

    void durations_readAsPeopleSayThem_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(37) << u"37 s"_s;
        QTest::newRow("minutes") << qint64(252) << u"4 min 12 s"_s;
        QTest::newRow("hours") << qint64(3725) << u"1 h 02 min"_s;
        QTest::newRow("days") << qint64(3 * 86400 + 4 * 3600 + 59) << u"3 d 4 h"_s;
        QTest::newRow("negative") << qint64(-5) << u"0 s"_s;
    }

    void durations_readAsPeopleSayThem()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(seconds), text);
    }
};

QTEST_MAIN(TestModelsJobTiming)
#include "test_models_job_timing.moc"
