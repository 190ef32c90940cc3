#include "resources/resources.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

// The compiled-in resources live in a static library; naming their
// initializer here makes the linker keep them in every program that uses
// this file.
static void initializeResources()
{
    static const bool initialized = [] {
        Q_INIT_RESOURCE(winnow);
        return true;
    }();
    Q_UNUSED(initialized);
}

namespace winnow::resources {

namespace {

QString actionIconName(ActionIcon icon)
{
    switch (icon) {
    case ActionIcon::NewJob: return u"new-job"_s;
    case ActionIcon::Open: return u"open"_s;
    case ActionIcon::Stop: return u"stop"_s;
    case ActionIcon::Clone: return u"clone"_s;
    case ActionIcon::Delete: return u"delete"_s;
    case ActionIcon::Predict: return u"predict"_s;
    case ActionIcon::Export: return u"export"_s;
    case ActionIcon::Download: return u"download"_s;
    case ActionIcon::Refresh: return u"refresh"_s;
    }
    return {};
}

bool isDirectory(const QString& path)
{
    return !path.isEmpty() && QFileInfo(path).isDir();
}

bool runsFromBuildTree()
{
    if (!QCoreApplication::instance())
        return false;
    const QString build = QDir(QStringLiteral(WINNOW_BUILD_DIR)).canonicalPath();
    const QString program = QDir(QCoreApplication::applicationDirPath()).canonicalPath();
    return !build.isEmpty() && (program == build || program.startsWith(build + u'/'));
}

} // namespace

QIcon applicationIcon()
{
    initializeResources();
    return QIcon(u":/icons/winnow.svg"_s);
}

QString actionIconPath(ActionIcon icon)
{
    return u":/icons/actions/%1.svg"_s.arg(actionIconName(icon));
}

QIcon actionIcon(ActionIcon icon)
{
    initializeResources();
    return QIcon(actionIconPath(icon));
}

QString dropCsvIllustrationPath()
{
    initializeResources();
    return u":/icons/illustrations/drop-csv.svg"_s;
}

QString samplesDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("WINNOW_SAMPLES_DIR");
    if (isDirectory(fromEnvironment))
        return QDir(fromEnvironment).absolutePath();

    if (QCoreApplication::instance()) {
        const QString besideProgram = QDir(QCoreApplication::applicationDirPath())
                                          .filePath(QStringLiteral(WINNOW_SAMPLES_FROM_BINDIR));
        if (isDirectory(besideProgram))
            return QDir(besideProgram).canonicalPath();
    }

    const QString installed = QStandardPaths::locate(
        QStandardPaths::GenericDataLocation, u"winnow/samples"_s, QStandardPaths::LocateDirectory);
    if (isDirectory(installed))
        return installed;

    if (runsFromBuildTree() && isDirectory(QStringLiteral(WINNOW_SOURCE_SAMPLES_DIR)))
        return QStringLiteral(WINNOW_SOURCE_SAMPLES_DIR);
    return {};
}

QString sampleCsvFile()
{
    const QString directory = samplesDirectory();
    if (directory.isEmpty())
        return {};
    const QString file = QDir(directory).filePath(u"customer_churn.csv"_s);
    return QFileInfo(file).isFile() ? file : QString();
}

} // namespace winnow::resources
