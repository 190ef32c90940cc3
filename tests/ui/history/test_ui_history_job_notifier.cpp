// Notifications of jobs that end, through the tray or the status bar, and
// the count of running jobs for the title and the tray.

#include "models/job_list_model.h"
#include "tests/models/model_test_support.h"
#include "ui/history/job_notifier.h"

#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace winnow;
using namespace winnow::models::testing;
using jobs::Job;
using jobs::JobField;
using jobs::JobStatus;
using ui::JobNotifier;

Q_DECLARE_METATYPE(winnow::ui::JobNotifier::Channel)

class TestUiHistoryJobNotifier : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<JobNotifier::Channel>();
    }

    void finishedJob_isNotified_inTheTrayWhenThereIsOne()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        const auto id = fixture.store().add(jobIn(JobStatus::Running, u"churn"_s, utc(2024, 1, 1)));
        QVERIFY(id);
        models::JobListModel model(&fixture.store());
        model.load();
        JobNotifier notifier(&model);
        notifier.setTrayAvailable(true);
        QSignalSpy notified(&notifier, &JobNotifier::notified);
        QSignalSpy statusMessages(&notifier, &JobNotifier::statusMessageRequested);

        Job job = *fixture.store().get(*id);
        job.setStatus(JobStatus::Finished);
        job.bestScore = 0.8731;
        job.endedAt = job.startedAt.addSecs(252);
        QVERIFY(fixture.store().update(job,
                                       JobField::Status | JobField::BestScore | JobField::EndedAt));

        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), *id);
        QCOMPARE(notified.at(0).at(1).toString(), u"Job finished"_s);
        const QString message = notified.at(0).at(2).toString();
        QVERIFY2(message.contains(u"churn"_s) && message.contains(u"F1"_s) &&
                     message.contains(u"0.8731"_s) && message.contains(u"4 min 12 s"_s),
                 qPrintable(message));
        QCOMPARE(notified.at(0).at(3).value<JobNotifier::Channel>(), JobNotifier::Channel::Tray);
        QVERIFY(notifier.trayIcon());
        QCOMPARE(statusMessages.count(), 0);
    }

    void failedJob_withoutATray_goesToTheStatusBar()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        const auto id = fixture.store().add(jobIn(JobStatus::Running, u"fraud"_s, utc(2024, 1, 1)));
        QVERIFY(id);
        models::JobListModel model(&fixture.store());
        model.load();
        JobNotifier notifier(&model);
        notifier.setTrayAvailable(false);
        QSignalSpy notified(&notifier, &JobNotifier::notified);
        QSignalSpy statusMessages(&notifier, &JobNotifier::statusMessageRequested);

        Job job = *fixture.store().get(*id);
        job.setStatus(JobStatus::Failed);
        job.failureReason = u"the target column is empty"_s;
        QVERIFY(fixture.store().update(job, JobField::Status | JobField::FailureReason));

        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.at(0).at(1).toString(), u"Job failed"_s);
        QCOMPARE(notified.at(0).at(3).value<JobNotifier::Channel>(),
                 JobNotifier::Channel::StatusBar);
        QCOMPARE(statusMessages.count(), 1);
        QVERIFY(statusMessages.at(0).at(0).toString().contains(u"the target column is empty"_s));
        QVERIFY(!notifier.trayIcon());
    }

    void otherChanges_areNotNotified()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        const auto id = fixture.store().add(jobIn(JobStatus::Pending, u"soon"_s, utc(2024, 1, 1)));
        QVERIFY(id);
        models::JobListModel model(&fixture.store());
        model.load();
        JobNotifier notifier(&model);
        notifier.setTrayAvailable(false);
        QSignalSpy notified(&notifier, &JobNotifier::notified);
        Job job = *fixture.store().get(*id);
        job.setStatus(JobStatus::Running);
        QVERIFY(fixture.store().update(job, JobField::Status));
        job.progress = 0.5;
        QVERIFY(fixture.store().update(job, JobField::Progress));
        // A job found interrupted at start-up is old news.
        job.setStatus(JobStatus::Interrupted);
        QVERIFY(fixture.store().update(job, JobField::Status));
        QCOMPARE(notified.count(), 0);
    }

    void runningCount_followsTheJobs_andNamesTheTray()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        const auto first = fixture.store().add(jobIn(JobStatus::Running, u"a"_s, utc(2024, 1, 1)));
        QVERIFY(first);
        models::JobListModel model(&fixture.store());
        model.load();
        JobNotifier notifier(&model);
        notifier.setTrayAvailable(true);
        QCOMPARE(notifier.runningCount(), 1);
        QCOMPARE(notifier.summary(), u"Winnow — 1 running"_s);
        QSignalSpy running(&notifier, &JobNotifier::runningCountChanged);

        QVERIFY(fixture.store().add(jobIn(JobStatus::Running, u"b"_s, utc(2024, 1, 2))));
        QCOMPARE(running.count(), 1);
        QCOMPARE(running.at(0).at(0).toInt(), 2);
        QCOMPARE(notifier.summary(), u"Winnow — 2 running"_s);
        QVERIFY(notifier.trayIcon());
        QCOMPARE(notifier.trayIcon()->toolTip(), u"Winnow — 2 running"_s);

        QVERIFY(fixture.store().remove(*first));
        QCOMPARE(notifier.runningCount(), 1);
        QCOMPARE(notifier.trayIcon()->toolTip(), u"Winnow — 1 running"_s);
    }
};

QTEST_MAIN(TestUiHistoryJobNotifier)
#include "test_ui_history_job_notifier.moc"
