// JobFilterProxyModel over a JobListModel over a real store: each filter,
// sorting by every column in both orders, and live updates that keep the
// order and the selection.

#include "models/job_filter_proxy_model.h"
#include "models/job_list_model.h"
#include "models/job_search_index.h"
#include "tests/models/model_test_support.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QStandardPaths>
#include <QtTest>

#include <memory>
#include <random>

using namespace Qt::StringLiterals;
using namespace winnow;
using namespace winnow::models::testing;
using jobs::Job;
using jobs::JobField;
using jobs::JobStatus;
using jobs::JobStore;
using models::JobFilterProxyModel;
using models::JobListModel;

namespace {

QStringList namesIn(const QAbstractItemModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, JobListModel::Name).data().toString();
    return names;
}

// The test's own ordering of two SortRole values: missing values first,
// then numbers by value, times by time, text ignoring case.
int compareSortValues(const QVariant& left, const QVariant& right)
{
    if (left.isValid() != right.isValid())
        return left.isValid() ? 1 : -1;
    if (!left.isValid())
        return 0;
    if (left.metaType() == QMetaType::fromType<QDateTime>()) {
        const QDateTime a = left.toDateTime();
        const QDateTime b = right.toDateTime();
        return a < b ? -1 : (b < a ? 1 : 0);
    }
    if (left.metaType() == QMetaType::fromType<QString>())
        return left.toString().compare(right.toString(), Qt::CaseInsensitive);
    const double a = left.toDouble();
    const double b = right.toDouble();
    return a < b ? -1 : (b < a ? 1 : 0);
}

// A varied history: statuses, names, dates, backends, scores.
struct History {
    StoreFixture fixture;
    QStringList ids;

    History()
    {
        const QList<std::tuple<QString, JobStatus, QDateTime, QString, double>> jobs{
            {u"Churn baseline"_s, JobStatus::Finished, utc(2024, 1, 10, 12), u"local"_s, 0.71},
            {u"churn with tenure"_s, JobStatus::Running, utc(2024, 1, 11, 8), u"local"_s, -1},
            {u"Étude des prix"_s, JobStatus::Failed, utc(2024, 2, 1, 23), u"mlhub-prod"_s, -1},
            {u"house prices"_s, JobStatus::Finished, utc(2024, 2, 2, 1), u"mlhub-prod"_s, 312.5},
            {u"fraud"_s, JobStatus::Pending, utc(2024, 2, 3, 9), u"local"_s, -1},
            {u"ÉTUDE bis"_s, JobStatus::Stopped, utc(2024, 3, 1, 9), u"sagemaker"_s, 0.64},
            {u"lead scoring"_s, JobStatus::Interrupted, utc(2024, 3, 5, 9), u"local"_s, -1},
        };
        int n = 0;
        for (const auto& [name, status, created, backend, score] : jobs) {
            Job job = jobIn(status, name, created);
            job.backend = backend;
            if (backend != u"local"_s)
                job.remoteId = u"remote-%1"_s.arg(n);
            job.bestScore = score >= 0 ? std::optional<double>(score) : std::nullopt;
            job.spec.featureTableName = u"table_%1"_s.arg(QChar(u'g' - n));
            job.spec.targetName = u"target_%1"_s.arg(n % 3);
            job.spec.task = n % 2 ? u"regression"_s : u"classification"_s;
            job.spec.scoring = n % 2 ? u"mse"_s : u"f1"_s;
            if (job.endedAt.isValid())
                job.endedAt = job.startedAt.addSecs(60 * (n + 1));
            const auto id = fixture.store().add(job);
            ids << (id ? *id : QString());
            ++n;
        }
    }
};

} // namespace

class TestModelsJobFilterProxyModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void nameFilter_ignoresCase()
    {
        History history;
        QVERIFY2(history.fixture.isReady(), qPrintable(history.fixture.error()));
        JobListModel model(&history.fixture.store());
        model.load();
        JobFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(JobListModel::Name, Qt::AscendingOrder);

        proxy.setNameFilter(u"CHURN"_s);
        QCOMPARE(namesIn(proxy), (QStringList{u"Churn baseline"_s, u"churn with tenure"_s}));
        proxy.setNameFilter(u"étude"_s);
        QCOMPARE(namesIn(proxy), (QStringList{u"ÉTUDE bis"_s, u"Étude des prix"_s}));
        QVERIFY(proxy.hasActiveFilters());
        proxy.setNameFilter(u"  "_s);
        QCOMPARE(proxy.rowCount(), 7);
        QVERIFY(!proxy.hasActiveFilters());
    }

    void statusFilter_keepsTheChosenStatuses()
    {
        History history;
        QVERIFY2(history.fixture.isReady(), qPrintable(history.fixture.error()));
        JobListModel model(&history.fixture.store());
        model.load();
        JobFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(JobListModel::Name, Qt::AscendingOrder);

        proxy.setStatusFilter({JobStatus::Finished, JobStatus::Stopped});
        QCOMPARE(namesIn(proxy),
                 (QStringList{u"Churn baseline"_s, u"ÉTUDE bis"_s, u"house prices"_s}));
        proxy.setStatusFilter({JobStatus::Running});
        QCOMPARE(namesIn(proxy), QStringList{u"churn with tenure"_s});
        proxy.setStatusFilter({});
        QCOMPARE(proxy.rowCount(), 7);
    }

    void createdRange_includesBothEnds()
    {
        History history;
        QVERIFY2(history.fixture.isReady(), qPrintable(history.fixture.error()));
        JobListModel model(&history.fixture.store());
        model.load();
        JobFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(JobListModel::Created, Qt::AscendingOrder);

        // Expected from the creation times in local time, whatever the zone.
        const QDate from = utc(2024, 2, 1, 23).toLocalTime().date();
        const QDate to = utc(2024, 2, 3, 9).toLocalTime().date();
        QStringList expected;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QDate created = model.summaryAt(row).createdAt.toLocalTime().date();
            if (created >= from && created <= to)
                expected << model.summaryAt(row).displayName;
        }
        proxy.setCreatedRange(from, to);
        QStringList shown = namesIn(proxy);
        QVERIFY(shown.contains(u"Étude des prix"_s));
        QVERIFY(shown.contains(u"fraud"_s));
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);

        proxy.setCreatedRange(QDate(), to);
        QVERIFY(namesIn(proxy).contains(u"Churn baseline"_s));
        QVERIFY(!namesIn(proxy).contains(u"lead scoring"_s));
        proxy.setCreatedRange(from, QDate());
        QVERIFY(!namesIn(proxy).contains(u"Churn baseline"_s));
        QVERIFY(namesIn(proxy).contains(u"lead scoring"_s));
    }

    void backendFilter_keepsOneBackend()
    {
        History history;
        QVERIFY2(history.fixture.isReady(), qPrintable(history.fixture.error()));
        JobListModel model(&history.fixture.store());
        model.load();
        JobFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(JobListModel::Name, Qt::AscendingOrder);

        proxy.setBackendFilter(u"mlhub-prod"_s);
        QCOMPARE(namesIn(proxy), (QStringList{u"Étude des prix"_s, u"house prices"_s}));
        // The backend is the sidebar's choice, not a filter to clear.
        QVERIFY(!proxy.hasActiveFilters());
        proxy.setNameFilter(u"house"_s);
        QCOMPARE(namesIn(proxy), QStringList{u"house prices"_s});
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), 7);
    }

    void sort_followsEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        for (int column = 0; column < JobListModel::ColumnCount; ++column) {
            const QByteArray name = QMetaEnum::fromType<JobListModel::Column>().valueToKey(column);
            QTest::addRow("%s ascending", name.constData()) << column << Qt::AscendingOrder;
            QTest::addRow("%s descending", name.constData()) << column << Qt::DescendingOrder;
        }
    }

    void sort_followsEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        History history;
        QVERIFY2(history.fixture.isReady(), qPrintable(history.fixture.error()));
        JobListModel model(&history.fixture.store());
        jobs::testing::FakeClock clock;
        clock.set(utc(2024, 4, 1));
        model.setClock(std::ref(clock));
        model.load();
        JobFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(column, order);
        QCOMPARE(proxy.rowCount(), 7);

        for (int row = 0; row + 1 < proxy.rowCount(); ++row) {
            const QVariant a = proxy.index(row, column).data(JobListModel::SortRole);
            const QVariant b = proxy.index(row + 1, column).data(JobListModel::SortRole);
            const int comparison = compareSortValues(a, b);
            const QString message = u"row %1 (%2) before row %3 (%4)"_s.arg(
                QString::number(row), a.toString(), QString::number(row + 1), b.toString());
            if (order == Qt::AscendingOrder)
                QVERIFY2(comparison <= 0, qPrintable(message));
            else
                QVERIFY2(comparison >= 0, qPrintable(message));
        }
    }

    void liveUpdate_movesTheRow_andKeepsTheSelection()
    {
        History history;
        QVERIFY2(history.fixture.isReady(), qPrintable(history.fixture.error()));
        JobListModel model(&history.fixture.store());
        model.load();
        JobFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(JobListModel::BestScore, Qt::DescendingOrder);
        QItemSelectionModel selection(&proxy);
        const QString selectedId = history.ids.at(0); // Churn baseline, 0.71
        selection.setCurrentIndex(proxy.indexOfJob(selectedId),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        // Give another job the best score of all: it moves to the top.
        Job job = *history.fixture.store().get(history.ids.at(4));
        job.bestScore = 1000.0;
        QVERIFY(history.fixture.store().update(job, JobField::BestScore));
        QCOMPARE(proxy.jobIdAt(0), history.ids.at(4));
        QCOMPARE(proxy.jobIdAt(selection.currentIndex().row()), selectedId);
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(proxy.jobIdAt(selection.selectedRows().at(0).row()), selectedId);

        // A running job filtered by status leaves the view when it finishes.
        proxy.setStatusFilter({JobStatus::Running});
        QCOMPARE(proxy.rowCount(), 1);
        Job running = *history.fixture.store().get(history.ids.at(1));
        running.setStatus(JobStatus::Finished);
        QVERIFY(history.fixture.store().update(running, JobField::Status));
        QCOMPARE(proxy.rowCount(), 0);
    }

    void newJob_takesItsPlaceInTheOrder()
    {
        History history;
        QVERIFY2(history.fixture.isReady(), qPrintable(history.fixture.error()));
        JobListModel model(&history.fixture.store());
        model.load();
        JobFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(JobListModel::Name, Qt::AscendingOrder);
        QVERIFY(history.fixture.store().add(
            jobIn(JobStatus::Pending, u"aaa first"_s, utc(2024, 6, 1))));
        QCOMPARE(proxy.index(0, JobListModel::Name).data().toString(), u"aaa first"_s);
        proxy.setNameFilter(u"zzz"_s);
        QVERIFY(
            history.fixture.store().add(jobIn(JobStatus::Pending, u"zzz last"_s, utc(2024, 6, 2))));
        QCOMPARE(namesIn(proxy), QStringList{u"zzz last"_s});
    }

    void search_staysRightAsJobsChange()
    {
        // The search runs on an index of the rows' texts; every kind of
        // change to the rows must leave the answer what a search of each
        // row would give.
        History history;
        QVERIFY2(history.fixture.isReady(), qPrintable(history.fixture.error()));
        JobStore& store = history.fixture.store();
        JobListModel model(&store);
        model.load();
        JobFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(JobListModel::Name, Qt::AscendingOrder);
        proxy.setNameFilter(u"churn"_s);
        QCOMPARE(namesIn(proxy), (QStringList{u"Churn baseline"_s, u"churn with tenure"_s}));

        // Renamed into the search, and out of it.
        Job fraud = *store.get(history.ids.at(4));
        fraud.name = u"fraud, churned customers"_s;
        QVERIFY(store.update(fraud, JobField::Name));
        Job baseline = *store.get(history.ids.at(0));
        baseline.name = u"Baseline"_s;
        QVERIFY(store.update(baseline, JobField::Name));
        QCOMPARE(namesIn(proxy),
                 (QStringList{u"churn with tenure"_s, u"fraud, churned customers"_s}));
        // The next keystroke searches the rows as they are now.
        proxy.setNameFilter(u"churn w"_s);
        QCOMPARE(namesIn(proxy), QStringList{u"churn with tenure"_s});
        proxy.setNameFilter(u"churn"_s);
        QCOMPARE(namesIn(proxy),
                 (QStringList{u"churn with tenure"_s, u"fraud, churned customers"_s}));

        // Added, removed, and the rows reordered.
        QVERIFY(store.add(jobIn(JobStatus::Pending, u"abc churn"_s, utc(2024, 6, 1))));
        QVERIFY(store.remove(history.ids.at(1)));
        QCOMPARE(namesIn(proxy), (QStringList{u"abc churn"_s, u"fraud, churned customers"_s}));
        proxy.sort(JobListModel::Name, Qt::DescendingOrder);
        QCOMPARE(namesIn(proxy), (QStringList{u"fraud, churned customers"_s, u"abc churn"_s}));
        proxy.setNameFilter(u"churned"_s);
        QCOMPARE(namesIn(proxy), QStringList{u"fraud, churned customers"_s});

        // The data table's name is searched too.
        proxy.setNameFilter(u"TABLE_G"_s);
        QCOMPARE(namesIn(proxy), QStringList{u"Baseline"_s});
    }

    void searchIndex_agreesWithASearchOfEachRow()
    {
        // Random names from a small alphabet, so that matches fall at the
        // start and the end of rows, and would run across rows if the index
        // let them.
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        std::mt19937 random(11);
        std::uniform_int_distribution<int> length(0, 6);
        std::uniform_int_distribution<int> letter(0, 2);
        QList<Job> jobs;
        for (int i = 0; i < 300; ++i) {
            QString name;
            for (int n = length(random); n > 0; --n)
                name += QChar(u'a' + letter(random));
            Job job = jobIn(JobStatus::Finished, name.isEmpty() ? u"-"_s : name,
                            utc(2024, 1, 1).addSecs(i));
            job.spec.featureTableName = u"b"_s;
            jobs << job;
        }
        QVERIFY(fixture.store().add(jobs));
        JobListModel model(&fixture.store());
        model.load();
        models::JobSearchIndex index;
        index.build(model);
        QCOMPARE(index.rowCount(), model.rowCount());
        for (const char* needle : {"a", "ab", "ba", "abc", "cab", "aaaa", "b\nb", "cb", "x"}) {
            const std::vector<char> found = index.rowsContaining(needle);
            for (int row = 0; row < model.rowCount(); ++row) {
                const bool contains = model.searchTextAt(row).contains(needle);
                if (bool(found[size_t(row)]) != contains)
                    QFAIL(qPrintable(u"'%1' in row %2 (%3): index says %4"_s.arg(
                        QString::fromUtf8(needle), QString::number(row),
                        QString::fromUtf8(model.searchTextAt(row)),
                        found[size_t(row)] ? u"yes"_s : u"no"_s)));
            }
        }
    }
};

QTEST_MAIN(TestModelsJobFilterProxyModel)
#include "test_models_job_filter_proxy_model.moc"
