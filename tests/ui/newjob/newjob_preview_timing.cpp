// How quickly CsvPreviewModel shows the head of a large CSV file, and how
// long the UI thread goes without running its event loop meanwhile. A
// manual tool, not a test:
//
//   newjob_preview_timing FILE [RUNS]
//   newjob_preview_timing --generate MB [RUNS]   (a file of MB mebibytes in a temporary folder)
//
// Prints one line per run and a summary: time for setFile() to return,
// time until the head is shown, the longest gap between ticks of a 1 ms
// timer on the UI thread, and the same for 20 blocks fetched by scrolling.

#include "models/csv_preview_model.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using winnow::models::CsvPreviewModel;

namespace {

struct Run {
    double setFileMs = 0;
    double headMs = 0;
    double headGapMs = 0;
    double fetchMs = 0;
    double fetchGapMs = 0;
};

QString generate(const QString& folder, qint64 mebibytes)
{
    const QString path = folder + QStringLiteral("/generated.csv");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray block;
    for (int i = 0; i < 20000; ++i)
        block += "CUST-" + QByteArray::number(100000 + i) + ",42.5," + QByteArray::number(i % 97) +
                 ",East,Premium,2023-05-06,true,no\n";
    file.write("customer_id,charges,calls,region,plan,signup,renew,churned\n");
    while (file.size() < (mebibytes << 20))
        file.write(block);
    return path;
}

Run measure(const QString& path)
{
    Run run;
    CsvPreviewModel model;
    QElapsedTimer sinceTick;
    double gap = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        gap = std::max(gap, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    sinceTick.start();
    ticker.start();

    QElapsedTimer clock;
    clock.start();
    model.setFile(path);
    run.setFileMs = double(clock.nsecsElapsed()) / 1e6;
    while (model.state() == CsvPreviewModel::State::Loading)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 1);
    run.headMs = double(clock.nsecsElapsed()) / 1e6;
    run.headGapMs = gap;

    gap = 0;
    sinceTick.restart();
    clock.restart();
    for (int i = 0; i < 20 && model.canFetchMore({}); ++i) {
        model.fetchMore({});
        while (model.isFetching())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 1);
    }
    run.fetchMs = double(clock.nsecsElapsed()) / 1e6;
    run.fetchGapMs = gap;
    if (model.state() != CsvPreviewModel::State::Ready)
        std::fprintf(stderr, "could not read the file: %s\n", qPrintable(model.error().text()));
    return run;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.isEmpty()) {
        std::fprintf(stderr, "usage: newjob_preview_timing FILE [RUNS] | --generate MB [RUNS]\n");
        return 2;
    }
    QTemporaryDir folder;
    QString path = arguments[0];
    int runs = arguments.value(1, QStringLiteral("5")).toInt();
    if (path == QLatin1String("--generate")) {
        path = generate(folder.path(), arguments.value(1).toLongLong());
        runs = arguments.value(2, QStringLiteral("5")).toInt();
    }
    const double size = double(QFileInfo(path).size()) / (1 << 20);
    std::printf("file: %s (%.0f MiB), %d runs\n\n", qPrintable(path), size, runs);
    std::printf("%4s  %12s  %10s  %14s  %16s  %17s\n", "run", "setFile (ms)", "head (ms)",
                "head gap (ms)", "20 blocks (ms)", "blocks gap (ms)");
    std::vector<double> head, headGap, fetch, fetchGap, setFile;
    for (int i = 0; i < std::max(runs, 1); ++i) {
        const Run run = measure(path);
        std::printf("%4d  %12.2f  %10.1f  %14.1f  %16.1f  %17.1f\n", i + 1, run.setFileMs,
                    run.headMs, run.headGapMs, run.fetchMs, run.fetchGapMs);
        setFile.push_back(run.setFileMs);
        head.push_back(run.headMs);
        headGap.push_back(run.headGapMs);
        fetch.push_back(run.fetchMs);
        fetchGap.push_back(run.fetchGapMs);
    }
    std::printf("%4s  %12.2f  %10.1f  %14.1f  %16.1f  %17.1f\n", "med", median(setFile),
                median(head), median(headGap), median(fetch), median(fetchGap));
    std::printf("%4s  %12.2f  %10.1f  %14.1f  %16.1f  %17.1f\n", "max",
                *std::max_element(setFile.begin(), setFile.end()),
                *std::max_element(head.begin(), head.end()),
                *std::max_element(headGap.begin(), headGap.end()),
                *std::max_element(fetch.begin(), fetch.end()),
                *std::max_element(fetchGap.begin(), fetchGap.end()));
    return 0;
}
