// JobStore::list and listAll: every filter, every sort in both orders, and
// keyset pages that walk the whole set, also while jobs are being added.
//
// The expected lists come from a plain reference written here from the
// documented rules (docs/jobs.md, "Listing"): ties in an order go by the
// order jobs were added. It is applied to the jobs the test created, never
// to the store's own output.

#include "jobs/job_store.h"
#include "tests/jobs/job_test_support.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace winnow::jobs;
using namespace winnow::jobs::testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(winnow::jobs::JobFilter)
Q_DECLARE_METATYPE(winnow::jobs::JobSortKey)
Q_DECLARE_METATYPE(winnow::jobs::SortOrder)

namespace {

const QStringList names{u"Churn baseline"_s,
                        u"churn with tenure"_s,
                        u"CHURN q4"_s,
                        u"Étude des prix"_s,
                        u"étude bis"_s,
                        u"ПРОГНОЗ продаж"_s,
                        u"house prices"_s,
                        u"fraud"_s,
                        u""_s};
const QStringList statuses{u"PENDING"_s, u"RUNNING"_s,     u"FINISHED"_s, u"FAILED"_s,
                           u"STOPPED"_s, u"INTERRUPTED"_s, u"QUEUED"_s};
const QStringList backends{u"local"_s, u"mlhub-prod"_s, u"sagemaker"_s};
const QDateTime origin = utc(2024, 1, 1);

// The documented rules, written out plainly.
bool matches(const Job& job, const JobFilter& filter)
{
    if (!filter.status.isEmpty() && job.statusText() != filter.status)
        return false;
    if (!filter.nameContains.isEmpty() &&
        !job.displayName().toCaseFolded().contains(filter.nameContains.toCaseFolded()))
        return false;
    if (filter.createdAfter.isValid() && !(job.createdAt > filter.createdAfter))
        return false;
    if (filter.createdBefore.isValid() && !(job.createdAt < filter.createdBefore))
        return false;
    if (filter.updatedAfter.isValid() && !(job.updatedAt > filter.updatedAfter))
        return false;
    if (filter.updatedBefore.isValid() && !(job.updatedAt < filter.updatedBefore))
        return false;
    if (!filter.backend.isEmpty() && job.backend != filter.backend)
        return false;
    return true;
}

// Text compares as SQLite does by default: by UTF-8 bytes.
int compareKeys(const Job& a, const Job& b, JobSortKey key)
{
    auto compare = [](const auto& x, const auto& y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (key) {
    case JobSortKey::Name:
        return compare(a.displayName().toCaseFolded().toUtf8(),
                       b.displayName().toCaseFolded().toUtf8());
    case JobSortKey::CreatedAt: return compare(a.createdAt, b.createdAt);
    case JobSortKey::UpdatedAt: return compare(a.updatedAt, b.updatedAt);
    case JobSortKey::Status: return compare(a.statusText().toUtf8(), b.statusText().toUtf8());
    case JobSortKey::BestScore: {
        // No score counts as lower than any score.
        if (a.bestScore.has_value() != b.bestScore.has_value())
            return a.bestScore.has_value() ? 1 : -1;
        return a.bestScore ? compare(*a.bestScore, *b.bestScore) : 0;
    }
    }
    return 0;
}

// `jobs` in the order they were added, which breaks ties.
QStringList expectedIds(const QList<Job>& jobs, const JobFilter& filter, JobSort sort)
{
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        if (matches(jobs.at(i), filter))
            positions << i;
    }
    std::sort(positions.begin(), positions.end(), [&](qsizetype a, qsizetype b) {
        int order = compareKeys(jobs.at(a), jobs.at(b), sort.key);
        if (order == 0)
            order = a < b ? -1 : (a == b ? 0 : 1);
        return sort.order == SortOrder::Ascending ? order < 0 : order > 0;
    });
    QStringList ids;
    for (qsizetype position : positions)
        ids << jobs.at(position).id;
    return ids;
}

QString sortName(JobSortKey key)
{
    switch (key) {
    case JobSortKey::Name: return u"name"_s;
    case JobSortKey::CreatedAt: return u"created"_s;
    case JobSortKey::UpdatedAt: return u"updated"_s;
    case JobSortKey::Status: return u"status"_s;
    case JobSortKey::BestScore: return u"score"_s;
    }
    return {};
}

} // namespace

class TestJobListing : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<JobStore> m_store;
    QList<Job> m_jobs; // what was stored, as get() returns it
    QRandomGenerator m_random{20240301};

    // A job with varied, repeating values, so that sorts have ties.
    Job variedJob(int i)
    {
        Job job = sampleJob(names.at(i % names.size()));
        job.spec.featureTableName = i % 2 ? u"churn_2023"_s : u"sales"_s;
        job.spec.targetName = u"target_%1"_s.arg(i % 3);
        job.backend = backends.at(i % backends.size());
        if (job.backend != u"local"_s)
            job.remoteId = u"r%1"_s.arg(i);
        job.setStatusText(statuses.at((i / 2) % statuses.size()));
        if (i % 4 != 0)
            job.bestScore = double(m_random.bounded(20)) / 20.0;            // many equal scores
        job.createdAt = origin.addSecs(3600LL * m_random.bounded(24 * 60)); // ties too
        job.updatedAt = job.createdAt.addSecs(m_random.bounded(100000));
        return job;
    }

    void addJobs(int count)
    {
        QList<Job> batch;
        for (int i = 0; i < count; ++i)
            batch << variedJob(int(m_jobs.size()) + i);
        const Result<QStringList> ids = m_store->add(batch);
        QVERIFY2(ids.ok(), qPrintable(ids.errorString()));
        for (const QString& id : *ids)
            m_jobs << *m_store->get(id);
    }

    // Walks every page and returns the ids in the order seen.
    QStringList walk(JobQuery query, int* pages = nullptr,
                     const std::function<void()>& betweenPages = {})
    {
        QStringList ids;
        int count = 0;
        for (;;) {
            const Result<JobPage> page = m_store->list(query);
            if (!page) {
                qWarning() << page.errorString();
                return {u"error"_s};
            }
            ++count;
            for (const Job& job : page->jobs)
                ids << job.id;
            if (page->nextPageToken.isEmpty())
                break;
            if (page->jobs.size() != query.pageSize)
                return {u"short page before the end"_s};
            query.pageToken = page->nextPageToken;
            if (betweenPages)
                betweenPages();
        }
        if (pages)
            *pages = count;
        return ids;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<JobStore>(m_dir.filePath(u"jobs.sqlite"_s));
        m_store->setClock(std::ref(m_clock));
        QVERIFY(m_store->open().ok());
        addJobs(240);
    }

    void cleanupTestCase() { m_store.reset(); }

    void list_everyFilterAndSort_data()
    {
        QTest::addColumn<JobFilter>("filter");
        QList<std::pair<QString, JobFilter>> filters;
        filters.append({u"everything"_s, {}});
        JobFilter f;
        f.status = u"FINISHED"_s;
        filters.append({u"status"_s, f});
        f = {};
        f.status = u"QUEUED"_s; // a service's own status
        filters.append({u"unknown status"_s, f});
        f = {};
        f.nameContains = u"CHURN"_s;
        filters.append({u"name, any case"_s, f});
        f = {};
        f.nameContains = u"ÉTUDE"_s;
        filters.append({u"name, accented"_s, f});
        f = {};
        f.nameContains = u"прогноз"_s;
        filters.append({u"name, cyrillic"_s, f});
        f = {};
        f.nameContains = u"sales (target_2"_s; // unnamed jobs show their data and target
        filters.append({u"name of an unnamed job"_s, f});
        f = {};
        f.nameContains = u"no such name"_s;
        filters.append({u"name, nothing"_s, f});
        f = {};
        f.createdAfter = origin.addDays(20);
        filters.append({u"created after"_s, f});
        f = {};
        f.createdBefore = origin.addDays(10);
        filters.append({u"created before"_s, f});
        f = {};
        f.createdAfter = origin.addDays(10);
        f.createdBefore = origin.addDays(30);
        filters.append({u"created between"_s, f});
        f = {};
        f.updatedAfter = origin.addDays(25);
        filters.append({u"updated after"_s, f});
        f = {};
        f.updatedBefore = origin.addDays(15);
        filters.append({u"updated before"_s, f});
        f = {};
        f.backend = u"mlhub-prod"_s;
        filters.append({u"backend"_s, f});
        f = {};
        f.status = u"FINISHED"_s;
        f.nameContains = u"churn"_s;
        f.backend = u"local"_s;
        f.createdAfter = origin.addDays(5);
        f.updatedBefore = origin.addDays(55);
        filters.append({u"all at once"_s, f});

        QTest::addColumn<JobSortKey>("key");
        QTest::addColumn<SortOrder>("order");
        for (const auto& [filterName, filter] : filters) {
            for (JobSortKey key : {JobSortKey::Name, JobSortKey::CreatedAt, JobSortKey::UpdatedAt,
                                   JobSortKey::Status, JobSortKey::BestScore}) {
                for (SortOrder order : {SortOrder::Ascending, SortOrder::Descending}) {
                    const QString row =
                        u"%1, by %2 %3"_s.arg(filterName, sortName(key),
                                              order == SortOrder::Ascending ? u"asc"_s : u"desc"_s);
                    QTest::newRow(qPrintable(row)) << filter << key << order;
                }
            }
        }
    }

    void list_everyFilterAndSort()
    {
        QFETCH(JobFilter, filter);
        QFETCH(JobSortKey, key);
        QFETCH(SortOrder, order);
        const QStringList expected = expectedIds(m_jobs, filter, {key, order});

        JobQuery query;
        query.filter = filter;
        query.sort = {key, order};
        query.pageSize = 7;
        int pages = 0;
        const QStringList walked = walk(query, &pages);
        QCOMPARE(walked, expected);
        QCOMPARE(pages, std::max(1, int((expected.size() + 6) / 7)));

        const Result<QList<JobSummary>> all = m_store->listAll(filter, {key, order});
        QVERIFY(all.ok());
        QStringList allIds;
        for (const JobSummary& summary : *all)
            allIds << summary.id;
        QCOMPARE(allIds, expected);
    }

    void list_filtersAreMeaningful()
    {
        // The filters above select neither nothing nor everything, except where meant.
        JobFilter status;
        status.status = u"FINISHED"_s;
        const qsizetype finished = expectedIds(m_jobs, status, {}).size();
        QVERIFY(finished > 10 && finished < m_jobs.size());
        JobFilter name;
        name.nameContains = u"ÉTUDE"_s;
        QVERIFY(expectedIds(m_jobs, name, {}).size() > 10);
        JobFilter unnamed;
        unnamed.nameContains = u"sales (target_2"_s;
        QVERIFY(!expectedIds(m_jobs, unnamed, {}).isEmpty());
    }

    void listAll_summariesMatchTheJobs()
    {
        const Result<QList<JobSummary>> all = m_store->listAll();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), m_jobs.size());
        for (const JobSummary& summary : *all) {
            const auto job = std::find_if(m_jobs.cbegin(), m_jobs.cend(),
                                          [&](const Job& j) { return j.id == summary.id; });
            QVERIFY(job != m_jobs.cend());
            QCOMPARE(summary.displayName, job->displayName());
            QCOMPARE(summary.statusText, job->statusText());
            QCOMPARE(summary.backend, job->backend);
            QCOMPARE(summary.remoteId, job->remoteId);
            QCOMPARE(summary.bestScore, job->bestScore);
            QCOMPARE(summary.createdAt, job->createdAt);
            QCOMPARE(summary.updatedAt, job->updatedAt);
            QCOMPARE(summary.targetName, job->spec.targetName);
            QCOMPARE(summary.scoring, job->spec.scoring);
        }
    }

    void list_returnsCompleteJobs()
    {
        JobQuery query;
        query.pageSize = 1000;
        const Result<JobPage> page = m_store->list(query);
        QVERIFY(page.ok());
        QVERIFY(page->nextPageToken.isEmpty());
        QCOMPARE(page->jobs.size(), m_jobs.size());
        for (const Job& job : page->jobs)
            QCOMPARE(job, *m_store->get(job.id));
    }

    void pages_stayStableWhileJobsAreAdded_data()
    {
        QTest::addColumn<JobSortKey>("key");
        QTest::addColumn<SortOrder>("order");
        for (JobSortKey key :
             {JobSortKey::Name, JobSortKey::CreatedAt, JobSortKey::Status, JobSortKey::BestScore}) {
            for (SortOrder order : {SortOrder::Ascending, SortOrder::Descending}) {
                const QString row = u"by %1 %2"_s.arg(
                    sortName(key), order == SortOrder::Ascending ? u"asc"_s : u"desc"_s);
                QTest::newRow(qPrintable(row)) << key << order;
            }
        }
    }

    void pages_stayStableWhileJobsAreAdded()
    {
        QFETCH(JobSortKey, key);
        QFETCH(SortOrder, order);
        const QList<Job> before = m_jobs;
        const QStringList expected = expectedIds(before, {}, {key, order});

        JobQuery query;
        query.sort = {key, order};
        query.pageSize = 20;
        // New jobs land before and after the page boundary, in every sort.
        const QStringList walked = walk(query, nullptr, [&] { addJobs(4); });
        QVERIFY(m_jobs.size() > before.size());

        // Every job that was there is seen exactly once, in order; no job is seen twice.
        const QSet<QString> old(expected.cbegin(), expected.cend());
        QStringList seenOld;
        for (const QString& id : walked) {
            if (old.contains(id))
                seenOld << id;
        }
        QCOMPARE(seenOld, expected);
        QCOMPARE(QSet<QString>(walked.cbegin(), walked.cend()).size(), walked.size());
        // And the walk as a whole is in order, new jobs included.
        const QStringList everything = expectedIds(m_jobs, {}, {key, order});
        QHash<QString, qsizetype> position;
        for (qsizetype i = 0; i < everything.size(); ++i)
            position.insert(everything.at(i), i);
        for (qsizetype i = 1; i < walked.size(); ++i)
            QVERIFY(position.value(walked.at(i - 1)) < position.value(walked.at(i)));
    }

    void pageToken_forAnotherQuery_isRefused()
    {
        JobQuery query;
        query.pageSize = 5;
        const Result<JobPage> first = m_store->list(query);
        QVERIFY(first.ok());
        QVERIFY(!first->nextPageToken.isEmpty());

        JobQuery otherSort = query;
        otherSort.sort = {JobSortKey::Name, SortOrder::Ascending};
        otherSort.pageToken = first->nextPageToken;
        const Result<JobPage> wrongSort = m_store->list(otherSort);
        QVERIFY(!wrongSort.ok());
        QCOMPARE(wrongSort.error().kind, ErrorKind::InvalidArgument);
        QVERIFY2(wrongSort.errorString().contains(u"another filter or order"_s),
                 qPrintable(wrongSort.errorString()));

        JobQuery otherFilter = query;
        otherFilter.filter.status = u"FINISHED"_s;
        otherFilter.pageToken = first->nextPageToken;
        QVERIFY(!m_store->list(otherFilter).ok());

        // The same query with a different page size may go on.
        JobQuery resized = query;
        resized.pageSize = 9;
        resized.pageToken = first->nextPageToken;
        QVERIFY(m_store->list(resized).ok());
    }

    void pageToken_damaged_isRefused_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("words") << u"next page please"_s;
        QTest::newRow("base64 of nothing") << u"AAAA"_s;
        QTest::newRow("truncated") << u"truncated"_s;
    }

    void pageToken_damaged_isRefused()
    {
        QFETCH(QString, token);
        JobQuery query;
        query.pageToken = token;
        const Result<JobPage> page = m_store->list(query);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ErrorKind::InvalidData);
        QVERIFY(page.errorString().contains(u"page token"_s));

        // A real token with a few bytes changed.
        JobQuery first;
        first.pageSize = 3;
        QString real = m_store->list(first)->nextPageToken;
        real[real.size() / 2] = real[real.size() / 2] == u'A' ? u'B' : u'A';
        first.pageToken = real;
        // It may still decode, to some other position; it never yields a job that is not there.
        const Result<JobPage> tampered = m_store->list(first);
        if (tampered) {
            for (const Job& job : tampered->jobs)
                QVERIFY(m_store->get(job.id).ok());
        }
    }

    void pageSize_outOfRange_isRefused()
    {
        for (int size : {0, -1, 1001}) {
            JobQuery query;
            query.pageSize = size;
            const Result<JobPage> page = m_store->list(query);
            QVERIFY(!page.ok());
            QCOMPARE(page.error().kind, ErrorKind::InvalidArgument);
        }
    }
};

QTEST_GUILESS_MAIN(TestJobListing)
#include "test_job_listing.moc"
