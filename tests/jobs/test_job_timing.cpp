// Elapsed time and the remaining-time estimate the UI shows for a job.

#include "jobs/job_timing.h"
#include "tests/jobs/job_test_support.h"

#include <QtTest>

using namespace winnow::jobs;
using namespace winnow::jobs::testing;
using namespace Qt::StringLiterals;

namespace {

Job runningJob(qint64 budget, double progress, const QDateTime& started)
{
    Job job;
    job.setStatus(JobStatus::Running);
    job.spec.maxRuntimeSeconds = budget;
    job.progress = progress;
    job.startedAt = started;
    return job;
}

} // namespace

class TestJobTiming : public QObject {
    Q_OBJECT

private slots:
    void neverStarted_hasNoTimes()
    {
        Job job;
        const JobTiming timing = jobTiming(job, utc(2024, 3, 1, 9, 0));
        QVERIFY(!timing.elapsedSeconds);
        QVERIFY(!timing.remainingSeconds);
    }

    void noProgressYet_leavesTheWholeRestOfTheBudget()
    {
        const QDateTime start = utc(2024, 3, 1, 9, 0);
        const JobTiming timing = jobTiming(runningJob(600, 0.0, start), start.addSecs(100));
        QCOMPARE(timing.elapsedSeconds, 100);
        QCOMPARE(timing.remainingSeconds, 500);
    }

    void progress_shortensTheEstimate()
    {
        const QDateTime start = utc(2024, 3, 1, 9, 0);
        // A quarter done in 100 s: 300 s more at that pace, less than the 500 s left.
        QCOMPARE(jobTiming(runningJob(600, 0.25, start), start.addSecs(100)).remainingSeconds, 300);
        // A tenth done in 100 s: 900 s at that pace, but the budget ends in 500 s.
        QCOMPARE(jobTiming(runningJob(600, 0.1, start), start.addSecs(100)).remainingSeconds, 500);
    }

    void overTheBudget_isZeroNotNegative()
    {
        const QDateTime start = utc(2024, 3, 1, 9, 0);
        QCOMPARE(jobTiming(runningJob(60, 0.9, start), start.addSecs(100)).remainingSeconds, 0);
    }

    void noBudgetInTheSpec_usesTheEnginesDefault()
    {
        const QDateTime start = utc(2024, 3, 1, 9, 0);
        Job job = runningJob(0, 0.0, start);
        job.spec.maxRuntimeSeconds.reset();
        QCOMPARE(jobTiming(job, start.addSecs(10)).remainingSeconds, defaultTimeBudgetSeconds - 10);
    }

    void endedJob_countsUntilItEnded()
    {
        Job job = runningJob(600, 1.0, utc(2024, 3, 1, 9, 0));
        job.setStatus(JobStatus::Finished);
        job.endedAt = utc(2024, 3, 1, 9, 2);
        const JobTiming timing = jobTiming(job, utc(2024, 3, 5));
        QCOMPARE(timing.elapsedSeconds, 120);
        QVERIFY(!timing.remainingSeconds);
    }
};

QTEST_GUILESS_MAIN(TestJobTiming)
#include "test_job_timing.moc"
