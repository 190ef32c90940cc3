#include "ui/history/job_action_controller.h"

#include "models/backend_registry.h"
#include "models/job_list_model.h"
#include "ui/history/job_table_view.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

using jobs::BackendCapability;
using jobs::JobStatus;

constexpr int kNamesInConfirmation = 8;

bool hasResult(const jobs::JobSummary& job)
{
    const JobStatus status = job.status();
    return (status == JobStatus::Finished || status == JobStatus::Stopped) &&
           job.bestScore.has_value();
}

bool isUnderWay(const jobs::JobSummary& job)
{
    return job.status() == JobStatus::Running || job.status() == JobStatus::Pending;
}

void setEnabled(QAction* action, bool enabled)
{
    if (action)
        action->setEnabled(enabled);
}

} // namespace

QList<QAction*> JobActionSet::inMenuOrder() const
{
    return {open,    nullptr,       stop,         clone,   remove,
            nullptr, downloadModel, exportReport, predict, compare};
}

JobActionController::JobActionController(const JobActionSet& actions, JobTableView* view,
                                         models::JobListModel* model,
                                         models::BackendRegistry* backends, QObject* parent)
    : QObject(parent)
    , m_actions(actions)
    , m_view(view)
    , m_model(model)
    , m_backends(backends)
{
    const auto single = [this](auto signal) {
        return [this, signal] {
            const QStringList ids = selectedJobIds();
            if (ids.size() == 1)
                emit(this->*signal)(ids.constFirst());
        };
    };
    if (m_actions.open) {
        connect(m_actions.open, &QAction::triggered, this, [this] {
            // Open the current job of a multiple selection.
            QString id = m_view ? m_view->currentJobId() : QString();
            if (id.isEmpty() && !selectedJobIds().isEmpty())
                id = selectedJobIds().constFirst();
            if (!id.isEmpty())
                emit openRequested(id);
        });
    }
    if (m_actions.stop) {
        connect(m_actions.stop, &QAction::triggered, this, [this] {
            QStringList ids;
            for (const jobs::JobSummary& job : selectedJobs()) {
                if (isUnderWay(job) &&
                    capabilitiesOf(job.backend).testFlag(BackendCapability::Stop))
                    ids << job.id;
            }
            if (!ids.isEmpty())
                emit stopRequested(ids);
        });
    }
    if (m_actions.clone)
        connect(m_actions.clone, &QAction::triggered, this,
                single(&JobActionController::cloneRequested));
    if (m_actions.remove)
        connect(m_actions.remove, &QAction::triggered, this, &JobActionController::requestDelete);
    if (m_actions.downloadModel)
        connect(m_actions.downloadModel, &QAction::triggered, this,
                single(&JobActionController::downloadModelRequested));
    if (m_actions.predict)
        connect(m_actions.predict, &QAction::triggered, this,
                single(&JobActionController::predictRequested));
    if (m_actions.compare) {
        connect(m_actions.compare, &QAction::triggered, this, [this] {
            const QStringList ids = selectedJobIds();
            if (ids.size() >= 2)
                emit compareRequested(ids);
        });
    }
    if (m_actions.exportReport) {
        connect(m_actions.exportReport, &QAction::triggered, this, [this] {
            const QStringList ids = selectedJobIds();
            if (!ids.isEmpty())
                emit exportReportRequested(ids);
        });
    }

    if (m_view) {
        connect(m_view, &JobTableView::selectedJobsChanged, this,
                &JobActionController::updateStates);
        connect(m_view, &JobTableView::openRequested, this, &JobActionController::openRequested);
        m_view->setContextActions(m_actions.inMenuOrder());
    }
    if (m_model) {
        // A selected job that starts, ends or gets its result changes what
        // can be done with it.
        connect(m_model, &models::JobListModel::statusChanged, this,
                &JobActionController::updateStates);
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                    if (topLeft.column() <= models::JobListModel::BestScore &&
                        bottomRight.column() >= models::JobListModel::Status)
                        updateStates();
                });
    }
    if (m_backends) {
        connect(m_backends, &models::BackendRegistry::backendAdded, this,
                &JobActionController::updateStates);
        connect(m_backends, &models::BackendRegistry::backendRemoved, this,
                &JobActionController::updateStates);
    }
    updateStates();
}

JobActionStates JobActionController::statesFor(const QList<jobs::JobSummary>& selection,
                                               const CapabilitiesOf& capabilitiesOf)
{
    JobActionStates states;
    const qsizetype count = selection.size();
    if (count == 0)
        return states;
    states.open = true;
    states.remove = true;
    states.clone = count == 1;
    states.exportReport = std::all_of(selection.cbegin(), selection.cend(), hasResult);
    states.compare = count >= 2 && states.exportReport;
    for (const jobs::JobSummary& job : selection) {
        if (isUnderWay(job) && capabilitiesOf(job.backend).testFlag(BackendCapability::Stop))
            states.stop = true;
    }
    if (count == 1) {
        const jobs::JobSummary& job = selection.constFirst();
        const jobs::BackendCapabilities can = capabilitiesOf(job.backend);
        // A local job's model is on this computer already: it is saved, not
        // fetched.
        states.downloadModel =
            hasResult(job) && (job.backend == jobs::localBackendId() ||
                               can.testFlag(BackendCapability::DownloadArtifacts));
        states.predict = hasResult(job) && can.testFlag(BackendCapability::Predict);
    }
    return states;
}

void JobActionController::setConfirmation(Confirmation confirmation)
{
    m_confirmation = std::move(confirmation);
}

QStringList JobActionController::selectedJobIds() const
{
    return m_view ? m_view->selectedJobIds() : QStringList();
}

QList<jobs::JobSummary> JobActionController::selectedJobs() const
{
    QList<jobs::JobSummary> jobs;
    if (!m_model)
        return jobs;
    for (const QString& id : selectedJobIds()) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            jobs << m_model->summaryAt(row);
    }
    return jobs;
}

jobs::BackendCapabilities JobActionController::capabilitiesOf(const QString& backendId) const
{
    return m_backends ? m_backends->capabilities(backendId) : jobs::BackendCapabilities();
}

void JobActionController::updateStates()
{
    m_states = statesFor(selectedJobs(),
                         [this](const QString& backend) { return capabilitiesOf(backend); });
    setEnabled(m_actions.open, m_states.open);
    setEnabled(m_actions.stop, m_states.stop);
    setEnabled(m_actions.clone, m_states.clone);
    setEnabled(m_actions.remove, m_states.remove);
    setEnabled(m_actions.downloadModel, m_states.downloadModel);
    setEnabled(m_actions.exportReport, m_states.exportReport);
    setEnabled(m_actions.predict, m_states.predict);
    setEnabled(m_actions.compare, m_states.compare);
}

void JobActionController::requestDelete()
{
    const QList<jobs::JobSummary> jobs = selectedJobs();
    if (jobs.isEmpty())
        return;
    QStringList ids;
    QStringList names;
    bool anyRunning = false;
    for (const jobs::JobSummary& job : jobs) {
        ids << job.id;
        names << job.displayName;
        anyRunning = anyRunning || isUnderWay(job);
    }
    const bool confirmed =
        m_confirmation ? m_confirmation(names, anyRunning) : confirmDelete(names, anyRunning);
    if (confirmed)
        emit deleteRequested(ids);
}

bool JobActionController::confirmDelete(const QStringList& names, bool anyRunning) const
{
    QMessageBox box(m_view ? m_view->window() : nullptr);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Delete Jobs"));
    if (names.size() == 1) {
        box.setText(tr("Delete the job “%1”?").arg(names.constFirst()));
    } else {
        box.setText(tr("Delete %n jobs?", nullptr, int(names.size())));
        QStringList shown = names.mid(0, kNamesInConfirmation);
        for (QString& name : shown)
            name.prepend(u"• "_s);
        if (names.size() > kNamesInConfirmation)
            shown << tr("and %n more", nullptr, int(names.size() - kNamesInConfirmation));
        box.setInformativeText(shown.join(u'\n'));
    }
    QString consequence = names.size() == 1
                              ? tr("Its results and models are deleted too. This cannot be undone.")
                              : tr("Their results and models are deleted too. This cannot be "
                                   "undone.");
    if (anyRunning)
        consequence.prepend(tr("Running jobs are stopped first. "));
    box.setInformativeText(box.informativeText().isEmpty()
                               ? consequence
                               : box.informativeText() + u"\n\n"_s + consequence);
    QPushButton* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace winnow::ui
