#include "jobs/job_folder.h"

#include "jobs/mlhub_json.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <cerrno>
#include <csignal>
#include <cstring>

using namespace Qt::StringLiterals;

namespace winnow::jobs {

QList<ResultFile> resultFiles()
{
    return {{u"metadata"_s, u"metadata.json"_s}, {u"model"_s, u"model.winnow"_s},
            {u"pipeline"_s, u"pipeline.html"_s}, {u"train"_s, u"train.csv"_s},
            {u"test"_s, u"test.csv"_s},          {u"leaderboard"_s, u"leaderboard.json"_s}};
}

JobFolder::JobFolder(const QString& dataFolder, const QString& jobId)
    : m_path(QDir(jobsFolder(dataFolder)).filePath(jobId))
{}

QString JobFolder::jobsFolder(const QString& dataFolder)
{
    return QDir(dataFolder).filePath(u"jobs"_s);
}

QString JobFolder::specFile() const
{
    return QDir(m_path).filePath(u"job.json"_s);
}

QString JobFolder::outputFolder() const
{
    return QDir(m_path).filePath(u"out"_s);
}

QString JobFolder::eventsLog() const
{
    return QDir(m_path).filePath(u"events.jsonl"_s);
}

QString JobFolder::stderrLog() const
{
    return QDir(m_path).filePath(u"stderr.log"_s);
}

QString JobFolder::pidFile() const
{
    return QDir(m_path).filePath(u"engine.pid"_s);
}

QString JobFolder::metadataFile() const
{
    return QDir(outputFolder()).filePath(u"metadata.json"_s);
}

QString JobFolder::checkpointFile() const
{
    return QDir(outputFolder()).filePath(u"checkpoint.json"_s);
}

bool JobFolder::exists() const
{
    return !m_path.isEmpty() && QFileInfo(m_path).isDir();
}

bool JobFolder::hasResult() const
{
    return QFileInfo(metadataFile()).isFile();
}

bool JobFolder::hasCheckpoint() const
{
    return QFileInfo(checkpointFile()).isFile();
}

Result<void> JobFolder::create() const
{
    if (!QDir().mkpath(m_path))
        return Error{ErrorKind::IoError, u"could not create the job folder %1"_s.arg(m_path)};
    return {};
}

Result<void> JobFolder::writeSpec(const JobSpec& spec, const QString& dataPath) const
{
    QJsonObject json = mlhub::specToJson(spec);
    json.insert(u"featureTableName"_s, dataPath);
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);

    QSaveFile file(specFile());
    const auto failure = [&](int error, const QString& reason) {
        return Error{error == ENOSPC ? ErrorKind::DiskFull : ErrorKind::IoError,
                     u"could not write the job's spec %1: %2"_s.arg(specFile(), reason)};
    };
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return failure(errno, file.errorString());
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    const int error = errno;
    if (!written)
        return failure(error, file.errorString());
    // Qt reports a write that stopped part way (a full disk, a file size
    // limit) as a success; the size tells.
    if (file.size() != bytes.size()) {
        file.cancelWriting();
        return failure(error, error != 0 ? QString::fromLocal8Bit(std::strerror(error))
                                         : u"the disk is full"_s);
    }
    if (!file.commit())
        return failure(errno, file.errorString());
    return {};
}

QList<Artifact> JobFolder::resultArtifacts() const
{
    QList<Artifact> artifacts;
    const QDir out(outputFolder());
    for (const ResultFile& file : resultFiles()) {
        const QFileInfo info(out.filePath(file.fileName));
        if (info.isFile())
            artifacts << Artifact{file.kind, info.absoluteFilePath(), info.size(), {}};
    }
    return artifacts;
}

Result<void> JobFolder::remove() const
{
    if (!exists())
        return {};
    if (!QDir(m_path).removeRecursively()) {
        return Error{
            ErrorKind::IoError,
            u"could not delete the job folder %1 (is it read-only or in use?)"_s.arg(m_path)};
    }
    return {};
}

qint64 JobFolder::liveEngineProcess() const
{
    QFile file(pidFile());
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const qint64 pid = file.readAll().trimmed().toLongLong(&ok);
    if (!ok || pid <= 0)
        return 0;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return 0;
    // Process ids are reused: make sure it is our engine, by its command line.
    QFile commandLine(u"/proc/%1/cmdline"_s.arg(pid));
    if (!commandLine.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray arguments = commandLine.readAll();
    const bool isEngine = arguments.contains("winnow-engine");
    const bool ownsFolder = arguments.contains(outputFolder().toUtf8());
    return isEngine && ownsFolder ? pid : 0;
}

Result<void> JobFolder::writePid(qint64 pid) const
{
    QSaveFile file(pidFile());
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(pid) + '\n') < 0 ||
        !file.commit()) {
        return Error{ErrorKind::IoError,
                     u"could not write %1: %2"_s.arg(pidFile(), file.errorString())};
    }
    return {};
}

void JobFolder::removePid() const
{
    QFile::remove(pidFile());
}

} // namespace winnow::jobs
