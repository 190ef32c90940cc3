#pragma once

// Real results for report tests: winnow-engine trains on the bundled churn
// sample, and the jobs go into a real JobStore.

#include "jobs/job.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace winnow::testing {

inline QString sourcePath(const QString& relative)
{
    return QDir(QStringLiteral(WINNOW_SOURCE_DIR)).filePath(relative);
}

inline QString churnCsv()
{
    return sourcePath(QStringLiteral("resources/samples/customer_churn.csv"));
}

// The engine the build made (winnow_add_test passes it in WINNOW_ENGINE_BINARY).
inline QString engineBinary()
{
    return qEnvironmentVariable("WINNOW_ENGINE_BINARY");
}

struct EngineRun {
    QStringList arguments; // after "train"
    QString outFolder;
};

// Trains every run at once, each in its own engine process. Returns an empty
// string when all finished with exit code 0, else what went wrong.
inline QString trainAll(const QList<EngineRun>& runs)
{
    const QString engine = engineBinary();
    if (engine.isEmpty() || !QFileInfo(engine).isExecutable())
        return QStringLiteral("winnow-engine not found (WINNOW_ENGINE_BINARY=%1); build the "
                              "winnow-engine target")
            .arg(engine);
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const EngineRun& run : runs) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(engine, QStringList{QStringLiteral("train")} + run.arguments +
                                   QStringList{QStringLiteral("--out"), run.outFolder});
        processes.push_back(std::move(process));
    }
    QString errors;
    for (std::size_t i = 0; i < processes.size(); ++i) {
        QProcess& process = *processes[i];
        if (!process.waitForFinished(240000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0)
            errors += QStringLiteral("engine run %1 failed (exit %2): %3\n")
                          .arg(i)
                          .arg(process.exitCode())
                          .arg(QString::fromUtf8(process.readAll().right(2000)));
        else if (!QFileInfo::exists(
                     QDir(runs[int(i)].outFolder).filePath(QStringLiteral("metadata.json"))))
            errors += QStringLiteral("engine run %1 wrote no metadata.json\n").arg(i);
    }
    return errors;
}

inline QJsonObject readMetadata(const QString& folder)
{
    QFile file(QDir(folder).filePath(QStringLiteral("metadata.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Runs a program and returns its standard output; `ok` says whether it ran and exited 0.
inline QString runProgram(const QString& program, const QStringList& arguments, bool* ok,
                          int timeoutMs = 120000)
{
    QProcess process;
    process.start(program, arguments);
    *ok = process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit &&
          process.exitCode() == 0;
    if (!*ok)
        return QString::fromUtf8(process.readAllStandardError()) + process.errorString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace winnow::testing
