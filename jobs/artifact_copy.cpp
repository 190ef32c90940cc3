#include "jobs/artifact_copy.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

namespace winnow::jobs {

ArtifactCopy::ArtifactCopy(const QString& jobId, const QList<File>& files,
                           const QString& destination, QObject* parent)
    : JobOperation(parent)
    , m_files(files)
    , m_destination(QFileInfo(destination).absoluteFilePath())
{
    setJobId(jobId);
    for (const File& file : std::as_const(m_files))
        m_total += QFileInfo(file.source).size();
    QTimer::singleShot(0, this, &ArtifactCopy::step);
}

ArtifactCopy::~ArtifactCopy() = default;

void ArtifactCopy::abort()
{
    m_stopped = true;
    m_source.close();
    m_target.close();
    m_staging.reset(); // removes what was copied so far
}

void ArtifactCopy::fail(const QString& error)
{
    abort();
    finish(false, error);
}

bool ArtifactCopy::openNext()
{
    m_source.close();
    m_target.close();
    ++m_current;
    if (m_current >= m_files.size())
        return false;
    const File& file = m_files.at(m_current);
    m_source.setFileName(file.source);
    if (!m_source.open(QIODevice::ReadOnly)) {
        fail(u"could not read %1: %2"_s.arg(file.source, m_source.errorString()));
        return false;
    }
    m_target.setFileName(QDir(m_staging->path()).filePath(file.fileName));
    if (!m_target.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        fail(u"could not write %1: %2"_s.arg(m_target.fileName(), m_target.errorString()));
        return false;
    }
    return true;
}

void ArtifactCopy::step()
{
    if (m_stopped)
        return;
    if (!m_staging) {
        if (!QDir().mkpath(m_destination)) {
            fail(u"could not create the folder %1"_s.arg(m_destination));
            return;
        }
        m_staging = std::make_unique<QTemporaryDir>(
            QDir(m_destination).filePath(u".winnow-download-XXXXXX"_s));
        if (!m_staging->isValid()) {
            const QString error = m_staging->errorString();
            fail(u"could not write into %1: %2"_s.arg(m_destination, error));
            return;
        }
        if (!openNext()) {
            if (!m_stopped)
                moveIntoPlace();
            return;
        }
    }

    const QByteArray chunk = m_source.read(chunkBytes);
    if (chunk.isEmpty() && m_source.error() != QFileDevice::NoError) {
        fail(u"could not read %1: %2"_s.arg(m_source.fileName(), m_source.errorString()));
        return;
    }
    if (!chunk.isEmpty() && m_target.write(chunk) != chunk.size()) {
        fail(u"could not write %1: %2"_s.arg(m_target.fileName(), m_target.errorString()));
        return;
    }
    m_done += chunk.size();
    if (!chunk.isEmpty())
        reportProgress(m_done, m_total);
    if (m_stopped) // a slot connected to progress() cancelled us
        return;
    if (m_source.atEnd() || chunk.isEmpty()) {
        if (!m_target.flush()) {
            fail(u"could not write %1: %2"_s.arg(m_target.fileName(), m_target.errorString()));
            return;
        }
        if (!openNext()) {
            if (!m_stopped)
                moveIntoPlace();
            return;
        }
    }
    QTimer::singleShot(0, this, &ArtifactCopy::step);
}

void ArtifactCopy::moveIntoPlace()
{
    for (const File& file : std::as_const(m_files)) {
        std::error_code error;
        const std::filesystem::path from =
            QFile::encodeName(QDir(m_staging->path()).filePath(file.fileName)).toStdString();
        const std::filesystem::path to =
            QFile::encodeName(QDir(m_destination).filePath(file.fileName)).toStdString();
        // rename() replaces an older copy in one step.
        std::filesystem::rename(from, to, error);
        if (error) {
            fail(u"could not move %1 into %2: %3"_s.arg(file.fileName, m_destination,
                                                        QString::fromStdString(error.message())));
            return;
        }
    }
    m_staging.reset();
    finish(true);
}

} // namespace winnow::jobs
