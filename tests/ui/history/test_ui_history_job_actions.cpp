// Which job actions apply to a selection, and what they ask for: the
// enabling rules, the delete confirmation naming the jobs, and the actions
// following the table's selection and the jobs' statuses.

#include "models/backend_registry.h"
#include "models/job_filter_proxy_model.h"
#include "models/job_list_model.h"
#include "tests/models/model_test_support.h"
#include "ui/history/job_action_controller.h"
#include "ui/history/job_table_view.h"

#include <QAction>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace winnow;
using namespace winnow::models::testing;
using jobs::BackendCapabilities;
using jobs::BackendCapability;
using jobs::Job;
using jobs::JobField;
using jobs::JobStatus;
using jobs::JobSummary;
using ui::JobActionController;
using ui::JobActionStates;

namespace {

JobSummary summary(JobStatus status, bool withScore = false, const QString& backend = u"local"_s)
{
    JobSummary job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.backend = backend;
    job.statusText = jobs::jobStatusText(status);
    if (withScore)
        job.bestScore = 0.9;
    return job;
}

// A remote service that can stop and download but not predict.
class RemoteBackend : public jobs::JobBackend {
public:
    using JobBackend::JobBackend;
    QString id() const override { return u"remote"_s; }
    QString displayName() const override { return u"Remote"_s; }
    BackendCapabilities capabilities() const override
    {
        return BackendCapability::Stop | BackendCapability::DownloadArtifacts;
    }
    jobs::JobOperation* submit(const Job&) override { return refuse(); }
    jobs::JobOperation* stop(const QString&) override { return refuse(); }
    jobs::JobOperation* remove(const QString&) override { return refuse(); }
    jobs::JobOperation* downloadArtifacts(const QString&, const QString&) override
    {
        return refuse();
    }

private:
    jobs::JobOperation* refuse() { return jobs::JobOperation::failed(u"no"_s, this); }
};

BackendCapabilities localCan(const QString& backend)
{
    if (backend == u"local"_s)
        return BackendCapability::Stop | BackendCapability::Predict |
               BackendCapability::DownloadArtifacts;
    return {};
}

JobActionStates states(std::initializer_list<bool> values)
{
    const std::vector<bool> v(values);
    JobActionStates s;
    s.open = v[0];
    s.stop = v[1];
    s.clone = v[2];
    s.remove = v[3];
    s.downloadModel = v[4];
    s.exportReport = v[5];
    s.predict = v[6];
    s.compare = v[7];
    return s;
}

} // namespace

Q_DECLARE_METATYPE(QList<winnow::jobs::JobSummary>)
Q_DECLARE_METATYPE(winnow::ui::JobActionStates)

class TestUiHistoryJobActions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rules_data()
    {
        QTest::addColumn<QList<JobSummary>>("selection");
        QTest::addColumn<JobActionStates>("expected");
        //                                  open  stop  clone del   model report predict compare
        QTest::newRow("nothing") << QList<JobSummary>{}
                                 << states(
                                        {false, false, false, false, false, false, false, false});
        QTest::newRow("running") << QList<JobSummary>{summary(JobStatus::Running)}
                                 << states({true, true, true, true, false, false, false, false});
        QTest::newRow("pending") << QList<JobSummary>{summary(JobStatus::Pending)}
                                 << states({true, true, true, true, false, false, false, false});
        QTest::newRow("finished") << QList<JobSummary>{summary(JobStatus::Finished, true)}
                                  << states({true, false, true, true, true, true, true, false});
        QTest::newRow("stopped with a model")
            << QList<JobSummary>{summary(JobStatus::Stopped, true)}
            << states({true, false, true, true, true, true, true, false});
        QTest::newRow("stopped before any model")
            << QList<JobSummary>{summary(JobStatus::Stopped)}
            << states({true, false, true, true, false, false, false, false});
        QTest::newRow("failed") << QList<JobSummary>{summary(JobStatus::Failed)}
                                << states({true, false, true, true, false, false, false, false});
        QTest::newRow("two finished")
            << QList<JobSummary>{summary(JobStatus::Finished, true),
                                 summary(JobStatus::Finished, true)}
            << states({true, false, false, true, false, true, false, true});
        QTest::newRow("finished and running")
            << QList<JobSummary>{summary(JobStatus::Finished, true), summary(JobStatus::Running)}
            << states({true, true, false, true, false, false, false, false});
        QTest::newRow("remote running, no backend")
            << QList<JobSummary>{summary(JobStatus::Running, false, u"gone"_s)}
            << states({true, false, true, true, false, false, false, false});
        QTest::newRow("remote finished, no backend")
            << QList<JobSummary>{summary(JobStatus::Finished, true, u"gone"_s)}
            << states({true, false, true, true, false, true, false, false});
    }

    void rules()
    {
        QFETCH(QList<JobSummary>, selection);
        QFETCH(JobActionStates, expected);
        const JobActionStates found = JobActionController::statesFor(selection, localCan);
        QCOMPARE(found.open, expected.open);
        QCOMPARE(found.stop, expected.stop);
        QCOMPARE(found.clone, expected.clone);
        QCOMPARE(found.remove, expected.remove);
        QCOMPARE(found.downloadModel, expected.downloadModel);
        QCOMPARE(found.exportReport, expected.exportReport);
        QCOMPARE(found.predict, expected.predict);
        QCOMPARE(found.compare, expected.compare);
    }

    void actions_followTheSelectionAndTheJobs()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        const auto running =
            fixture.store().add(jobIn(JobStatus::Running, u"tuning"_s, utc(2024, 1, 2)));
        Job remoteJob = jobIn(JobStatus::Finished, u"remote one"_s, utc(2024, 1, 1));
        remoteJob.backend = u"remote"_s;
        remoteJob.remoteId = u"r1"_s;
        const auto remote = fixture.store().add(remoteJob);
        QVERIFY(running && remote);

        models::BackendRegistry registry;
        RemoteBackend backend;
        registry.addBackend(&backend);
        models::JobListModel model(&fixture.store(), &registry);
        model.load();
        models::JobFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        ui::JobTableView table;
        table.setModel(&proxy);

        QObject owner;
        ui::JobActionSet actions;
        for (QAction** slot : {&actions.open, &actions.stop, &actions.clone, &actions.remove,
                               &actions.downloadModel, &actions.exportReport, &actions.predict})
            *slot = new QAction(&owner);
        JobActionController controller(actions, &table, &model, &registry);
        QVERIFY(!actions.open->isEnabled());
        QVERIFY(!actions.remove->isEnabled());

        // A local running job: no backend for "local" here, so no Stop.
        QVERIFY(table.selectJob(*running));
        QVERIFY(actions.open->isEnabled());
        QVERIFY(!actions.stop->isEnabled());
        QVERIFY(!actions.predict->isEnabled());

        // The remote finished job: its service downloads but cannot predict.
        QVERIFY(table.selectJob(*remote));
        QVERIFY(actions.downloadModel->isEnabled());
        QVERIFY(!actions.predict->isEnabled());
        QVERIFY(actions.exportReport->isEnabled());

        // It runs again (a service can report that): Stop appears, results go.
        Job job = *fixture.store().get(*remote);
        job.setStatus(JobStatus::Running);
        QVERIFY(fixture.store().update(job, JobField::Status));
        QVERIFY(actions.stop->isEnabled());
        QVERIFY(!actions.exportReport->isEnabled());

        QSignalSpy stop(&controller, &JobActionController::stopRequested);
        actions.stop->trigger();
        QCOMPARE(stop.count(), 1);
        QCOMPARE(stop.at(0).at(0).toStringList(), QStringList{*remote});

        QSignalSpy open(&controller, &JobActionController::openRequested);
        actions.open->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), *remote);
    }

    void delete_asksFirst_namingTheJobs()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        const auto a = fixture.store().add(jobIn(JobStatus::Finished, u"alpha"_s, utc(2024, 1, 1)));
        const auto b = fixture.store().add(jobIn(JobStatus::Running, u"beta"_s, utc(2024, 1, 2)));
        QVERIFY(a && b);
        models::JobListModel model(&fixture.store());
        model.load();
        models::JobFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        ui::JobTableView table;
        table.setModel(&proxy);
        QObject owner;
        ui::JobActionSet actions;
        actions.remove = new QAction(&owner);
        JobActionController controller(actions, &table, &model, nullptr);

        QStringList askedAbout;
        bool askedWithRunning = false;
        bool answer = false;
        controller.setConfirmation([&](const QStringList& names, bool anyRunning) {
            askedAbout = names;
            askedWithRunning = anyRunning;
            return answer;
        });
        QSignalSpy deleted(&controller, &JobActionController::deleteRequested);
        table.selectAll();
        actions.remove->trigger();
        QCOMPARE(askedAbout.size(), 2);
        QVERIFY(askedAbout.contains(u"alpha"_s) && askedAbout.contains(u"beta"_s));
        QVERIFY(askedWithRunning);
        QCOMPARE(deleted.count(), 0); // the user said no

        answer = true;
        actions.remove->trigger();
        QCOMPARE(deleted.count(), 1);
        QStringList ids = deleted.at(0).at(0).toStringList();
        ids.sort();
        QStringList expected{*a, *b};
        expected.sort();
        QCOMPARE(ids, expected);
    }
};

QTEST_MAIN(TestUiHistoryJobActions)
#include "test_ui_history_job_actions.moc"
