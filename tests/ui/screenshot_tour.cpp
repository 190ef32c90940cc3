// screenshot_tour: runs Winnow on a throw-away data folder, trains a real
// job on the bundled sample data with the local engine, and saves PNGs of
// what a user sees: the main window with the finished job open, the New Job
// dialog on the sample file, and every tab of the job details.
//
//   screenshot_tour OUTPUT_FOLDER
//
// scripts/screenshots builds it and runs it on a private display; the
// README's picture is its main-window.png.

#include "app/workspace.h"
#include "jobs/job_store.h"
#include "jobs/local_backend.h"
#include "models/job_filter_proxy_model.h"
#include "models/job_list_model.h"
#include "resources/resources.h"
#include "translations/language_loader.h"
#include "ui/details/details_screenshots.h"
#include "ui/details/job_details_panel.h"
#include "ui/details/pipeline_tab.h"
#include "ui/history/job_history_view.h"
#include "ui/history/job_notifier.h"
#include "ui/history/job_table_view.h"
#include "ui/main_window.h"
#include "ui/newjob/new_job_dialog.h"

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace winnow;

namespace {

// Runs the event loop until `done` holds or `timeoutMs` passes; returns
// whether it held.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void settle(int milliseconds)
{
    waitFor([] { return false; }, milliseconds);
}

int fail(const QString& message)
{
    std::fprintf(stderr, "screenshot_tour: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    if (application.arguments().size() != 2)
        return fail(u"usage: screenshot_tour OUTPUT_FOLDER"_s);
    const QString output = QDir(application.arguments().at(1)).absolutePath();
    if (!QDir().mkpath(output))
        return fail(u"cannot create %1"_s.arg(output));

    // Nothing of the user's own settings or jobs shows, or changes.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"WinnowScreenshots"_s);
    QCoreApplication::setApplicationName(u"winnow"_s);
    QSettings().clear();
    translations::LanguageLoader languages;
    languages.load(u"en"_s);
    QTemporaryDir data;
    const QString sample = resources::sampleCsvFile();
    if (sample.isEmpty())
        return fail(u"the bundled sample data is missing"_s);

    ui::MainWindow window;
    window.setSampleCsvFile(sample);
    auto* workspace = new app::Workspace(data.filePath(u"winnow"_s), &window);
    if (!workspace->startupProblem().isEmpty())
        return fail(workspace->startupProblem());
    workspace->notifier()->setTrayAvailable(false);
    window.resize(1400, 900);
    window.show();
    settle(300);
    ui::saveWidgetScreenshot(&window, output, u"empty-window"_s);

    // Trains `name` on the sample data with `algorithms` (all when empty);
    // returns the finished job's id, or an empty string after saying why.
    const auto train = [&](const QString& name, const QStringList& algorithms) -> QString {
        jobs::Job job;
        job.name = name;
        job.dataPath = sample;
        job.spec.featureTableName = u"customer_churn"_s;
        job.spec.idColumn = u"customer_id"_s;
        job.spec.targetName = u"churned"_s;
        job.spec.task = u"classification"_s;
        job.spec.scoring = u"roc_auc"_s;
        job.spec.maxRuntimeSeconds = 60;
        job.spec.algorithms = algorithms;
        // The operation deletes itself once finished: keep what it says.
        QString id;
        QString refusal;
        bool answered = false;
        jobs::JobOperation* submitted = workspace->localBackend()->submit(job);
        QObject::connect(submitted, &jobs::JobOperation::finished,
                         [&, submitted](bool ok, const QString& error) {
                             answered = true;
                             id = ok ? submitted->jobId() : QString();
                             refusal = error;
                         });
        if (!waitFor([&] { return answered; }, 20000) || id.isEmpty()) {
            fail(u"the job was refused: %1"_s.arg(refusal));
            return {};
        }
        const auto statusOf = [&] {
            const jobs::Result<jobs::Job> stored = workspace->store()->get(id);
            return stored ? stored->status() : jobs::JobStatus::Failed;
        };
        if (!waitFor([&] { return jobs::isTerminal(statusOf()); }, 300000) ||
            statusOf() != jobs::JobStatus::Finished) {
            fail(u"the job did not finish"_s);
            return {};
        }
        return id;
    };
    const QString baseline = train(u"Customer churn, naive Bayes"_s, {u"naive_bayes"_s});
    const QString id = train(u"Customer churn"_s, {});
    if (baseline.isEmpty() || id.isEmpty())
        return 1;

    workspace->openJob(id);
    auto* details = qobject_cast<ui::JobDetailsPanel*>(workspace->detailsPanel());
    if (!details)
        return fail(u"no details panel"_s);
    if (!waitFor([&] { return !details->isLoadingResults(); }, 30000))
        return fail(u"the job's results did not load"_s);
    bool pipelineLoaded = false;
    QObject::connect(details->pipelineTab(), &ui::PipelineTab::pageLoaded,
                     [&](bool) { pipelineLoaded = true; });
    details->showPage(ui::JobDetailsPanel::PipelinePage);
    waitFor([&] { return pipelineLoaded; }, 30000);
    details->showPage(ui::JobDetailsPanel::RocPage);
    settle(500);
    const QString mainShot = ui::saveWidgetScreenshot(&window, output, u"main-window"_s);

    const QStringList tabs = ui::saveDetailsScreenshots(details, output, u"details"_s);

    // A CSV file dragged over a finished job's row: it would predict.
    ui::JobTableView* table = workspace->historyView()->table();
    const QModelIndex row = workspace->jobProxy()->indexOfJob(id);
    QMimeData dragged;
    dragged.setUrls({QUrl::fromLocalFile(sample)});
    const QPoint onRow = table->visualRect(row).center();
    QDragEnterEvent enter(onRow, Qt::CopyAction, &dragged, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(table->viewport(), &enter);
    QDragMoveEvent move(onRow, Qt::CopyAction, &dragged, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(table->viewport(), &move);
    settle(200);
    ui::saveWidgetScreenshot(&window, output, u"drop-to-predict"_s);
    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(table->viewport(), &leave);

    // The two jobs side by side.
    workspace->compareJobs({id, baseline});
    auto* compare = window.findChild<QWidget*>(u"compareWindow"_s);
    if (compare) {
        settle(1500);
        ui::saveWidgetScreenshot(compare, output, u"compare"_s);
        compare->close();
    }

    window.openCsvFiles({sample});
    workspace->startNewJob();
    ui::NewJobDialog* dialog = workspace->newJobDialog();
    if (!dialog)
        return fail(u"the New Job dialog did not open"_s);
    waitFor([&] { return dialog->canStart(); }, 20000);
    settle(300);
    const QString dialogShot = ui::saveWidgetScreenshot(dialog, output, u"new-job"_s);
    dialog->reject();

    for (const QString& file : QStringList{mainShot, dialogShot} + tabs)
        std::printf("%s\n", qPrintable(file));
    return mainShot.isEmpty() || dialogShot.isEmpty() || tabs.isEmpty() ? 1 : 0;
}
