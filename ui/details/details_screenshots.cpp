#include "ui/details/details_screenshots.h"

#include "ui/details/job_details_panel.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

// Lets a freshly shown widget lay out and paint.
void settle(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

QString pageName(int page)
{
    static const char* names[] = {"overview",    "metrics",          "confusion",  "roc",
                                  "ks",          "precision-recall", "importance", "residuals",
                                  "leaderboard", "pipeline",         "features",   "log"};
    if (page >= 0 && page < int(std::size(names)))
        return QString::fromLatin1(names[page]);
    return u"tab-%1"_s.arg(page);
}

} // namespace

QString saveWidgetScreenshot(QWidget* widget, const QString& folder, const QString& name)
{
    if (!QDir().mkpath(folder))
        return {};
    const QString path = QDir(folder).filePath(name + u".png"_s);
    return widget->grab().save(path) ? path : QString();
}

QStringList saveDetailsScreenshots(JobDetailsPanel* panel, const QString& folder,
                                   const QString& prefix)
{
    QStringList written;
    const int current = panel->currentIndex();
    for (int page = 0; page < panel->count(); ++page) {
        if (!panel->isTabEnabled(page))
            continue;
        panel->setCurrentIndex(page);
        settle(page == JobDetailsPanel::PipelinePage ? 600 : 120);
        const QString path = saveWidgetScreenshot(panel, folder, prefix + u'-' + pageName(page));
        if (!path.isEmpty())
            written << path;
    }
    panel->setCurrentIndex(current);
    return written;
}

} // namespace winnow::ui
