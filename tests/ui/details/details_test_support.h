#pragma once

// Shared by the details tests: real results made by the real engine, and
// real jobs in a real JobStore pointing at them.

#include "jobs/job.h"
#include "jobs/job_store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace details_test {

inline QString sourcePath(const QString& relative)
{
    return QStringLiteral(WINNOW_SOURCE_DIR) + u'/' + relative;
}

inline const QString kPython = u"/usr/bin/python3"_s;

inline QJsonObject readJsonObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline QList<double> doubles(const QJsonValue& value)
{
    QList<double> numbers;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        numbers << item.toDouble();
    return numbers;
}

// A trained job's folder laid out as the local runner lays it out:
// <folder>/out (the engine's output), <folder>/events.jsonl, <folder>/stderr.log.
struct TrainedJob {
    QString folder;
    QString outDir;
    QString dataPath;
    QString error; // empty when training succeeded
    QJsonObject metadata() const { return readJsonObject(outDir + u"/metadata.json"_s); }
};

// Runs `winnow-engine train` as the runner does; `arguments` are the
// training flags (--data, --target, budgets...).
inline TrainedJob trainWithEngine(const QString& folder, const QString& dataPath,
                                  const QStringList& arguments)
{
    TrainedJob trained;
    trained.folder = folder;
    trained.outDir = folder + u"/out"_s;
    trained.dataPath = dataPath;
    const QString engine = qEnvironmentVariable("WINNOW_ENGINE_BINARY");
    if (engine.isEmpty() || !QFile::exists(engine)) {
        trained.error = u"the winnow-engine program is missing (WINNOW_ENGINE_BINARY='%1'); "
                        "build the winnow-engine target"_s.arg(engine);
        return trained;
    }
    QDir().mkpath(folder);
    QProcess process;
    process.setStandardErrorFile(folder + u"/stderr.log"_s);
    process.start(engine, QStringList{u"train"_s, u"--data"_s, dataPath} + arguments +
                              QStringList{u"--out"_s, trained.outDir, u"--events"_s,
                                          folder + u"/events.jsonl"_s});
    if (!process.waitForFinished(180'000)) {
        process.kill();
        process.waitForFinished();
        trained.error = u"winnow-engine train did not finish in 180 s"_s;
        return trained;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QFile log(folder + u"/stderr.log"_s);
        log.open(QIODevice::ReadOnly);
        trained.error = u"winnow-engine train failed (exit %1): %2"_s.arg(process.exitCode())
                            .arg(QString::fromUtf8(log.readAll()));
    }
    return trained;
}

// Writes scikit-learn's wine and diabetes datasets (and breast cancer) as CSV
// files into `folder`; returns an error message, or an empty string.
inline QString exportSklearnDatasets(const QString& folder)
{
    if (!QFile::exists(kPython))
        return u"%1 is missing: install python3 with scikit-learn (Debian: python3-sklearn)"_s.arg(
            kPython);
    QProcess process;
    process.start(kPython, {sourcePath(u"tests/engine/cli/sklearn_datasets.py"_s), folder});
    if (!process.waitForFinished(120'000) || process.exitCode() != 0) {
        return u"could not export scikit-learn's datasets (is python3-sklearn installed?): %1"_s
            .arg(QString::fromUtf8(process.readAllStandardError()));
    }
    return {};
}

// A job as the runner leaves a finished one.
inline winnow::jobs::Job finishedJob(const TrainedJob& trained, const QString& target,
                                     const QString& task = {})
{
    winnow::jobs::Job job;
    job.name = QDir(trained.folder).dirName();
    job.spec.featureTableName = trained.dataPath;
    job.spec.targetName = target;
    job.spec.task = task;
    job.dataPath = trained.dataPath;
    job.artifactDir = trained.outDir;
    job.setStatus(winnow::jobs::JobStatus::Finished);
    job.secondaryStatus = u"Completed"_s;
    job.progress = 1.0;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-40);
    job.startedAt = start;
    job.endedAt = start.addSecs(32);
    job.timeline = {{u"Starting"_s, start},
                    {u"AnalyzingData"_s, start.addSecs(1)},
                    {u"ModelTuning"_s, start.addSecs(3)},
                    {u"TrainingBestModel"_s, start.addSecs(28)},
                    {u"WritingArtifacts"_s, start.addSecs(31)},
                    {u"Completed"_s, start.addSecs(32)}};
    return job;
}

// The candidate events of a run, as the runner would store them.
inline QList<winnow::jobs::Candidate> candidatesFromEvents(const QString& eventsFile,
                                                           const QString& jobId)
{
    QList<winnow::jobs::Candidate> candidates;
    QFile file(eventsFile);
    if (!file.open(QIODevice::ReadOnly))
        return candidates;
    while (!file.atEnd()) {
        const QJsonObject event = QJsonDocument::fromJson(file.readLine()).object();
        if (event.value(u"type"_s).toString() != u"candidate"_s)
            continue;
        winnow::jobs::Candidate candidate;
        candidate.jobId = jobId;
        candidate.index = event.value(u"index"_s).toInt();
        candidate.algorithm = event.value(u"algorithm"_s).toString();
        candidate.pipeline = event.value(u"pipeline"_s).toArray();
        if (event.value(u"score"_s).isDouble())
            candidate.score = event.value(u"score"_s).toDouble();
        candidate.status = event.value(u"status"_s).toString();
        candidate.fitSeconds = event.value(u"fitSeconds"_s).toDouble();
        candidate.message = event.value(u"message"_s).toString();
        candidates << candidate;
    }
    return candidates;
}

} // namespace details_test
