#include "jobs/job.h"

#include <QtTest>

using namespace winnow::jobs;
using namespace Qt::StringLiterals;

class TestJob : public QObject {
    Q_OBJECT

private slots:
    void statusText_roundTripsEveryStatus()
    {
        for (JobStatus status :
             {JobStatus::Pending, JobStatus::Running, JobStatus::Finished, JobStatus::Failed,
              JobStatus::Stopped, JobStatus::Interrupted, JobStatus::Unknown}) {
            QCOMPARE(parseJobStatus(jobStatusText(status)), status);
        }
        QCOMPARE(jobStatusText(JobStatus::Finished), u"FINISHED"_s);
        QCOMPARE(parseJobStatus(u" running "), JobStatus::Running);
        QCOMPARE(parseJobStatus(u"InProgress"), JobStatus::Unknown);
    }

    void setStatusText_keepsUnknownTextVerbatim()
    {
        Job job;
        QCOMPARE(job.status(), JobStatus::Pending);
        QCOMPARE(job.statusText(), u"PENDING"_s);
        job.setStatusText(u"Stopping"_s);
        QCOMPARE(job.status(), JobStatus::Unknown);
        QCOMPARE(job.statusText(), u"Stopping"_s);
        job.setStatusText(u"failed"_s);
        QCOMPARE(job.status(), JobStatus::Failed);
        QCOMPARE(job.statusText(), u"FAILED"_s);
        job.setStatusText(u""_s);
        QCOMPARE(job.statusText(), u"UNKNOWN"_s);
    }

    void isTerminal_onlyForEndedJobs()
    {
        QVERIFY(!isTerminal(JobStatus::Pending));
        QVERIFY(!isTerminal(JobStatus::Running));
        QVERIFY(!isTerminal(JobStatus::Unknown));
        QVERIFY(isTerminal(JobStatus::Finished));
        QVERIFY(isTerminal(JobStatus::Failed));
        QVERIFY(isTerminal(JobStatus::Stopped));
        QVERIFY(isTerminal(JobStatus::Interrupted));
    }

    void displayName_fallsBackToDataAndTarget()
    {
        Job job;
        job.id = u"0b7c"_s;
        QCOMPARE(job.displayName(), u"0b7c"_s);
        job.spec.featureTableName = u"creditcard_demo"_s;
        QCOMPARE(job.displayName(), u"creditcard_demo"_s);
        job.spec.targetName = u"class"_s;
        QCOMPARE(job.displayName(), u"creditcard_demo (class)"_s);
        job.name = u"Fraud"_s;
        QCOMPARE(job.displayName(), u"Fraud"_s);
    }

    void jobFieldsText_namesEachField()
    {
        QCOMPARE(jobFieldsText(JobField::Name | JobField::Progress), u"Name|Progress"_s);
        QCOMPARE(jobFieldsText({}), u"None"_s);
        QVERIFY(updatableJobFields().testFlag(JobField::Timeline));
        QVERIFY(!updatableJobFields().testFlag(JobField::UpdatedAt));
        QVERIFY(!updatableJobFields().testFlag(JobField::Artifacts));
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "test_job.moc"
