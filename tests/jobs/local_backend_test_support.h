#pragma once

// Helpers shared by the local runner's tests: generated data, the engine
// under test, and waiting for operations and jobs.

#include "jobs/job_backend.h"
#include "jobs/job_store.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QTest>

#include <functional>
#include <random>

namespace winnow::jobs::testing {

// The winnow-engine the build made; winnow_add_test passes its path.
inline QString engineUnderTest()
{
    return qEnvironmentVariable("WINNOW_ENGINE_BINARY");
}

inline bool engineIsThere()
{
    const QFileInfo engine(engineUnderTest());
    return engine.isFile() && engine.isExecutable();
}

// A binary classification table: `features` numeric columns f0.. and a
// target y that depends on the first three, with noise.
inline bool writeClassificationCsv(const QString& path, int rows, int features, unsigned seed = 1)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    std::mt19937 random(seed);
    std::normal_distribution<double> normal;
    QByteArray text;
    for (int f = 0; f < features; ++f)
        text += "f" + QByteArray::number(f) + ",";
    text += "y\n";
    std::vector<double> x(std::size_t(features), 0.0);
    for (int r = 0; r < rows; ++r) {
        for (double& value : x) {
            value = normal(random);
            text += QByteArray::number(value, 'f', 4) + ',';
        }
        const double signal = x[0] + (features > 2 ? x[1] * x[2] : 0.0) + 0.5 * normal(random);
        text += signal > 0 ? "1\n" : "0\n";
        if (text.size() > (1 << 20)) {
            file.write(text);
            text.clear();
        }
    }
    file.write(text);
    return file.error() == QFileDevice::NoError;
}

// A table whose first rows are written long-hand (0.0000...) and the rest
// short: the engine estimates rows from the bytes of the first ones, so it
// expects far fewer rows, and far less memory, than the file holds.
inline bool writeTableThatLooksSmall(const QString& path, int rows = 400000, int features = 20)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    std::mt19937 random(3);
    std::uniform_int_distribution<int> digit(0, 9);
    QByteArray text;
    for (int f = 0; f < features; ++f)
        text += "f" + QByteArray::number(f) + ",";
    text += "y\n";
    const QByteArray zeros(28, '0');
    for (int r = 0; r < rows; ++r) {
        int first = 0;
        for (int f = 0; f < features; ++f) {
            const int value = digit(random);
            if (f == 0)
                first = value;
            text += QByteArray::number(value);
            if (r < 2500)
                text += '.' + zeros;
            text += ',';
        }
        text += first + digit(random) > 9 ? "1\n" : "0\n";
        if (text.size() > (1 << 20)) {
            file.write(text);
            text.clear();
        }
    }
    file.write(text);
    return file.error() == QFileDevice::NoError;
}

// How an operation ended, read before it deletes itself.
struct OperationResult {
    bool finished = false;
    bool ok = false;
    bool cancelled = false;
    QString error;
    QString jobId;
    QList<QPair<qint64, qint64>> progress;
};

inline OperationResult waitFor(JobOperation* operation, int timeoutMs = 60000)
{
    OperationResult result;
    QObject::connect(
        operation, &JobOperation::progress, operation,
        [&result](qint64 done, qint64 total) { result.progress << qMakePair(done, total); });
    QObject::connect(operation, &JobOperation::finished, operation,
                     [&result, operation](bool ok, const QString& error) {
                         result.finished = true;
                         result.ok = ok;
                         result.error = error;
                         result.jobId = operation->jobId();
                         result.cancelled = operation->wasCancelled();
                     });
    (void)QTest::qWaitFor([&] { return result.finished; }, timeoutMs); // the caller checks
    return result;
}

// Waits until `done` holds for the stored job (or the time is up); returns
// the job as last read, for the test to check.
inline std::optional<Job> waitForJob(JobStore& store, const QString& id,
                                     const std::function<bool(const Job&)>& done,
                                     int timeoutMs = 120000)
{
    std::optional<Job> last;
    (void)QTest::qWaitFor( // the caller checks the job returned
        [&] {
            Result<Job> job = store.get(id);
            if (!job)
                return false;
            last = *job;
            return done(*job);
        },
        timeoutMs);
    return last;
}

inline std::optional<Job> waitUntilEnded(JobStore& store, const QString& id, int timeoutMs = 120000)
{
    return waitForJob(
        store, id, [](const Job& job) { return isTerminal(job.status()); }, timeoutMs);
}

inline QString describe(const std::optional<Job>& job)
{
    if (!job)
        return QStringLiteral("(no job)");
    return job->statusText() + QStringLiteral(" / ") + job->secondaryStatus +
           QStringLiteral(" / ") + job->failureReason;
}

} // namespace winnow::jobs::testing
