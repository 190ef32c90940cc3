#include "jobs/engine_locator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace winnow::jobs {

namespace {

bool isExecutableFile(const QString& file)
{
    const QFileInfo info(file);
    return info.isFile() && info.isExecutable();
}

// Why a place that names a file did not do.
QString whyNot(const QString& file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return u"no such file"_s;
    if (!info.isFile())
        return u"not a file"_s;
    return u"not executable"_s;
}

} // namespace

EngineLocator::EngineLocator(QString configuredPath) : m_configuredPath(std::move(configuredPath))
{}

QList<EngineLocator::Place> EngineLocator::places() const
{
    if (!m_configuredPath.isEmpty())
        return {{u"the engine set in the settings"_s, m_configuredPath}};

    QList<Place> places;
    const QString fromEnvironment = qEnvironmentVariable("WINNOW_ENGINE_BINARY");
    places << Place{u"WINNOW_ENGINE_BINARY"_s, fromEnvironment};
    if (QCoreApplication::instance()) {
        places << Place{u"the program's folder"_s,
                        QDir(QCoreApplication::applicationDirPath()).filePath(programName())};
    }
#ifdef WINNOW_INSTALL_BINDIR
    places << Place{u"the install folder"_s,
                    QDir(QStringLiteral(WINNOW_INSTALL_BINDIR)).filePath(programName())};
#endif
    places << Place{u"PATH"_s, QStandardPaths::findExecutable(programName())};
    return places;
}

Result<QString> EngineLocator::locate() const
{
    QStringList looked;
    for (const Place& place : places()) {
        if (!place.file.isEmpty() && isExecutableFile(place.file))
            return QFileInfo(place.file).absoluteFilePath();
        if (place.description == u"PATH"_s) {
            looked << u"PATH (%1)"_s.arg(qEnvironmentVariable("PATH"));
        } else if (place.file.isEmpty()) {
            looked << u"%1 (not set)"_s.arg(place.description);
        } else {
            looked << u"%1: %2 (%3)"_s.arg(place.description, QDir::toNativeSeparators(place.file),
                                           whyNot(place.file));
        }
    }
    return Error{ErrorKind::NotFound, u"the Winnow engine (%1) was not found; looked at %2"_s.arg(
                                          programName(), looked.join(u"; "_s))};
}

} // namespace winnow::jobs
