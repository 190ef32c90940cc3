// The job table over a real store: it keeps the selection, the current job,
// the scroll position and the sort across live updates; it remembers its
// columns; Enter and double clicks open jobs.

#include "models/job_filter_proxy_model.h"
#include "models/job_list_model.h"
#include "tests/models/model_test_support.h"
#include "ui/history/job_history_view.h"
#include "ui/history/job_status_delegate.h"
#include "ui/history/job_table_view.h"

#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace winnow;
using namespace winnow::models::testing;
using jobs::Job;
using jobs::JobField;
using jobs::JobStatus;
using models::JobFilterProxyModel;
using models::JobListModel;
using ui::JobTableView;

namespace {

// A store with `count` jobs, a model, a proxy and a table showing them.
struct TableFixture {
    StoreFixture fixture;
    QStringList ids;
    std::unique_ptr<JobListModel> model;
    std::unique_ptr<JobFilterProxyModel> proxy;
    std::unique_ptr<JobTableView> table;

    explicit TableFixture(int count, const QString& settingsGroup = {})
    {
        QList<Job> jobs;
        for (int i = 0; i < count; ++i) {
            const JobStatus status = i % 3 == 0
                                         ? JobStatus::Running
                                         : (i % 3 == 1 ? JobStatus::Finished : JobStatus::Pending);
            jobs << jobIn(status, u"job %1"_s.arg(i, 4, 10, QLatin1Char('0')),
                          utc(2024, 1, 1).addSecs(3600 * i));
        }
        if (auto added = fixture.store().add(jobs))
            ids = *added;
        model = std::make_unique<JobListModel>(&fixture.store());
        model->load();
        model->waitForLoaded();
        proxy = std::make_unique<JobFilterProxyModel>();
        proxy->setSourceModel(model.get());
        table = std::make_unique<JobTableView>();
        if (!settingsGroup.isEmpty())
            table->setSettingsGroup(settingsGroup);
        table->setModel(proxy.get());
        table->resize(900, 420);
    }

    bool update(int jobIndex, const std::function<void(Job&)>& change, jobs::JobFields fields)
    {
        auto job = fixture.store().get(ids.at(jobIndex));
        if (!job)
            return false;
        change(*job);
        return bool(fixture.store().update(*job, fields));
    }
};

} // namespace

class TestUiHistoryJobTableView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"WinnowTest"_s);
        QCoreApplication::setApplicationName(u"test_ui_history_job_table_view"_s);
    }

    void init() { QSettings().clear(); }

    void defaultLayout_newestFirst_withTheUsualColumns()
    {
        TableFixture t(20);
        QVERIFY2(t.fixture.isReady(), qPrintable(t.fixture.error()));
        QCOMPARE(t.table->horizontalHeader()->sortIndicatorSection(), int(JobListModel::Created));
        QCOMPARE(t.table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(t.proxy->index(0, JobListModel::Name).data().toString(), u"job 0019"_s);
        QVERIFY(!t.table->isColumnHidden(JobListModel::Name));
        QVERIFY(!t.table->isColumnHidden(JobListModel::Status));
        QVERIFY(t.table->isColumnHidden(JobListModel::Updated));
        QVERIFY(qobject_cast<ui::JobStatusDelegate*>(
            t.table->itemDelegateForColumn(JobListModel::Status)));
    }

    void liveUpdates_keepSelectionCurrentScrollAndSort()
    {
        TableFixture t(400);
        QVERIFY2(t.fixture.isReady(), qPrintable(t.fixture.error()));
        t.table->show();
        QVERIFY(QTest::qWaitForWindowExposed(t.table.get()));

        // Scroll into the middle and select three jobs there.
        QScrollBar* scroll = t.table->verticalScrollBar();
        QVERIFY(scroll->maximum() > 0);
        scroll->setValue(scroll->maximum() / 2);
        const int scrolled = scroll->value();
        const int firstRow = t.table->rowAt(t.table->viewport()->height() / 2);
        QVERIFY(firstRow >= 0);
        auto* selection = t.table->selectionModel();
        for (int row : {firstRow, firstRow + 1, firstRow + 3}) {
            selection->select(t.proxy->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        selection->setCurrentIndex(t.proxy->index(firstRow + 1, JobListModel::Status),
                                   QItemSelectionModel::NoUpdate);
        const QStringList selected = t.table->selectedJobIds();
        const QString current = t.table->currentJobId();
        QCOMPARE(selected.size(), 3);
        const int sortColumn = t.table->horizontalHeader()->sortIndicatorSection();
        const Qt::SortOrder sortOrder = t.table->horizontalHeader()->sortIndicatorOrder();
        QSignalSpy resets(t.proxy.get(), &QAbstractItemModel::modelReset);

        // 100 updates: progress and phase of running jobs elsewhere, names,
        // scores and statuses, and every fifth one to the current job.
        const int currentJob = t.ids.indexOf(current);
        QVERIFY(currentJob >= 0);
        for (int i = 0; i < 100; ++i) {
            const int target = i % 5 == 0 ? currentJob : (i * 37) % t.ids.size();
            QVERIFY(t.update(
                target,
                [i](Job& job) {
                    job.progress = (i % 10) / 10.0;
                    job.secondaryStatus = i % 2 ? u"ModelTuning"_s : u"FeatureEngineering"_s;
                    job.bestScore = 0.5 + i / 1000.0;
                    job.name = job.name.section(u' ', 0, 1) + u" v%1"_s.arg(i);
                },
                JobField::Progress | JobField::SecondaryStatus | JobField::BestScore |
                    JobField::Name));
            QCoreApplication::processEvents();
        }
        QTest::qWait(50);

        QCOMPARE(t.table->selectedJobIds(), selected);
        QCOMPARE(t.table->currentJobId(), current);
        QCOMPARE(t.table->currentIndex().column(), int(JobListModel::Status));
        QCOMPARE(scroll->value(), scrolled);
        QCOMPARE(t.table->horizontalHeader()->sortIndicatorSection(), sortColumn);
        QCOMPARE(t.table->horizontalHeader()->sortIndicatorOrder(), sortOrder);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(t.proxy->rowCount(), 400);
    }

    void liveUpdates_thatMoveTheSelectedRow_keepItSelected()
    {
        TableFixture t(120);
        QVERIFY2(t.fixture.isReady(), qPrintable(t.fixture.error()));
        t.table->show();
        QVERIFY(QTest::qWaitForWindowExposed(t.table.get()));
        t.table->sortByColumn(JobListModel::BestScore, Qt::DescendingOrder);
        t.table->verticalScrollBar()->setValue(t.table->verticalScrollBar()->maximum() / 3);
        const int scrolled = t.table->verticalScrollBar()->value();
        const QString chosen = t.ids.at(50);
        QVERIFY(t.table->selectJob(chosen));
        t.table->verticalScrollBar()->setValue(scrolled);

        // Its score climbs to the top, others' scores change around it.
        for (int i = 0; i < 100; ++i) {
            const int target = i % 4 == 0 ? 50 : (i * 13) % t.ids.size();
            const double score = target == 50 ? 0.1 + i / 100.0 : 0.1 + i / 1000.0;
            QVERIFY(t.update(
                target, [score](Job& job) { job.bestScore = score; }, JobField::BestScore));
            QCoreApplication::processEvents();
        }
        QCOMPARE(t.table->selectedJobIds(), QStringList{chosen});
        QCOMPARE(t.table->currentJobId(), chosen);
        QCOMPARE(t.table->verticalScrollBar()->value(), scrolled);
        QCOMPARE(t.proxy->jobIdAt(0), chosen); // its last score, 1.06, is the best
    }

    void columnLayout_isRestoredByTheNextTable()
    {
        const QString group = u"history/jobTable"_s;
        {
            TableFixture t(5, group);
            QVERIFY2(t.fixture.isReady(), qPrintable(t.fixture.error()));
            QHeaderView* header = t.table->horizontalHeader();
            header->resizeSection(JobListModel::Name, 321);
            header->moveSection(header->visualIndex(JobListModel::BestScore), 1);
            t.table->setColumnHidden(JobListModel::Task, true);
            t.table->setColumnHidden(JobListModel::Backend, false);
            t.table->sortByColumn(JobListModel::BestScore, Qt::AscendingOrder);
            t.table->saveColumns();
        }
        TableFixture again(5, group);
        QHeaderView* header = again.table->horizontalHeader();
        QCOMPARE(header->sectionSize(JobListModel::Name), 321);
        QCOMPARE(header->visualIndex(JobListModel::BestScore), 1);
        QVERIFY(again.table->isColumnHidden(JobListModel::Task));
        QVERIFY(!again.table->isColumnHidden(JobListModel::Backend));
        QCOMPARE(header->sortIndicatorSection(), int(JobListModel::BestScore));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        // And the rows follow that order.
        const QVariant first =
            again.proxy->index(0, JobListModel::BestScore).data(JobListModel::SortRole);
        QVERIFY(!first.isValid()); // jobs without a score come first
    }

    void columnLayout_isSavedAfterAChange_withoutAnExplicitSave()
    {
        const QString group = u"history/autosave"_s;
        {
            TableFixture t(3, group);
            t.table->horizontalHeader()->resizeSection(JobListModel::Target, 222);
            QTRY_VERIFY(QSettings().contains(group + u"/headerState"_s));
        }
        TableFixture again(3, group);
        QCOMPARE(again.table->horizontalHeader()->sectionSize(JobListModel::Target), 222);
    }

    void columnMenu_hidesAndShowsColumns_butNeverTheName()
    {
        TableFixture t(3);
        QVERIFY2(t.fixture.isReady(), qPrintable(t.fixture.error()));
        std::unique_ptr<QMenu> menu(t.table->createColumnMenu());
        auto* name = menu->findChild<QAction*>(u"showColumn%1Action"_s.arg(JobListModel::Name));
        auto* task = menu->findChild<QAction*>(u"showColumn%1Action"_s.arg(JobListModel::Task));
        auto* updated =
            menu->findChild<QAction*>(u"showColumn%1Action"_s.arg(JobListModel::Updated));
        QVERIFY(name && task && updated);
        QVERIFY(!name->isEnabled());
        QVERIFY(task->isChecked());
        task->trigger();
        QVERIFY(t.table->isColumnHidden(JobListModel::Task));
        updated->trigger();
        QVERIFY(!t.table->isColumnHidden(JobListModel::Updated));
        menu->findChild<QAction*>(u"resetColumnsAction"_s)->trigger();
        QVERIFY(!t.table->isColumnHidden(JobListModel::Task));
        QVERIFY(t.table->isColumnHidden(JobListModel::Updated));
    }

    void enterAndDoubleClick_openTheJob()
    {
        TableFixture t(10);
        QVERIFY2(t.fixture.isReady(), qPrintable(t.fixture.error()));
        t.table->show();
        QVERIFY(QTest::qWaitForWindowExposed(t.table.get()));
        QSignalSpy open(t.table.get(), &JobTableView::openRequested);
        QVERIFY(t.table->selectJob(t.ids.at(4)));
        t.table->setFocus();
        QTest::keyClick(t.table.get(), Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), t.ids.at(4));

        const QModelIndex other = t.proxy->indexOfJob(t.ids.at(7), JobListModel::Target);
        const QPoint centre = t.table->visualRect(other).center();
        // A double click is a click, then the double-click event.
        QTest::mouseClick(t.table->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(t.table->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(open.count(), 2);
        QCOMPARE(open.at(1).at(0).toString(), t.ids.at(7));
    }

    void filteredOut_tableSaysSo()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        QVERIFY(fixture.store().add(jobIn(JobStatus::Finished, u"churn"_s, utc(2024, 1, 1))));
        JobListModel model(&fixture.store());
        model.load();
        JobFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        ui::JobHistoryView view(&proxy);
        QVERIFY(view.table()->placeholderText().isEmpty());
        proxy.setNameFilter(u"nothing like it"_s);
        QVERIFY(view.table()->placeholderText().contains(u"No jobs match"_s));
        proxy.setNameFilter({});
        QVERIFY(view.table()->placeholderText().isEmpty());
    }
};

QTEST_MAIN(TestUiHistoryJobTableView)
#include "test_ui_history_job_table_view.moc"
