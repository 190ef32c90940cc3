// bench_history_view: the history view over a long job history.
//
// Fills a job store with realistic jobs (as bench/jobs does: mixed
// statuses, backends, names, scores and timelines), then measures what the
// user feels: how long until the history table shows its first screenful,
// how long until the whole history is in, how long a keystroke in the
// search box takes to filter the table and repaint it, the memory the
// process holds, and the CPU it burns while idle. Prints one table.
//
// No job runs in the generated history (those that would run are
// INTERRUPTED, as the local backend leaves them after a restart), so the
// idle figure is the app's own.
//
//   bench_history_view [--jobs 100000] [--dir FOLDER [--reuse]] [--idle-seconds 10]
//                      [--typing-rounds 1]
//
// It shows a window: run it with an X display (scripts/run-headless) or
// QT_QPA_PLATFORM=offscreen.

#include "bench/jobs/synthetic_history.h"
#include "jobs/job_store.h"
#include "models/backend_list_model.h"
#include "models/backend_registry.h"
#include "models/job_filter_proxy_model.h"
#include "models/job_list_model.h"
#include "ui/history/backend_sidebar.h"
#include "ui/history/job_history_view.h"
#include "ui/history/job_table_view.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHBoxLayout>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>
#include <vector>

using namespace winnow;
using namespace winnow::jobs;
using namespace Qt::StringLiterals;

namespace {

void fill(JobStore& store, int count)
{
    QRandomGenerator random(42);
    const QDateTime start(QDate(2022, 1, 1), QTime(0, 0), QTimeZone::utc());
    int remoteNumber = 0;
    for (int first = 0; first < count; first += 500) {
        QList<Job> local;
        QHash<QString, QList<Job>> remote;
        for (int i = first; i < std::min(count, first + 500); ++i) {
            Job job = bench::realisticJob(random, i, start, bench::RunningJobs::Interrupted);
            if (i % 10 < 7) {
                local << job;
            } else {
                job.remoteId = QString::number(0x652eba92dc623bcdLL + remoteNumber++, 16);
                remote[i % 10 < 9 ? u"mlhub-prod"_s : u"sagemaker"_s] << job;
            }
        }
        if (!store.add(local)) {
            std::fprintf(stderr, "could not fill the store\n");
            std::exit(1);
        }
        for (auto it = remote.cbegin(); it != remote.cend(); ++it)
            (void)store.upsertRemote(it.key(), it.value());
    }
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// "VmRSS" or "VmHWM" from /proc/self/status, in MB.
double memoryMb(const char* field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0);
}

// Records when a widget has painted.
class PaintWatch : public QObject {
public:
    bool painted = false;
    double at = 0;
    const QElapsedTimer* clock = nullptr;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            // After the paint: let it happen, then note the time.
            watched->removeEventFilter(this);
            // (QObject::event is public; QWidget's override does the paint.)
            static_cast<QObject*>(watched)->event(event);
            painted = true;
            at = msSince(*clock);
            return true;
        }
        return false;
    }
};

void row(const QString& what, const QString& value, const QString& target = {})
{
    std::printf("| %-58s | %14s | %-22s |\n", qPrintable(what), qPrintable(value),
                qPrintable(target));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the history view over a long job history."_s);
    parser.addHelpOption();
    const QCommandLineOption jobsOption(u"jobs"_s, u"Jobs in the history."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Folder for the database."_s, u"FOLDER"_s);
    const QCommandLineOption reuseOption(u"reuse"_s, u"Reuse the database in --dir."_s);
    const QCommandLineOption idleOption(u"idle-seconds"_s, u"Idle measurement."_s, u"S"_s, u"10"_s);
    const QCommandLineOption roundsOption(u"typing-rounds"_s,
                                          u"Times the search box is typed in (steadier medians)."_s,
                                          u"N"_s, u"1"_s);
    parser.addOptions({jobsOption, dirOption, reuseOption, idleOption, roundsOption});
    parser.process(app);
    const int jobCount = std::max(1, parser.value(jobsOption).toInt());
    const int idleSeconds = std::max(1, parser.value(idleOption).toInt());
    const int typingRounds = std::max(1, parser.value(roundsOption).toInt());

    QTemporaryDir temporary;
    const QString folder = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(u"bench-history.sqlite"_s);
    const bool reuse = parser.isSet(reuseOption) && QFile::exists(path);
    if (!reuse) {
        QFile::remove(path);
        JobStore filling(path);
        if (!filling.open()) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
            return 1;
        }
        std::fprintf(stderr, "filling %d jobs...\n", jobCount);
        fill(filling, jobCount);
    }
    const double rssBefore = memoryMb("VmRSS");

    // --- Start-up: from nothing to the first screenful painted. ---
    QElapsedTimer clock;
    clock.start();
    const double cpuStart = cpuSeconds();
    JobStore store(path);
    if (!store.open()) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    models::BackendRegistry registry;
    models::JobListModel model(&store, &registry);
    models::JobFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    models::BackendListModel backends(&store, &registry);
    QWidget window;
    auto* sidebar = new ui::BackendSidebar(&backends, &window);
    auto* history = new ui::JobHistoryView(&proxy, &window);
    auto* layout = new QHBoxLayout(&window);
    layout->addWidget(sidebar);
    layout->addWidget(history, 1);
    window.resize(1200, 760);

    double mergeStarted = 0;
    double loadedAt = 0;
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &model,
                     [&](const QModelIndex&, int first, int) {
                         if (first > 0 && mergeStarted == 0)
                             mergeStarted = msSince(clock);
                     });
    QObject::connect(&model, &models::JobListModel::loaded, &model,
                     [&] { loadedAt = msSince(clock); });

    model.load({}, 150);
    const double firstScreenLoaded = msSince(clock);
    PaintWatch paint;
    paint.clock = &clock;
    history->table()->viewport()->installEventFilter(&paint);
    window.show();
    while (!paint.painted)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double firstPaint = paint.at;
    const double cpuFirstPaint = (cpuSeconds() - cpuStart) * 1000;

    while (model.loadState() == models::JobListModel::LoadState::Loading)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QCoreApplication::processEvents();
    history->table()->viewport()->repaint();
    const double allPainted = msSince(clock);
    const double mergeMs = loadedAt - mergeStarted;

    // --- Keystrokes in the search box (the filter and the repaint). ---
    std::vector<double> keystrokes;
    std::vector<double> filterings; // the proxy's part of each keystroke
    const QStringList typed{u"c"_s,      u"ch"_s,      u"chu"_s,   u"chur"_s, u"churn"_s,
                            u"churn "_s, u"churn b"_s, u"churn"_s, u"chur"_s, u"chu"_s,
                            u"ch"_s,     u"c"_s,       QString()};
    int matches = 0;
    QStringList typing;
    for (int round = 0; round < typingRounds; ++round)
        typing += typed;
    for (const QString& text : typing) {
        QElapsedTimer keystroke;
        keystroke.start();
        proxy.setNameFilter(text);
        filterings.push_back(msSince(keystroke));
        history->table()->viewport()->repaint();
        keystrokes.push_back(msSince(keystroke));
        if (text == u"churn"_s)
            matches = proxy.rowCount();
    }
    const double keystrokeMedian = median(keystrokes);
    const double keystrokeMax = *std::max_element(keystrokes.begin(), keystrokes.end());
    const double filteringMedian = median(filterings);

    // --- Other interactions. ---
    QElapsedTimer sortTimer;
    sortTimer.start();
    history->table()->sortByColumn(models::JobListModel::Name, Qt::AscendingOrder);
    history->table()->viewport()->repaint();
    const double sortByName = msSince(sortTimer);
    sortTimer.restart();
    history->table()->sortByColumn(models::JobListModel::Created, Qt::DescendingOrder);
    history->table()->viewport()->repaint();
    const double sortByCreated = msSince(sortTimer);
    QElapsedTimer statusTimer;
    statusTimer.start();
    proxy.setStatusFilter({JobStatus::Failed});
    history->table()->viewport()->repaint();
    const double statusFilter = msSince(statusTimer);
    proxy.setStatusFilter({});

    // One live update of a job, as a running job reports progress.
    const QString someId = model.summaryAt(model.rowCount() / 2).id;
    Job job = *store.get(someId);
    std::vector<double> updates;
    for (int i = 0; i < 20; ++i) {
        job.progress = (i % 10) / 10.0;
        QElapsedTimer update;
        update.start();
        (void)store.update(job, JobField::Progress);
        QCoreApplication::processEvents();
        updates.push_back(msSince(update));
    }

    const double rss = memoryMb("VmRSS");
    const double peak = memoryMb("VmHWM");

    // --- Idle. ---
    QCoreApplication::processEvents();
    const double idleStart = cpuSeconds();
    QEventLoop idle;
    QTimer::singleShot(idleSeconds * 1000, &idle, &QEventLoop::quit);
    idle.exec();
    const double idleCpuMs = (cpuSeconds() - idleStart) * 1000;

    std::printf("\nbench_history_view: %d jobs in the history%s\n\n", model.rowCount(),
                reuse ? " (reused database)" : "");
    std::printf("| %-58s | %14s | %-22s |\n", "measurement", "value", "target");
    std::printf("|%s|%s|%s|\n", QByteArray(60, '-').constData(), QByteArray(16, '-').constData(),
                QByteArray(24, '-').constData());
    row(u"first screenful read (150 jobs, on the UI thread)"_s,
        u"%1 ms"_s.arg(firstScreenLoaded, 0, 'f', 1));
    row(u"history view ready: first paint with the first screenful"_s,
        u"%1 ms"_s.arg(firstPaint, 0, 'f', 1),
        firstPaint < 300 ? u"< 300 ms: met"_s : u"< 300 ms: NOT MET"_s);
    row(u"  CPU time of this process until then"_s, u"%1 ms"_s.arg(cpuFirstPaint, 0, 'f', 1));
    row(u"whole history in the table (background read + merge)"_s,
        u"%1 ms"_s.arg(allPainted, 0, 'f', 0));
    row(u"  UI thread busy merging the rest (one insert + sort)"_s,
        u"%1 ms"_s.arg(mergeMs, 0, 'f', 1));
    row(u"keystroke in the search box: filter + repaint, median"_s,
        u"%1 ms"_s.arg(keystrokeMedian, 0, 'f', 1),
        keystrokeMedian < 30 ? u"< 30 ms: met"_s : u"< 30 ms: NOT MET"_s);
    row(u"  of which the proxy's filtering, median"_s, u"%1 ms"_s.arg(filteringMedian, 0, 'f', 1));
    row(u"  slowest of %1 keystrokes (typing and deleting \"churn b\")"_s.arg(keystrokes.size()),
        u"%1 ms"_s.arg(keystrokeMax, 0, 'f', 1));
    row(u"  jobs matching \"churn\""_s, QString::number(matches));
    row(u"status filter (Failed) + repaint"_s, u"%1 ms"_s.arg(statusFilter, 0, 'f', 1));
    row(u"sort by name + repaint"_s, u"%1 ms"_s.arg(sortByName, 0, 'f', 1));
    row(u"sort by creation date + repaint"_s, u"%1 ms"_s.arg(sortByCreated, 0, 'f', 1));
    row(u"live progress update of one job (store write + view), median"_s,
        u"%1 ms"_s.arg(median(updates), 0, 'f', 2));
    row(u"resident memory (RSS) with the history loaded"_s, u"%1 MB"_s.arg(rss, 0, 'f', 0),
        rss < 300 ? u"< 300 MB: met"_s : u"< 300 MB: NOT MET"_s);
    row(u"  of which before the view (Qt, libraries)"_s, u"%1 MB"_s.arg(rssBefore, 0, 'f', 0));
    row(u"  peak (VmHWM)"_s, u"%1 MB"_s.arg(peak, 0, 'f', 0));
    row(u"CPU time while idle for %1 s, no job running"_s.arg(idleSeconds),
        u"%1 ms"_s.arg(idleCpuMs, 0, 'f', 1),
        idleCpuMs < 10.0 * idleSeconds ? u"~0: met"_s : u"~0: NOT MET"_s);
    std::printf("\n");
    return 0;
}
