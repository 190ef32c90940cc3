#include "app/workspace.h"

#include "jobs/job_backend.h"
#include "jobs/job_store.h"
#include "models/backend_list_model.h"
#include "models/backend_registry.h"
#include "models/job_filter_proxy_model.h"
#include "models/job_list_model.h"
#include "ui/history/backend_sidebar.h"
#include "ui/history/job_action_controller.h"
#include "ui/history/job_filter_bar.h"
#include "ui/history/job_history_view.h"
#include "ui/history/job_notifier.h"
#include "ui/history/job_table_view.h"
#include "ui/main_window.h"

#include "jobs/local_backend.h"
#include "translations/language_loader.h"
#include "ui/details/compare_view.h"
#include "ui/details/job_details_panel.h"
#include "ui/newjob/new_job_dialog.h"
#include "ui/newjob/predict_dialog.h"
#include "ui/reports/download_artifacts_dialog.h"
#include "ui/reports/export_report_dialog.h"
#include "ui/settings/general_settings.h"
#include "ui/settings/settings_dialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace winnow::app {

namespace {

Q_LOGGING_CATEGORY(lcWorkspace, "winnow.app")

using ui::MessageLevel;

constexpr int kFirstScreenRows = 150;
const QString kJobTableSettings = u"history/jobTable"_s;

QString historyFile(const QString& dataDirectory)
{
    return QDir(dataDirectory).filePath(u"jobs.sqlite"_s);
}

// The store order that matches the table's sort, for the first screenful.
jobs::JobSort storeOrderFor(int column, Qt::SortOrder order)
{
    jobs::JobSort sort;
    sort.order =
        order == Qt::AscendingOrder ? jobs::SortOrder::Ascending : jobs::SortOrder::Descending;
    switch (column) {
    case models::JobListModel::Name: sort.key = jobs::JobSortKey::Name; break;
    case models::JobListModel::Updated: sort.key = jobs::JobSortKey::UpdatedAt; break;
    case models::JobListModel::BestScore: sort.key = jobs::JobSortKey::BestScore; break;
    case models::JobListModel::Created: sort.key = jobs::JobSortKey::CreatedAt; break;
    default: // no store order matches; the newest jobs are the likeliest to show
        sort.key = jobs::JobSortKey::CreatedAt;
        sort.order = jobs::SortOrder::Descending;
        break;
    }
    return sort;
}

MessageLevel levelOf(QtMsgType type)
{
    return ui::messageLevelFrom(type);
}

} // namespace

Workspace::Workspace(const QString& dataDirectory, ui::MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_dataDirectory(dataDirectory)
{
    setObjectName(u"workspace"_s);
    m_backends = new models::BackendRegistry(this);
    openStore(dataDirectory);
    if (!m_temporaryHistory)
        startLocalBackend(dataDirectory);
    createModels();
    createViews();
    createDetailsPanel();
    connectWindow();
}

Workspace::~Workspace()
{
    if (m_history)
        m_history->table()->saveColumns();
    // The window's actions may be gone already (they are its children too):
    // the controller that enables them goes first.
    delete m_actions;
    m_actions = nullptr;
    // The backend stops its engines, and writes down how they ended, while
    // the store and the models are still here.
    delete m_local;
    m_local = nullptr;
}

void Workspace::setLanguageLoader(translations::LanguageLoader* languages)
{
    m_languages = languages;
}

// --- Opening -------------------------------------------------------------------------

void Workspace::openStore(const QString& dataDirectory)
{
    m_store = std::make_unique<jobs::JobStore>(historyFile(dataDirectory));
    const jobs::Result<void> opened = m_store->open();
    if (opened)
        return;

    // The app still opens, on a history of this session only, so the user
    // can look around, read what went wrong and decide what to do with the
    // file; nothing is written to it.
    qCWarning(lcWorkspace) << "the job history could not be opened:" << opened.errorString();
    m_startupProblem = tr("Winnow could not open its job history: %1.\n\nWinnow works on a "
                          "temporary history until it is restarted: jobs you run now are "
                          "not kept. The file was left as it was.")
                           .arg(opened.errorString());
    m_temporaryHistory = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<jobs::JobStore>(historyFile(m_temporaryHistory->path()));
    if (const jobs::Result<void> temporary = m_store->open(); !temporary) {
        qCWarning(lcWorkspace) << "not even a temporary history:" << temporary.errorString();
    }
    startLocalBackend(m_temporaryHistory->path());
}

void Workspace::startLocalBackend(const QString& dataDirectory)
{
    jobs::LocalBackendSettings settings;
    settings.dataFolder = dataDirectory;
    auto* local = new jobs::LocalBackend(m_store.get(), settings);
    local->setObjectName(u"localBackend"_s);
    if (const jobs::Result<void> started = local->start(); !started) {
        qCWarning(lcWorkspace) << "local jobs cannot run:" << started.errorString();
        const QString problem =
            tr("Jobs cannot run on this computer: %1.").arg(started.errorString());
        m_startupProblem =
            m_startupProblem.isEmpty() ? problem : m_startupProblem + u"\n\n"_s + problem;
        delete local;
        return;
    }
    m_local = local;
    m_backends->addBackend(local);
}

ui::JobHistoryView* Workspace::historyView() const
{
    return m_history.data();
}

jobs::LocalBackend* Workspace::localBackend() const
{
    return m_local;
}

void Workspace::createModels()
{
    m_jobModel = new models::JobListModel(m_store.get(), m_backends, this);
    m_jobProxy = new models::JobFilterProxyModel(this);
    m_jobProxy->setSourceModel(m_jobModel);
    m_backendModel = new models::BackendListModel(m_store.get(), m_backends, this);
    m_notifier = new ui::JobNotifier(m_jobModel, this);
}

void Workspace::createViews()
{
    m_history = new ui::JobHistoryView(m_jobProxy);
    ui::JobTableView* table = m_history->table();
    table->setSettingsGroup(kJobTableSettings);
    m_sidebar = new ui::BackendSidebar(m_backendModel);

    const ui::MainWindowActions& a = m_window->actions();
    ui::JobActionSet actions;
    actions.open = a.openJob;
    actions.stop = a.stopJob;
    actions.clone = a.cloneJob;
    actions.remove = a.deleteJob;
    actions.downloadModel = a.downloadModel;
    actions.exportReport = a.exportReport;
    actions.predict = a.predict;
    actions.compare = a.compareJobs;
    // Open and Delete answer Return and Delete in the table only.
    table->addAction(a.openJob);
    table->addAction(a.deleteJob);
    m_actions = new ui::JobActionController(actions, table, m_jobModel, m_backends, this);
    // A CSV file dropped on a job that predicts is new data for its model.
    table->setPredictDropTest([this](const QString& id) {
        const int row = m_jobModel->rowOf(id);
        if (row < 0)
            return false;
        const QList<jobs::JobSummary> job{m_jobModel->summaryAt(row)};
        return ui::JobActionController::statesFor(
                   job,
                   [this](const QString& backend) { return m_backends->capabilities(backend); })
            .predict;
    });
    connect(table, &ui::JobTableView::csvFilesDroppedOnJob, this,
            [this](const QString& id, const QStringList& files) {
                predictFile(id, files.constFirst());
            });
    connect(table, &ui::JobTableView::csvFilesDropped, m_window, &ui::MainWindow::openCsvFiles);

    m_window->setJobListWidget(m_history);
    m_window->setSidebarWidget(m_sidebar);

    // Load after the table restored its sort, so the first screenful is the
    // one it shows first.
    const QHeaderView* header = table->horizontalHeader();
    m_jobModel->load(storeOrderFor(header->sortIndicatorSection(), header->sortIndicatorOrder()),
                     kFirstScreenRows);
}

void Workspace::createDetailsPanel()
{
    auto* details = new ui::JobDetailsPanel(m_store.get());
    m_details = details;
    m_window->setDetailsWidget(details);
    connect(details, &ui::JobDetailsPanel::exportReportRequested, this,
            [this](const QString& id) { exportReports({id}); });
    connect(details, &ui::JobDetailsPanel::downloadRequested, this, &Workspace::downloadModel);
    connect(details, &ui::JobDetailsPanel::predictRequested, this, &Workspace::predict);
    connect(details, &ui::JobDetailsPanel::messageRequested, m_window,
            [this](QtMsgType type, const QString& text) {
                m_window->showMessage(levelOf(type), text);
            });
    // The panel follows the current job while it shows.
    connect(m_history->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!m_details || !m_details->isVisible())
                    return;
                const QString id = current.data(models::JobListModel::JobIdRole).toString();
                if (!id.isEmpty() && id != m_details->jobId())
                    m_details->setJob(id);
            });
}

QWidget* Workspace::detailsPanel() const
{
    return m_details.data();
}

ui::NewJobDialog* Workspace::newJobDialog() const
{
    return m_newJobDialog.data();
}

void Workspace::connectWindow()
{
    ui::MainWindow* window = m_window;
    connect(window, &ui::MainWindow::newJobRequested, this, &Workspace::startNewJob);
    connect(window, &ui::MainWindow::csvFilesOpened, this, &Workspace::startNewJob);

    connect(m_actions, &ui::JobActionController::openRequested, this, &Workspace::openJob);
    connect(m_actions, &ui::JobActionController::stopRequested, this, &Workspace::stopJobs);
    connect(m_actions, &ui::JobActionController::cloneRequested, this, &Workspace::cloneJob);
    connect(m_actions, &ui::JobActionController::deleteRequested, this, &Workspace::deleteJobs);
    connect(m_actions, &ui::JobActionController::downloadModelRequested, this,
            &Workspace::downloadModel);
    connect(m_actions, &ui::JobActionController::exportReportRequested, this,
            &Workspace::exportReports);
    connect(m_actions, &ui::JobActionController::predictRequested, this, &Workspace::predict);
    connect(m_actions, &ui::JobActionController::compareRequested, this, &Workspace::compareJobs);
    if (window->actions().settings)
        connect(window->actions().settings, &QAction::triggered, this, &Workspace::showSettings);

    connect(m_sidebar, &ui::BackendSidebar::backendChosen, m_jobProxy,
            &models::JobFilterProxyModel::setBackendFilter);

    connect(m_notifier, &ui::JobNotifier::runningCountChanged, window,
            &ui::MainWindow::setRunningJobCount);
    connect(m_notifier, &ui::JobNotifier::statusMessageRequested, window,
            &ui::MainWindow::showStatusMessage);
    connect(m_notifier, &ui::JobNotifier::jobActivated, this, [this](const QString& id) {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
        if (!id.isEmpty())
            openJob(id);
    });
    window->setRunningJobCount(m_jobModel->runningCount());

    connect(m_jobModel, &models::JobListModel::loadFailed, window, [this](const QString& why) {
        m_window->showMessage(MessageLevel::Error,
                              tr("The job history could not be read: %1").arg(why));
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_jobModel, signal, this, &Workspace::updateEmptyState);
    connect(m_jobModel, &models::JobListModel::loadStateChanged, this,
            &Workspace::updateEmptyState);
    updateEmptyState();

    if (usesTemporaryHistory()) {
        window->showMessage(MessageLevel::Error,
                            tr("Working on a temporary job history: jobs you run now are not "
                               "kept after Winnow closes."));
    } else if (!m_local) {
        window->showMessage(MessageLevel::Warning, m_startupProblem);
    }
}

void Workspace::updateEmptyState()
{
    const bool empty = m_jobModel->rowCount() == 0 &&
                       m_jobModel->loadState() != models::JobListModel::LoadState::Loading;
    m_window->setJobListEmpty(empty);
}

// --- What the user asks for --------------------------------------------------------

void Workspace::startNewJob()
{
    const QStringList files = m_window->pendingCsvFiles();
    if (m_newJobDialog) {
        m_newJobDialog->addFiles(files);
        m_newJobDialog->raise();
        m_newJobDialog->activateWindow();
        return;
    }
    QList<jobs::JobBackend*> backends = m_backends->backends();
    if (backends.isEmpty()) {
        m_window->showMessage(MessageLevel::Error,
                              tr("No backend can run jobs: %1").arg(m_startupProblem));
        return;
    }
    auto* dialog =
        new ui::NewJobDialog(backends, files, ui::JobDefaults::load(QSettings()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_newJobDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        jobs::JobBackend* backend = dialog->selectedBackend();
        if (!backend) {
            m_window->showMessage(MessageLevel::Error, tr("The chosen backend is gone."));
            return;
        }
        const jobs::Job job = dialog->job();
        m_window->clearPendingCsvFiles();
        jobs::JobOperation* submitted = backend->submit(job);
        reportFailure(submitted, tr("The job “%1” could not start").arg(job.displayName()));
        connect(submitted, &jobs::JobOperation::finished, this,
                [this, submitted](bool ok, const QString&) {
                    if (!ok)
                        return;
                    const QString id = submitted->jobId();
                    m_history->filterBar()->clearFilters();
                    m_history->table()->selectJob(id);
                    emit jobSubmitted(id);
                });
    });
    dialog->open();
}

void Workspace::openJob(const QString& jobId)
{
    if (jobId.isEmpty())
        return;
    if (m_history->table()->currentJobId() != jobId)
        m_history->table()->selectJob(jobId);
    if (m_details) {
        m_details->setJob(jobId);
        m_window->setDetailsVisible(true);
    }
}

void Workspace::stopJobs(const QStringList& jobIds)
{
    for (const QString& id : jobIds) {
        jobs::JobBackend* backend = backendOf(id);
        if (!backend)
            continue;
        reportFailure(backend->stop(id), tr("“%1” could not be stopped").arg(nameOf(id)));
    }
}

void Workspace::cloneJob(const QString& jobId)
{
    jobs::JobBackend* backend = backendOf(jobId);
    jobs::Result<jobs::Job> original = m_store->get(jobId);
    if (!original) {
        m_window->showMessage(MessageLevel::Error, original.errorString());
        return;
    }
    const QString doing = tr("“%1” could not be cloned").arg(original->displayName());
    if (!backend) {
        m_window->showMessage(MessageLevel::Error, tr("%1: its backend is not set up.").arg(doing));
        return;
    }
    jobs::JobOperation* cloned = nullptr;
    if (backend == m_local)
        cloned = m_local->clone(jobId);
    if (!cloned) {
        // Any backend: a new job with the same spec and data.
        jobs::Job copy;
        copy.backend = original->backend;
        copy.name = tr("%1 (copy)").arg(original->displayName());
        copy.spec = original->spec;
        copy.dataPath = original->dataPath;
        copy.tags = original->tags;
        cloned = backend->submit(copy);
    }
    reportFailure(cloned, doing);
    connect(cloned, &jobs::JobOperation::finished, this, [this, cloned](bool ok, const QString&) {
        if (ok)
            m_history->table()->selectJob(cloned->jobId());
    });
}

void Workspace::deleteJobs(const QStringList& jobIds)
{
    for (const QString& id : jobIds) {
        if (jobs::JobBackend* backend = backendOf(id)) {
            reportFailure(backend->remove(id), tr("“%1” could not be deleted").arg(nameOf(id)));
            continue;
        }
        // No backend to ask (a service no longer set up, or local jobs that
        // cannot run here): forget the record.
        const QString name = nameOf(id);
        if (const jobs::Result<void> removed = m_store->remove(id); !removed) {
            m_window->showMessage(
                MessageLevel::Error,
                tr("“%1” could not be deleted: %2").arg(name, removed.errorString()));
        }
    }
}

void Workspace::downloadModel(const QString& jobId)
{
    jobs::Result<jobs::Job> job = m_store->get(jobId);
    if (!job) {
        m_window->showMessage(MessageLevel::Error, job.errorString());
        return;
    }
    jobs::JobBackend* backend = backendOf(jobId);
    if (!backend) {
        m_window->showMessage(MessageLevel::Error,
                              tr("The results of “%1” cannot be downloaded: its backend is "
                                 "not set up.")
                                  .arg(job->displayName()));
        return;
    }
    auto* dialog = new ui::DownloadArtifactsDialog(backend, *job, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ui::DownloadArtifactsDialog::messageRequested, m_window,
            [this](QtMsgType type, const QString& text) {
                m_window->showMessage(levelOf(type), text);
            });
    dialog->open();
}

void Workspace::exportReports(const QStringList& jobIds)
{
    auto* dialog = new ui::ExportReportDialog(m_store.get(), jobIds, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ui::ExportReportDialog::messageRequested, m_window,
            [this](QtMsgType type, const QString& text) {
                m_window->showMessage(levelOf(type), text);
            });
    dialog->open();
}

void Workspace::predict(const QString& jobId)
{
    predictFile(jobId, QString());
}

void Workspace::predictFile(const QString& jobId, const QString& csvFile)
{
    jobs::Result<jobs::Job> job = m_store->get(jobId);
    if (!job) {
        m_window->showMessage(MessageLevel::Error, job.errorString());
        return;
    }
    if (!m_local || backendOf(jobId) != m_local) {
        m_window->showMessage(MessageLevel::Warning,
                              tr("“%1” can only predict where it was trained, and its backend "
                                 "does not predict here.")
                                  .arg(job->displayName()));
        return;
    }
    QPointer<jobs::LocalBackend> local = m_local;
    auto* dialog = new ui::PredictDialog(
        *job,
        [local](const QString& id, const QString& input, const QString& output) {
            return local ? local->predict(id, input, output)
                         : jobs::JobOperation::failed(tr("Jobs no longer run here."));
        },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"predictDialog"_s);
    connect(dialog, &ui::PredictDialog::messageRequested, m_window,
            [this](QtMsgType type, const QString& text) {
                m_window->showMessage(levelOf(type), text);
            });
    if (!csvFile.isEmpty())
        dialog->setInputFile(csvFile);
    dialog->open();
}

void Workspace::compareJobs(const QStringList& jobIds)
{
    // A window of its own, not a modal dialog: the user goes on working
    // beside it and may open several comparisons.
    auto* view = new ui::CompareView(m_store.get(), m_window);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setObjectName(u"compareWindow"_s);
    view->setWindowTitle(tr("Compare %n Jobs", nullptr, int(jobIds.size())));
    // Room for the metrics table and, beside it, the ROC chart and its legend.
    view->resize(1200, 700);
    connect(view, &ui::CompareView::messageRequested, m_window,
            [this](QtMsgType type, const QString& text) {
                m_window->showMessage(levelOf(type), text);
            });
    view->setJobs(jobIds);
    view->show();
}

void Workspace::showSettings()
{
    auto* dialog = new ui::SettingsDialog(m_languages, m_dataDirectory, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ui::SettingsDialog::messageRequested, m_window,
            [this](QtMsgType type, const QString& text) {
                m_window->showMessage(levelOf(type), text);
            });
    connect(dialog, &ui::SettingsDialog::settingsChanged, this,
            [this](ui::SettingsDialog::Changes changes) {
                if (changes.testFlag(ui::SettingsDialog::Change::DataDirectory)) {
                    m_window->showMessage(MessageLevel::Info,
                                          tr("Winnow uses the new data folder from its next "
                                             "start."));
                }
            });
    dialog->open();
}

// --- Helpers --------------------------------------------------------------------------

void Workspace::reportFailure(jobs::JobOperation* operation, const QString& doing)
{
    if (!operation)
        return;
    connect(operation, &jobs::JobOperation::finished, this,
            [this, doing, operation](bool ok, const QString& error) {
                if (!ok && !operation->wasCancelled() && m_window)
                    m_window->showMessage(MessageLevel::Error, tr("%1: %2").arg(doing, error));
            });
}

jobs::JobBackend* Workspace::backendOf(const QString& jobId) const
{
    const int row = m_jobModel->rowOf(jobId);
    if (row < 0)
        return nullptr;
    return m_backends->backend(m_jobModel->summaryAt(row).backend);
}

QString Workspace::nameOf(const QString& jobId) const
{
    const int row = m_jobModel->rowOf(jobId);
    return row < 0 ? jobId : m_jobModel->summaryAt(row).displayName;
}

} // namespace winnow::app
