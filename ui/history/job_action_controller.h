#pragma once

#include "jobs/job_backend.h"
#include "jobs/job_query.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;

namespace winnow::models {
class BackendRegistry;
class JobListModel;
} // namespace winnow::models

namespace winnow::ui {

class JobTableView;

// The actions that work on selected jobs, wherever they show (the Jobs
// menu, the toolbar, the table's context menu).
struct JobActionSet {
    QAction* open = nullptr;
    QAction* stop = nullptr;
    QAction* clone = nullptr;
    QAction* remove = nullptr;
    QAction* downloadModel = nullptr;
    QAction* exportReport = nullptr;
    QAction* predict = nullptr;
    QAction* compare = nullptr;

    // In menu order, nullptr between groups.
    QList<QAction*> inMenuOrder() const;
};

// Which of those actions apply to a selection.
struct JobActionStates {
    bool open = false;
    bool stop = false;
    bool clone = false;
    bool remove = false;
    bool downloadModel = false;
    bool exportReport = false;
    bool predict = false;
    bool compare = false;

    bool operator==(const JobActionStates&) const = default;
};

// Enables the job actions for the table's selection and what each job's
// backend can do, and turns them into requests naming the jobs:
// - Open, Clone, Download Model, Predict: one job;
// - Stop: jobs that are running or waiting, on a backend that can stop;
// - Delete: any jobs, after the user confirms, naming them;
// - Download Model, Predict, Export Report: jobs with a result (finished or
//   stopped with a best model); Predict needs a backend that predicts;
// - Compare: two or more jobs with a result.
class JobActionController : public QObject {
    Q_OBJECT

public:
    using CapabilitiesOf = std::function<jobs::BackendCapabilities(const QString& backendId)>;
    // Asked before deleting; given the jobs' names, returns whether to go on.
    using Confirmation = std::function<bool(const QStringList& names, bool anyRunning)>;

    JobActionController(const JobActionSet& actions, JobTableView* view,
                        models::JobListModel* model, models::BackendRegistry* backends,
                        QObject* parent = nullptr);

    static JobActionStates statesFor(const QList<jobs::JobSummary>& selection,
                                     const CapabilitiesOf& capabilitiesOf);

    // Replaces the confirmation dialog; tests answer it themselves.
    void setConfirmation(Confirmation confirmation);

    JobActionStates states() const { return m_states; }
    QStringList selectedJobIds() const;

public slots:
    void updateStates();

signals:
    void openRequested(const QString& jobId);
    void stopRequested(const QStringList& jobIds);
    void cloneRequested(const QString& jobId);
    // The user confirmed.
    void deleteRequested(const QStringList& jobIds);
    void downloadModelRequested(const QString& jobId);
    void exportReportRequested(const QStringList& jobIds);
    void predictRequested(const QString& jobId);
    void compareRequested(const QStringList& jobIds);

private:
    QList<jobs::JobSummary> selectedJobs() const;
    jobs::BackendCapabilities capabilitiesOf(const QString& backendId) const;
    void requestDelete();
    bool confirmDelete(const QStringList& names, bool anyRunning) const;

    JobActionSet m_actions;
    QPointer<JobTableView> m_view;
    QPointer<models::JobListModel> m_model;
    QPointer<models::BackendRegistry> m_backends;
    Confirmation m_confirmation;
    JobActionStates m_states;
};

} // namespace winnow::ui
