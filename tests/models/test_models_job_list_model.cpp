// JobListModel over a real job store: loading (first screen, then the rest
// in the background), following the store's signals with inserts, exact
// dataChanged and removals, never a reset; what each role gives.

#include "models/job_list_model.h"
#include "models/job_presentation.h"
#include "tests/models/model_test_support.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSet>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace winnow;
using namespace winnow::models::testing;
using jobs::Job;
using jobs::JobField;
using jobs::JobFields;
using jobs::JobStatus;
using models::JobListModel;

namespace {

using Cell = std::pair<int, int>;

// Every cell the dataChanged signals in `spy` named.
QSet<Cell> changedCells(const QSignalSpy& spy)
{
    QSet<Cell> cells;
    for (const QList<QVariant>& arguments : spy) {
        const auto topLeft = arguments.at(0).toModelIndex();
        const auto bottomRight = arguments.at(1).toModelIndex();
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            for (int column = topLeft.column(); column <= bottomRight.column(); ++column)
                cells.insert({row, column});
        }
    }
    return cells;
}

QSet<Cell> cellsOf(int row, const QList<int>& columns)
{
    QSet<Cell> cells;
    for (int column : columns)
        cells.insert({row, column});
    return cells;
}

QString idAt(const JobListModel& model, int row)
{
    return model.index(row, 0).data(JobListModel::JobIdRole).toString();
}

QSet<QString> idsIn(const JobListModel& model)
{
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(idAt(model, row));
    return ids;
}

} // namespace

class TestModelsJobListModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void emptyStore_loadsNoRows()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        JobListModel model(&fixture.store());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &JobListModel::loaded);
        model.load();
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.loadState(), JobListModel::LoadState::Loaded);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(JobListModel::ColumnCount));
    }

    void shortHistory_loadsAtOnce()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        for (int i = 0; i < 5; ++i)
            QVERIFY(fixture.store().add(
                jobIn(JobStatus::Finished, u"job %1"_s.arg(i), utc(2024, 1, 1 + i))));
        JobListModel model(&fixture.store());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load({}, 100);
        QCOMPARE(model.loadState(), JobListModel::LoadState::Loaded);
        QCOMPARE(model.rowCount(), 5);
    }

    void longHistory_showsTheFirstScreenThenTheRest()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        QList<Job> many;
        for (int i = 0; i < 250; ++i)
            many << jobIn(JobStatus::Finished, u"job %1"_s.arg(i), utc(2024, 1, 1).addSecs(i));
        QVERIFY(fixture.store().add(many));

        JobListModel model(&fixture.store());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelSignals signals_(&model);
        QSignalSpy loaded(&model, &JobListModel::loaded);
        model.load({}, 40);

        // The first screen: the 40 newest jobs, there before load() returns.
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(model.loadState(), JobListModel::LoadState::Loading);
        QCOMPARE(model.index(0, JobListModel::Name).data().toString(), u"job 249"_s);

        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.loadState(), JobListModel::LoadState::Loaded);
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(idsIn(model).size(), 250);
        QCOMPARE(signals_.inserted.count(), 2);
        QCOMPARE(signals_.reset.count(), 0);
        QCOMPARE(signals_.removed.count(), 0);
    }

    void changesWhileLoading_areAllKept()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        QList<Job> many;
        for (int i = 0; i < 300; ++i)
            many << jobIn(JobStatus::Finished, u"job %1"_s.arg(i), utc(2024, 1, 1).addSecs(i));
        const auto ids = fixture.store().add(many);
        QVERIFY(ids);

        JobListModel model(&fixture.store());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load({}, 10);
        QCOMPARE(model.rowCount(), 10);

        // The oldest jobs are not on the first screen: change one, remove
        // one, and add a new one before the rest arrives.
        Job renamed = many.at(0);
        renamed.id = ids->at(0);
        renamed.name = u"renamed while loading"_s;
        QVERIFY(fixture.store().update(renamed, JobField::Name));
        QVERIFY(fixture.store().remove(ids->at(1)));
        const auto added =
            fixture.store().add(jobIn(JobStatus::Pending, u"late"_s, utc(2025, 1, 1)));
        QVERIFY(added);

        model.waitForLoaded();
        QCOMPARE(model.loadState(), JobListModel::LoadState::Loaded);
        QCOMPARE(model.rowCount(), 300);
        QVERIFY(model.rowOf(ids->at(1)) < 0);
        QVERIFY(model.rowOf(*added) >= 0);
        const int row = model.rowOf(ids->at(0));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, JobListModel::Name).data().toString(),
                 u"renamed while loading"_s);

        // And the model holds exactly what the store holds.
        const auto all = fixture.store().listAll();
        QVERIFY(all);
        QSet<QString> stored;
        for (const auto& summary : *all)
            stored.insert(summary.id);
        QCOMPARE(idsIn(model), stored);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowOf(idAt(model, r)), r);
    }

    void jobAdded_insertsOneRow()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        JobListModel model(&fixture.store());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load();
        ModelSignals signals_(&model);

        const auto id = fixture.store().add(jobIn(JobStatus::Pending, u"new"_s, utc(2024, 2, 1)));
        QVERIFY(id);
        QCOMPARE(signals_.inserted.count(), 1);
        QCOMPARE(signals_.inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(signals_.inserted.at(0).at(2).toInt(), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(idAt(model, 0), *id);
        QCOMPARE(model.index(0, JobListModel::Name).data().toString(), u"new"_s);
        QCOMPARE(signals_.reset.count(), 0);
    }

    void jobChanged_changesExactlyItsColumns_data()
    {
        QTest::addColumn<JobFields>("fields");
        QTest::addColumn<QList<int>>("columns");
        // The store adds UpdatedAt to every change.
        const int updated = JobListModel::Updated;
        QTest::newRow("progress") << JobFields(JobField::Progress)
                                  << QList<int>{JobListModel::Status, updated};
        QTest::newRow("phase") << JobFields(JobField::SecondaryStatus)
                               << QList<int>{JobListModel::Status, updated};
        QTest::newRow("status") << JobFields(JobField::Status)
                                << QList<int>{JobListModel::Status, updated,
                                              JobListModel::Duration};
        QTest::newRow("best score")
            << JobFields(JobField::BestScore) << QList<int>{JobListModel::BestScore, updated};
        QTest::newRow("name") << JobFields(JobField::Name)
                              << QList<int>{JobListModel::Name, updated};
        QTest::newRow("ended") << JobFields(JobField::EndedAt)
                               << QList<int>{updated, JobListModel::Duration};
        QTest::newRow("failure reason")
            << JobFields(JobField::FailureReason) << QList<int>{JobListModel::Status, updated};
        QTest::newRow("tags, not shown") << JobFields(JobField::Tags) << QList<int>{updated};
        QTest::newRow("spec") << JobFields(JobField::Spec)
                              << QList<int>{JobListModel::Name,      JobListModel::FeatureTable,
                                            JobListModel::Target,    JobListModel::Task,
                                            JobListModel::Scoring,   JobListModel::Status,
                                            JobListModel::BestScore, updated};
    }

    void jobChanged_changesExactlyItsColumns()
    {
        QFETCH(JobFields, fields);
        QFETCH(QList<int>, columns);
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        QList<Job> three;
        for (int i = 0; i < 3; ++i)
            three << jobIn(JobStatus::Running, u"job %1"_s.arg(i), utc(2024, 1, 1 + i));
        const auto ids = fixture.store().add(three);
        QVERIFY(ids);
        JobListModel model(&fixture.store());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load();
        const int row = model.rowOf(ids->at(1));
        QVERIFY(row >= 0);
        ModelSignals signals_(&model);

        Job job = *fixture.store().get(ids->at(1));
        job.progress = 0.77;
        job.secondaryStatus = u"TrainingBestModel"_s;
        job.setStatus(JobStatus::Finished);
        job.bestScore = 0.91;
        job.name = u"renamed"_s;
        job.endedAt = utc(2024, 3, 1);
        job.failureReason = u"out of memory"_s;
        job.tags = {u"urgent"_s};
        job.spec.targetName = u"left"_s;
        QVERIFY(fixture.store().update(job, fields));

        QCOMPARE(changedCells(signals_.changed), cellsOf(row, columns));
        QCOMPARE(signals_.reset.count(), 0);
        QCOMPARE(signals_.inserted.count(), 0);
        QCOMPARE(signals_.removed.count(), 0);
        QCOMPARE(signals_.layout.count(), 0);
    }

    void jobChanged_showsTheNewValues()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        const auto id = fixture.store().add(jobIn(JobStatus::Running, u"tune"_s, utc(2024, 1, 1)));
        QVERIFY(id);
        JobListModel model(&fixture.store());
        model.load();
        Job job = *fixture.store().get(*id);
        job.progress = 0.5;
        job.secondaryStatus = u"TrainingBestModel"_s;
        QVERIFY(fixture.store().update(job, JobField::Progress | JobField::SecondaryStatus));
        const QModelIndex status = model.index(0, JobListModel::Status);
        QCOMPARE(status.data(JobListModel::ProgressRole).toDouble(), 0.5);
        QCOMPARE(status.data(JobListModel::SecondaryStatusRole).toString(), u"TrainingBestModel"_s);
    }

    void jobRemoved_removesItsRow_andLaterRowsStayAddressable()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        QList<Job> five;
        for (int i = 0; i < 5; ++i)
            five << jobIn(JobStatus::Finished, u"job %1"_s.arg(i), utc(2024, 1, 1 + i));
        const auto ids = fixture.store().add(five);
        QVERIFY(ids);
        JobListModel model(&fixture.store());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load();
        const QString victim = ids->at(2);
        const int victimRow = model.rowOf(victim);
        ModelSignals signals_(&model);

        QVERIFY(fixture.store().remove(victim));
        QCOMPARE(signals_.removed.count(), 1);
        QCOMPARE(signals_.removed.at(0).at(1).toInt(), victimRow);
        QCOMPARE(signals_.removed.at(0).at(2).toInt(), victimRow);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(victim), -1);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowOf(idAt(model, r)), r);

        // A job after the removed one is still found and updated in place.
        const QString later = idAt(model, model.rowCount() - 1);
        Job job = *fixture.store().get(later);
        job.name = u"still here"_s;
        signals_.clear();
        QVERIFY(fixture.store().update(job, JobField::Name));
        QCOMPARE(changedCells(signals_.changed),
                 cellsOf(model.rowCount() - 1, {JobListModel::Name, JobListModel::Updated}));
        QCOMPARE(model.index(model.rowCount() - 1, 0).data().toString(), u"still here"_s);
        QCOMPARE(signals_.reset.count(), 0);
    }

    void statusChanges_areReported_andRunningJobsCounted()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        const auto id = fixture.store().add(jobIn(JobStatus::Pending, u"soon"_s, utc(2024, 1, 1)));
        QVERIFY(id);
        JobListModel model(&fixture.store());
        model.load();
        QCOMPARE(model.runningCount(), 0);
        QSignalSpy statusChanged(&model, &JobListModel::statusChanged);
        QSignalSpy running(&model, &JobListModel::runningCountChanged);

        Job job = *fixture.store().get(*id);
        job.setStatus(JobStatus::Running);
        QVERIFY(fixture.store().update(job, JobField::Status));
        QCOMPARE(model.runningCount(), 1);
        QCOMPARE(running.count(), 1);
        QCOMPARE(running.at(0).at(0).toInt(), 1);
        QCOMPARE(statusChanged.count(), 1);
        QCOMPARE(statusChanged.at(0).at(0).toString(), *id);
        QCOMPARE(statusChanged.at(0).at(1).value<JobStatus>(), JobStatus::Pending);
        QCOMPARE(statusChanged.at(0).at(2).value<JobStatus>(), JobStatus::Running);

        job.setStatus(JobStatus::Failed);
        QVERIFY(fixture.store().update(job, JobField::Status));
        QCOMPARE(model.runningCount(), 0);
        QCOMPARE(running.count(), 2);
        QCOMPARE(statusChanged.count(), 2);
        QCOMPARE(statusChanged.at(1).at(2).value<JobStatus>(), JobStatus::Failed);

        // Another change that leaves the status alone reports nothing.
        job.name = u"renamed"_s;
        QVERIFY(fixture.store().update(job, JobField::Name));
        QCOMPARE(statusChanged.count(), 2);
    }

    void localData_showsItsFileName_withThePathInTheTooltip()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        Job local = jobIn(JobStatus::Finished, u"from a file"_s, utc(2024, 3, 1, 9, 0, 0));
        local.spec.featureTableName = u"/home/ana/data/churn 2024.csv"_s;
        const auto id = fixture.store().add(local);
        QVERIFY(id);
        JobListModel model(&fixture.store());
        model.load();
        const QModelIndex data = model.index(model.rowOf(*id), JobListModel::FeatureTable);
        QCOMPARE(data.data().toString(), u"churn 2024.csv"_s);
        QVERIFY(data.data(Qt::ToolTipRole).toString().contains(u"/home/ana/data/churn 2024.csv"_s));
    }

    void roles_giveTheJobsValues()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        jobs::testing::FakeClock clock;
        clock.set(utc(2024, 3, 1, 10, 0, 0));
        Job running = jobIn(JobStatus::Running, u"tuning"_s, utc(2024, 3, 1, 9, 0, 0));
        running.startedAt = utc(2024, 3, 1, 9, 50, 0); // 600 s ago
        running.progress = 0.25;                       // so about 1800 s left
        running.spec.maxRuntimeSeconds = 3600;
        const auto runningId = fixture.store().add(running);
        QVERIFY(runningId);
        const auto failedId =
            fixture.store().add(jobIn(JobStatus::Failed, u"broken"_s, utc(2024, 2, 1, 9, 0, 0)));
        QVERIFY(failedId);
        const auto finishedId =
            fixture.store().add(jobIn(JobStatus::Finished, u"done"_s, utc(2024, 2, 2, 9, 0, 0)));
        QVERIFY(finishedId);

        JobListModel model(&fixture.store());
        model.setClock(std::ref(clock));
        model.load();

        const int r = model.rowOf(*runningId);
        const auto cell = [&](int row, int column) { return model.index(row, column); };
        QCOMPARE(cell(r, JobListModel::Name).data().toString(), u"tuning"_s);
        QCOMPARE(cell(r, JobListModel::FeatureTable).data().toString(), u"churn_2023"_s);
        QCOMPARE(cell(r, JobListModel::Target).data().toString(), u"churned"_s);
        QCOMPARE(cell(r, JobListModel::Task).data().toString(), u"Classification"_s);
        QCOMPARE(cell(r, JobListModel::Scoring).data().toString(), u"F1"_s);
        QCOMPARE(cell(r, JobListModel::Status).data().toString(), u"Running"_s);
        QCOMPARE(cell(r, JobListModel::Backend).data().toString(), u"This computer"_s);
        QCOMPARE(cell(r, 0).data(JobListModel::JobIdRole).toString(), *runningId);
        QCOMPARE(cell(r, 0).data(JobListModel::BackendIdRole).toString(), u"local"_s);
        QCOMPARE(cell(r, 0).data(JobListModel::StatusRole).toInt(), int(JobStatus::Running));
        QCOMPARE(cell(r, 0).data(JobListModel::StatusTextRole).toString(), u"RUNNING"_s);
        QCOMPARE(cell(r, 0).data(JobListModel::StatusColorRole).value<QColor>(),
                 models::jobStatusColor(JobStatus::Running));
        QCOMPARE(cell(r, 0).data(JobListModel::ProgressRole).toDouble(), 0.25);
        QCOMPARE(cell(r, 0).data(JobListModel::ElapsedSecondsRole).toLongLong(), 600);
        QCOMPARE(cell(r, 0).data(JobListModel::RemainingSecondsRole).toLongLong(), 1800);
        QCOMPARE(cell(r, JobListModel::Duration).data().toString(), u"10 min 00 s"_s);
        QCOMPARE(cell(r, JobListModel::Duration).data(JobListModel::SortRole).toLongLong(), 600);
        const QString tip = cell(r, JobListModel::Status).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"ModelTuning"_s) && tip.contains(u"25 %"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"10 min 00 s"_s) && tip.contains(u"30 min 00 s"_s), qPrintable(tip));
        QCOMPARE(cell(r, JobListModel::Created).data().toString().startsWith(u"Today"_s), true);
        QCOMPARE(cell(r, JobListModel::Created).data(JobListModel::SortRole).toDateTime(),
                 utc(2024, 3, 1, 9, 0, 0));
        QVERIFY(!cell(r, JobListModel::BestScore).data(JobListModel::SortRole).isValid());

        const int f = model.rowOf(*failedId);
        QCOMPARE(cell(f, JobListModel::Status).data().toString(), u"Failed"_s);
        QVERIFY(cell(f, JobListModel::Status)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"unterminated quoted field"_s));
        QVERIFY(!cell(f, 0).data(JobListModel::RemainingSecondsRole).isValid());

        const int d = model.rowOf(*finishedId);
        QCOMPARE(cell(d, JobListModel::BestScore).data(JobListModel::SortRole).toDouble(), 0.8125);
        QCOMPARE(cell(d, JobListModel::BestScore).data().toString(), u"0.8125"_s);
        QCOMPARE(cell(d, JobListModel::Duration).data().toString(), u"2 min 05 s"_s);
        QCOMPARE(cell(d, JobListModel::Status).data(JobListModel::SortRole).toInt(),
                 models::jobStatusRank(JobStatus::Finished));
    }

    void summaries_matchTheStoresListing()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        for (JobStatus status : {JobStatus::Pending, JobStatus::Running, JobStatus::Finished,
                                 JobStatus::Failed, JobStatus::Stopped}) {
            Job job = jobIn(status, QString(), utc(2024, 1, 1 + int(status)));
            job.name.clear(); // the display name then comes from the spec
            QVERIFY(fixture.store().add(job));
        }
        JobListModel model(&fixture.store());
        model.load();
        const auto all = fixture.store().listAll();
        QVERIFY(all);
        QCOMPARE(model.rowCount(), all->size());
        for (const auto& summary : *all) {
            const int row = model.rowOf(summary.id);
            QVERIFY(row >= 0);
            QCOMPARE(model.summaryAt(row), summary);
        }
    }

    void runningJob_durationTicks_idleModelStaysQuiet()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        const auto id = fixture.store().add(jobIn(JobStatus::Running, u"tick"_s, utc(2024, 1, 1)));
        QVERIFY(id);
        JobListModel model(&fixture.store());
        model.load();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(changed.wait(2500));
        QCOMPARE(changedCells(changed), cellsOf(0, {JobListModel::Duration}));

        Job job = *fixture.store().get(*id);
        job.setStatus(JobStatus::Finished);
        job.endedAt = utc(2024, 1, 2);
        QVERIFY(fixture.store().update(job, JobField::Status | JobField::EndedAt));
        changed.clear();
        QVERIFY(!changed.wait(2500));
    }

    void sorted_keepsItsOrderAsJobsArriveAndChange()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        QList<Job> jobs;
        for (int i = 0; i < 30; ++i) {
            Job job = jobIn(JobStatus::Finished, u"job %1"_s.arg(i), utc(2024, 1, 1).addSecs(i));
            job.bestScore = double((i * 7) % 30) / 30.0; // a shuffled order of scores
            jobs << job;
        }
        const auto ids = fixture.store().add(jobs);
        QVERIFY(ids);
        JobListModel model(&fixture.store());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load();
        const auto scoreAt = [&](int row) {
            return model.index(row, JobListModel::BestScore)
                .data(JobListModel::SortRole)
                .toDouble();
        };
        const auto isSortedByScoreDescending = [&] {
            for (int row = 1; row < model.rowCount(); ++row) {
                if (scoreAt(row - 1) < scoreAt(row))
                    return false;
            }
            return true;
        };
        QVERIFY(!isSortedByScoreDescending());

        // Sorting is one layout change; a selection stays on its job.
        const QPersistentModelIndex selected = model.index(model.rowOf(ids->at(4)), 0);
        ModelSignals signals_(&model);
        model.sort(JobListModel::BestScore, Qt::DescendingOrder);
        QCOMPARE(signals_.layout.count(), 1);
        QVERIFY(isSortedByScoreDescending());
        QCOMPARE(idAt(model, selected.row()), ids->at(4));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOf(idAt(model, row)), row);

        // A job added goes to its place: one row inserted there.
        signals_.clear();
        Job middling = jobIn(JobStatus::Finished, u"middling"_s, utc(2024, 6, 1));
        middling.bestScore = 0.505;
        const auto added = fixture.store().add(middling);
        QVERIFY(added);
        QCOMPARE(signals_.inserted.count(), 1);
        const int insertedAt = signals_.inserted.at(0).at(1).toInt();
        QCOMPARE(idAt(model, insertedAt), *added);
        QVERIFY(scoreAt(insertedAt - 1) >= 0.505 && scoreAt(insertedAt + 1) <= 0.505);
        QVERIFY(isSortedByScoreDescending());
        QCOMPARE(signals_.layout.count(), 0);

        // A job whose score changes moves to its place, with the selection.
        signals_.clear();
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        Job improved = *fixture.store().get(ids->at(4));
        improved.bestScore = 0.999;
        QVERIFY(fixture.store().update(improved, JobField::BestScore));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(idAt(model, 0), ids->at(4));
        QCOMPARE(selected.row(), 0);
        QCOMPARE(changedCells(signals_.changed),
                 cellsOf(0, {JobListModel::BestScore, JobListModel::Updated}));
        QVERIFY(isSortedByScoreDescending());

        // And one that falls to the bottom.
        moved.clear();
        improved.bestScore = -0.5; // an R² can be below zero
        QVERIFY(fixture.store().update(improved, JobField::BestScore));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(idAt(model, model.rowCount() - 1), ids->at(4));
        QVERIFY(isSortedByScoreDescending());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOf(idAt(model, row)), row);

        // A change that keeps its place moves nothing.
        moved.clear();
        improved.name = u"renamed"_s;
        QVERIFY(fixture.store().update(improved, JobField::Name));
        QCOMPARE(moved.count(), 0);
    }

    void sortedBeforeTheHistoryArrives_mergesItInOrder()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        QList<Job> many;
        for (int i = 0; i < 250; ++i)
            many << jobIn(JobStatus::Finished, u"job %1"_s.arg((i * 37) % 250, 3, 10, QChar(u'0')),
                          utc(2024, 1, 1).addSecs(i));
        QVERIFY(fixture.store().add(many));
        JobListModel model(&fixture.store());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(JobListModel::Name, Qt::AscendingOrder);
        model.load({}, 40); // the newest 40 first, the rest by name among them
        QCOMPARE(model.rowCount(), 40);
        model.waitForLoaded();
        QCOMPARE(model.rowCount(), 250);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, JobListModel::Name).data().toString(),
                     u"job %1"_s.arg(row, 3, 10, QChar(u'0')));
            QCOMPARE(model.rowOf(idAt(model, row)), row);
        }
    }

    void headers_nameEveryColumn()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        JobListModel model(&fixture.store());
        QSet<QString> titles;
        for (int column = 0; column < model.columnCount(); ++column) {
            const QString title = model.headerData(column, Qt::Horizontal).toString();
            QVERIFY2(!title.isEmpty(), qPrintable(QString::number(column)));
            titles.insert(title);
        }
        QCOMPARE(titles.size(), model.columnCount());
    }
};

QTEST_MAIN(TestModelsJobListModel)
#include "test_models_job_list_model.moc"
