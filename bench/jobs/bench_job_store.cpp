// bench_job_store: how JobStore copes with a long history.
//
// Fills a store with realistic jobs (mixed statuses, backends, names and
// scores, each finished job with its status timeline), in transactions of a
// few hundred jobs as the runner and the mirroring of remote services write
// them, then times the listing calls the UI makes. Prints one table; times
// are medians of several runs.
//
//   bench_job_store [--jobs 100000] [--runs 7] [--batch 500] [--dir FOLDER [--reuse]]

#include "bench/jobs/synthetic_history.h"
#include "jobs/job_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace winnow::jobs;
using namespace Qt::StringLiterals;
using winnow::bench::realisticJob;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// Milliseconds per call, median of `runs`: wall-clock time, and the CPU time
// this process used (user + system), which other programs sharing the
// machine do not inflate.
struct Timing {
    double wallMs = 0;
    double cpuMs = 0;
};

Timing timeMs(int runs, const std::function<void()>& call)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        const double cpuStart = cpuSeconds();
        timer.start();
        call();
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back((cpuSeconds() - cpuStart) * 1e3);
    }
    return {median(wall), median(cpu)};
}

template <typename T>
T orDie(Result<T> result, const char* what)
{
    if (!result) {
        std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(result.errorString()));
        std::exit(1);
    }
    return std::move(result).value();
}

void orDie(const Result<void>& result, const char* what)
{
    if (!result) {
        std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(result.errorString()));
        std::exit(1);
    }
}

void row(const QString& what, const QString& value, const QString& cpu = {})
{
    std::printf("| %-64s | %16s | %12s |\n", qPrintable(what), qPrintable(value), qPrintable(cpu));
}

void row(const QString& what, const Timing& timing, int decimals = 2)
{
    row(what, u"%1 ms"_s.arg(timing.wallMs, 0, 'f', decimals),
        u"%1 ms"_s.arg(timing.cpuMs, 0, 'f', decimals));
}

qint64 databaseBytes(const QString& path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times JobStore with a long job history."_s);
    parser.addHelpOption();
    const QCommandLineOption jobsOption(u"jobs"_s, u"Jobs to store."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per measurement."_s, u"N"_s, u"7"_s);
    const QCommandLineOption batchOption(u"batch"_s, u"Jobs per transaction."_s, u"N"_s, u"500"_s);
    const QCommandLineOption dirOption(
        u"dir"_s, u"Folder for the database (default: a temporary one)."_s, u"FOLDER"_s);
    const QCommandLineOption reuseOption(
        u"reuse"_s,
        u"Time the queries on the database an earlier run left in --dir; skip filling."_s);
    parser.addOptions({jobsOption, runsOption, batchOption, dirOption, reuseOption});
    parser.process(app);
    const int jobCount = std::max(1, parser.value(jobsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int batchSize = std::max(1, parser.value(batchOption).toInt());

    QTemporaryDir temporary;
    const QString folder = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    const QString path = QDir(folder).filePath(u"bench-jobs.sqlite"_s);
    const bool reuse = parser.isSet(reuseOption) && parser.isSet(dirOption) && QFile::exists(path);
    if (!reuse)
        QFile::remove(path);

    QRandomGenerator random(42);
    const QDateTime start(QDate(2022, 1, 1), QTime(0, 0), QTimeZone::utc());
    std::vector<Job> jobs;
    jobs.reserve(size_t(jobCount));
    for (int i = 0; i < jobCount && !reuse; ++i)
        jobs.push_back(realisticJob(random, i, start));

    auto store = std::make_unique<JobStore>(path);
    orDie(store->open(), "open");

    // Local jobs arrive from the runner, remote ones from mirroring: 70/20/10.
    std::vector<double> batchRates;
    QElapsedTimer fillTimer;
    const double fillCpuStart = cpuSeconds();
    fillTimer.start();
    int remoteNumber = 0;
    for (int first = 0; first < jobCount && !reuse; first += batchSize) {
        const int last = std::min(jobCount, first + batchSize);
        QList<Job> local;
        QHash<QString, QList<Job>> remote;
        for (int i = first; i < last; ++i) {
            Job job = jobs[size_t(i)];
            const int roll = i % 10;
            if (roll < 7) {
                local << job;
            } else {
                job.remoteId = QString::number(0x652eba92dc623bcdLL + remoteNumber++, 16);
                remote[roll < 9 ? u"mlhub-prod"_s : u"sagemaker"_s] << job;
            }
        }
        QElapsedTimer batchTimer;
        batchTimer.start();
        orDie(store->add(local), "add");
        for (auto it = remote.cbegin(); it != remote.cend(); ++it)
            orDie(store->upsertRemote(it.key(), it.value()), "upsertRemote");
        batchRates.push_back((last - first) / (double(batchTimer.nsecsElapsed()) / 1e9));
    }
    const double fillSeconds = double(fillTimer.nsecsElapsed()) / 1e9;
    const double fillCpuSeconds = cpuSeconds() - fillCpuStart;
    const qint64 bytesWithWal = databaseBytes(path);

    // Reopen, as the app does on start; the WAL is folded back into the file.
    store.reset();
    const qint64 bytes = databaseBytes(path);
    store = std::make_unique<JobStore>(path);
    orDie(store->open(), "reopen");

    JobQuery churnQuery;
    churnQuery.filter.status = u"FINISHED"_s;
    churnQuery.filter.nameContains = u"churn"_s;
    churnQuery.sort = {JobSortKey::BestScore, SortOrder::Descending};
    churnQuery.pageSize = 200;
    const JobPage churnPage = orDie(store->list(churnQuery), "list");
    const int churnMatches = int(orDie(store->listAll(churnQuery.filter), "listAll").size());

    JobQuery nextChurn = churnQuery;
    nextChurn.pageToken = churnPage.nextPageToken;

    JobQuery newest;
    newest.pageSize = 200;

    // A page deep in the history: walk to page 250 of 200 once, time that page.
    JobQuery deep;
    deep.pageSize = 200;
    deep.sort = {JobSortKey::Name, SortOrder::Ascending};
    for (int page = 0; page < 250; ++page) {
        const JobPage walked = orDie(store->list(deep), "list");
        if (walked.nextPageToken.isEmpty())
            break;
        deep.pageToken = walked.nextPageToken;
    }

    JobQuery localRecent;
    localRecent.filter.backend = u"local"_s;
    localRecent.filter.createdAfter = start.addDays(600);
    localRecent.sort = {JobSortKey::UpdatedAt, SortOrder::Descending};
    localRecent.pageSize = 200;

    const QString someId = churnPage.jobs.isEmpty() ? QString() : churnPage.jobs.constFirst().id;
    qsizetype loaded = 0;

    const Timing churnMs = timeMs(runs, [&] { orDie(store->list(churnQuery), "list"); });
    const Timing churnNextMs = timeMs(runs, [&] { orDie(store->list(nextChurn), "list"); });
    const Timing newestMs = timeMs(runs, [&] { orDie(store->list(newest), "list"); });
    const Timing deepMs = timeMs(runs, [&] { orDie(store->list(deep), "list"); });
    const Timing localRecentMs = timeMs(runs, [&] { orDie(store->list(localRecent), "list"); });
    const Timing listAllMs =
        timeMs(runs, [&] { loaded = orDie(store->listAll(), "listAll").size(); });
    const Timing countsMs = timeMs(runs, [&] { orDie(store->counts(), "counts"); });
    const Timing getMs = timeMs(runs, [&] { orDie(store->get(someId), "get"); });
    Job progressJob = orDie(store->get(someId), "get");
    const Timing updateMs = timeMs(runs, [&] {
        progressJob.progress = progressJob.progress > 0.5 ? 0.25 : 0.75;
        orDie(store->update(progressJob, JobField::Progress), "update");
    });

    const JobCounts counts = orDie(store->counts(), "counts");
    std::printf("\nbench_job_store: %d jobs, %d runs per measurement (median), batches of %d\n\n",
                jobCount, runs, batchSize);
    std::printf("| %-64s | %16s | %12s |\n", "measurement", "wall (median)", "CPU (median)");
    std::printf("|%s|%s|%s|\n", QByteArray(66, '-').constData(), QByteArray(18, '-').constData(),
                QByteArray(14, '-').constData());
    if (!reuse) {
        row(u"insert %1 jobs (with timelines), in transactions of %2"_s.arg(jobCount).arg(
                batchSize),
            u"%1 jobs/s"_s.arg(jobCount / fillSeconds, 0, 'f', 0),
            u"%1 jobs/s"_s.arg(jobCount / fillCpuSeconds, 0, 'f', 0));
        row(u"  median rate of one transaction"_s,
            u"%1 jobs/s"_s.arg(median(batchRates), 0, 'f', 0));
    }
    row(u"page of 200: FINISHED, name contains \"churn\", best score desc"_s, churnMs);
    row(u"  its next page (page token)"_s, churnNextMs);
    row(u"  (jobs matching that filter)"_s, QString::number(churnMatches));
    row(u"page of 200: no filter, newest first"_s, newestMs);
    row(u"page of 200: page 251 by name (keyset, no OFFSET)"_s, deepMs);
    row(u"page of 200: local, created after a date, last modified first"_s, localRecentMs);
    row(u"whole history for the table: listAll(), %1 rows"_s.arg(loaded), listAllMs, 1);
    row(u"counts per backend and status"_s, countsMs);
    row(u"get one job"_s, getMs, 3);
    row(u"update one field (one transaction, synchronous=FULL)"_s, updateMs);
    row(u"database file"_s, u"%1 MB"_s.arg(double(bytes) / 1e6, 0, 'f', 1));
    row(u"  right after filling (file + WAL)"_s,
        u"%1 MB"_s.arg(double(bytesWithWal) / 1e6, 0, 'f', 1));
    std::printf("\njobs per backend: local %d, mlhub-prod %d, sagemaker %d; FINISHED %d\n",
                counts.byBackend.value(u"local"_s), counts.byBackend.value(u"mlhub-prod"_s),
                counts.byBackend.value(u"sagemaker"_s), counts.byStatus.value(u"FINISHED"_s));
    std::printf("target: filtered, sorted page of 200 under 50 ms: %s (%.2f ms)\n",
                churnMs.wallMs < 50.0 ? "met" : "NOT MET", churnMs.wallMs);
    return 0;
}
