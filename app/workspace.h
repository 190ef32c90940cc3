#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace winnow::jobs {
class JobBackend;
class JobOperation;
class JobStore;
class LocalBackend;
} // namespace winnow::jobs

namespace winnow::models {
class BackendListModel;
class BackendRegistry;
class JobFilterProxyModel;
class JobListModel;
} // namespace winnow::models

namespace winnow::translations {
class LanguageLoader;
}

namespace winnow::ui {
class BackendSidebar;
class JobActionController;
class JobDetailsPanel;
class JobHistoryView;
class JobNotifier;
class MainWindow;
class NewJobDialog;
} // namespace winnow::ui

namespace winnow::app {

// What the main window works on: the job history (the JobStore in the data
// folder), the backends that run jobs (this computer; remote services as
// they are configured), the models over them, and the views that show them.
// It fills the window (history table, backends sidebar, details panel) and
// carries out what the user asks for: new jobs from CSV files, and the job
// actions (open, stop, clone, delete, download the model, export a report,
// predict). Routine failures go to the window's message bar.
//
// It belongs to the window (a child of it) and lives as long as it does.
class Workspace : public QObject {
    Q_OBJECT

public:
    // Opens the history in `dataDirectory` (jobs.sqlite) and starts the
    // local backend there. When the history cannot be opened (damaged,
    // read-only, from a newer Winnow) the app still opens, on a temporary
    // history for this session; when another Winnow already runs the local
    // jobs of that folder, jobs here are shown but not run.
    Workspace(const QString& dataDirectory, ui::MainWindow* window);
    ~Workspace() override;

    // What the user must hear before anything else, when something kept the
    // workspace from opening as it should; empty when all is well.
    QString startupProblem() const { return m_startupProblem; }
    bool usesTemporaryHistory() const { return m_temporaryHistory != nullptr; }

    // For switching the language from the settings dialog.
    void setLanguageLoader(translations::LanguageLoader* languages);

    jobs::JobStore* store() const { return m_store.get(); }
    models::BackendRegistry* backends() const { return m_backends; }
    models::JobListModel* jobModel() const { return m_jobModel; }
    models::JobFilterProxyModel* jobProxy() const { return m_jobProxy; }
    ui::JobHistoryView* historyView() const;
    ui::JobActionController* actionController() const { return m_actions; }
    ui::JobNotifier* notifier() const { return m_notifier; }
    // Null when the local backend could not start.
    jobs::LocalBackend* localBackend() const;
    QWidget* detailsPanel() const;
    ui::NewJobDialog* newJobDialog() const;

public slots:
    // Opens the New Job dialog on the window's pending CSV files (or adds
    // them to the dialog already open).
    void startNewJob();
    void openJob(const QString& jobId);
    void stopJobs(const QStringList& jobIds);
    void cloneJob(const QString& jobId);
    // Deletes without asking: the job actions asked already.
    void deleteJobs(const QStringList& jobIds);
    void downloadModel(const QString& jobId);
    void exportReports(const QStringList& jobIds);
    void predict(const QString& jobId);
    // Opens the Predict dialog of job `jobId` on `csvFile`.
    void predictFile(const QString& jobId, const QString& csvFile);
    // Opens a window with the jobs' metrics side by side.
    void compareJobs(const QStringList& jobIds);
    void showSettings();

signals:
    // A job was submitted and stored; `jobId` is its id.
    void jobSubmitted(const QString& jobId);

private:
    void openStore(const QString& dataDirectory);
    void startLocalBackend(const QString& dataDirectory);
    void createModels();
    void createViews();
    void createDetailsPanel();
    void connectWindow();
    void updateEmptyState();

    // Shows `operation`'s failure in the message bar, as "<doing>: <why>".
    void reportFailure(jobs::JobOperation* operation, const QString& doing);
    jobs::JobBackend* backendOf(const QString& jobId) const;
    QString nameOf(const QString& jobId) const;

    QPointer<ui::MainWindow> m_window;
    QString m_dataDirectory;
    std::unique_ptr<QTemporaryDir> m_temporaryHistory;
    std::unique_ptr<jobs::JobStore> m_store;
    jobs::LocalBackend* m_local = nullptr;
    QString m_startupProblem;
    // The application's, which outlives the window (see app::run()).
    translations::LanguageLoader* m_languages = nullptr;

    models::BackendRegistry* m_backends = nullptr;
    models::JobListModel* m_jobModel = nullptr;
    models::JobFilterProxyModel* m_jobProxy = nullptr;
    models::BackendListModel* m_backendModel = nullptr;

    QPointer<ui::JobHistoryView> m_history;
    ui::BackendSidebar* m_sidebar = nullptr;
    ui::JobActionController* m_actions = nullptr;
    ui::JobNotifier* m_notifier = nullptr;
    QPointer<ui::JobDetailsPanel> m_details;
    QPointer<ui::NewJobDialog> m_newJobDialog;
};

} // namespace winnow::app
