// The filter bar and the backends sidebar drive the proxy: the search
// waits for a pause in typing, the status menu and date presets filter,
// the count says how many jobs are left, and the sidebar picks a backend.

#include "models/backend_list_model.h"
#include "models/backend_registry.h"
#include "models/job_filter_proxy_model.h"
#include "models/job_list_model.h"
#include "tests/models/model_test_support.h"
#include "ui/history/backend_sidebar.h"
#include "ui/history/job_filter_bar.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace winnow;
using namespace winnow::models::testing;
using jobs::Job;
using jobs::JobStatus;
using ui::JobFilterBar;

namespace {

struct Jobs {
    StoreFixture fixture;
    models::JobListModel* model = nullptr;
    models::JobFilterProxyModel proxy;

    Jobs()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        add(JobStatus::Finished, u"churn baseline"_s, now.addDays(-40), u"local"_s);
        add(JobStatus::Running, u"churn tuned"_s, now.addSecs(-600), u"local"_s);
        add(JobStatus::Failed, u"fraud"_s, now.addDays(-3), u"mlhub"_s);
        add(JobStatus::Finished, u"prices"_s, now.addDays(-400), u"mlhub"_s);
        model = new models::JobListModel(&fixture.store(), nullptr, &proxy);
        model->load();
        proxy.setSourceModel(model);
    }

    void add(JobStatus status, const QString& name, const QDateTime& created,
             const QString& backend)
    {
        Job job = jobIn(status, name, created);
        job.spec.featureTableName = u"table_%1"_s.arg(fixture.store().counts()->total);
        job.backend = backend;
        if (backend != u"local"_s)
            job.remoteId = name;
        (void)fixture.store().add(job);
    }
};

QStringList names(const QAbstractItemModel& model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, 0).data().toString();
    list.sort();
    return list;
}

} // namespace

class TestUiHistoryFiltersAndSidebar : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void search_waitsForAPauseInTyping()
    {
        Jobs jobs;
        QVERIFY2(jobs.fixture.isReady(), qPrintable(jobs.fixture.error()));
        JobFilterBar bar(&jobs.proxy);
        bar.setSearchDelay(100);
        bar.show();
        QTest::keyClicks(bar.searchField(), u"churn"_s);
        // Not yet: the user may still be typing.
        QCOMPARE(jobs.proxy.rowCount(), 4);
        QTRY_COMPARE(jobs.proxy.rowCount(), 2);
        QCOMPARE(names(jobs.proxy), (QStringList{u"churn baseline"_s, u"churn tuned"_s}));
        auto* count = bar.findChild<QLabel*>(u"jobCountLabel"_s);
        QVERIFY2(count->text().contains(u"2 of 4"_s), qPrintable(count->text()));
        auto* clear = bar.findChild<QToolButton*>(u"jobClearFiltersButton"_s);
        QVERIFY(clear->isVisible());

        // Clearing the field applies at once.
        bar.searchField()->clear();
        QCOMPARE(jobs.proxy.rowCount(), 4);
        QVERIFY(!clear->isVisible());
        QVERIFY(count->text().contains(u"4"_s));
    }

    void statusMenu_filtersByStatus()
    {
        Jobs jobs;
        QVERIFY2(jobs.fixture.isReady(), qPrintable(jobs.fixture.error()));
        JobFilterBar bar(&jobs.proxy);
        auto* menu = bar.findChild<QMenu*>(u"jobStatusFilterMenu"_s);
        QVERIFY(menu);
        auto* finished = menu->findChild<QAction*>(u"statusFilterFINISHEDAction"_s);
        auto* failed = menu->findChild<QAction*>(u"statusFilterFAILEDAction"_s);
        QVERIFY(finished && failed);
        finished->trigger();
        QCOMPARE(names(jobs.proxy), (QStringList{u"churn baseline"_s, u"prices"_s}));
        failed->trigger();
        QCOMPARE(jobs.proxy.rowCount(), 3);
        auto* button = bar.findChild<QToolButton*>(u"jobStatusFilterButton"_s);
        QCOMPARE(button->text(), u"Finished, Failed"_s);
        menu->findChild<QAction*>(u"allStatusesAction"_s)->trigger();
        QCOMPARE(jobs.proxy.rowCount(), 4);
        QVERIFY(!finished->isChecked());
    }

    void datePresets_filterByCreation()
    {
        Jobs jobs;
        QVERIFY2(jobs.fixture.isReady(), qPrintable(jobs.fixture.error()));
        JobFilterBar bar(&jobs.proxy);
        bar.setDateRange(JobFilterBar::DateRange::Last7Days);
        QCOMPARE(names(jobs.proxy), (QStringList{u"churn tuned"_s, u"fraud"_s}));
        bar.setDateRange(JobFilterBar::DateRange::Last30Days);
        QCOMPARE(jobs.proxy.rowCount(), 2);
        const QDate today = QDate::currentDate();
        bar.setCustomDates(today.addDays(-60), today.addDays(-20));
        QCOMPARE(names(jobs.proxy), QStringList{u"churn baseline"_s});
        bar.clearFilters();
        QCOMPARE(jobs.proxy.rowCount(), 4);
        QCOMPARE(bar.dateRange(), JobFilterBar::DateRange::AnyTime);
    }

    void sidebar_choosesTheBackend()
    {
        Jobs jobs;
        QVERIFY2(jobs.fixture.isReady(), qPrintable(jobs.fixture.error()));
        models::BackendRegistry registry;
        models::BackendListModel backends(&jobs.fixture.store(), &registry);
        ui::BackendSidebar sidebar(&backends);
        QObject::connect(&sidebar, &ui::BackendSidebar::backendChosen, &jobs.proxy,
                         &models::JobFilterProxyModel::setBackendFilter);
        QCOMPARE(sidebar.currentBackendId(), QString());
        QCOMPARE(backends.rowCount(), 3); // All jobs, this computer, mlhub

        auto* list = sidebar.listView();
        list->setCurrentIndex(backends.index(backends.rowOf(u"mlhub"_s)));
        QCOMPARE(sidebar.currentBackendId(), u"mlhub"_s);
        QCOMPARE(names(jobs.proxy), (QStringList{u"fraud"_s, u"prices"_s}));
        list->setCurrentIndex(backends.index(0));
        QCOMPARE(jobs.proxy.rowCount(), 4);

        // The sidebar paints each backend with its count.
        sidebar.resize(240, 200);
        const QImage image = sidebar.grab().toImage();
        QVERIFY(!image.isNull());
    }
};

QTEST_MAIN(TestUiHistoryFiltersAndSidebar)
#include "test_ui_history_filters_and_sidebar.moc"
