#include "ui/history/job_notifier.h"

#include "models/job_list_model.h"
#include "models/job_presentation.h"
#include "models/job_timing.h"
#include "resources/resources.h"

#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

using jobs::JobStatus;

constexpr int kNotificationMs = 10000;

bool wasUnderWay(JobStatus status)
{
    return status == JobStatus::Pending || status == JobStatus::Running ||
           status == JobStatus::Unknown;
}

bool isWorthTelling(JobStatus status)
{
    return status == JobStatus::Finished || status == JobStatus::Failed ||
           status == JobStatus::Stopped;
}

} // namespace

JobNotifier::JobNotifier(models::JobListModel* model, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_trayAvailable(QSystemTrayIcon::isSystemTrayAvailable())
{
    if (m_model) {
        connect(m_model, &models::JobListModel::statusChanged, this, &JobNotifier::onStatusChanged);
        connect(m_model, &models::JobListModel::runningCountChanged, this,
                &JobNotifier::onRunningCountChanged);
        m_runningCount = m_model->runningCount();
    }
}

JobNotifier::~JobNotifier() = default;

void JobNotifier::setTrayAvailable(bool available)
{
    m_trayAvailable = available;
    if (!available && m_tray) {
        m_tray->hide();
        m_tray->deleteLater();
        m_tray = nullptr;
    }
    updateTray();
}

QString JobNotifier::summary() const
{
    if (m_runningCount == 0)
        return tr("Winnow");
    return tr("Winnow — %n running", nullptr, m_runningCount);
}

void JobNotifier::onRunningCountChanged(int count)
{
    if (count == m_runningCount)
        return;
    m_runningCount = count;
    updateTray();
    emit runningCountChanged(count);
}

void JobNotifier::onStatusChanged(const QString& id, JobStatus previous, JobStatus current)
{
    if (!wasUnderWay(previous) || !isWorthTelling(current) || !m_model)
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const jobs::JobSummary& job = m_model->summaryAt(row);
    const QString name = job.displayName;

    QString title;
    QString message;
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
    const auto timing = models::jobTiming(job, std::nullopt, QDateTime::currentDateTimeUtc());
    const QString score = job.bestScore ? tr("best %1 %2")
                                              .arg(models::scoringLabel(job.scoring),
                                                   models::formatScore(*job.bestScore))
                                        : QString();
    switch (current) {
    case JobStatus::Finished:
        title = tr("Job finished");
        if (!score.isEmpty() && timing.elapsedSeconds)
            message = tr("“%1”: %2, in %3")
                          .arg(name, score, models::formatDuration(*timing.elapsedSeconds));
        else if (!score.isEmpty())
            message = tr("“%1”: %2").arg(name, score);
        else
            message = tr("“%1” finished.").arg(name);
        break;
    case JobStatus::Failed:
        title = tr("Job failed");
        icon = QSystemTrayIcon::Critical;
        message = job.failureReason.isEmpty() ? tr("“%1” failed.").arg(name)
                                              : tr("“%1”: %2").arg(name, job.failureReason);
        break;
    case JobStatus::Stopped:
        title = tr("Job stopped");
        icon = QSystemTrayIcon::Warning;
        message = score.isEmpty() ? tr("“%1” was stopped.").arg(name)
                                  : tr("“%1” was stopped, keeping its %2.").arg(name, score);
        break;
    default: return;
    }

    m_lastNotifiedJob = id;
    if (m_trayAvailable) {
        ensureTray();
        m_tray->showMessage(title, message, icon, kNotificationMs);
        emit notified(id, title, message, Channel::Tray);
    } else {
        emit statusMessageRequested(tr("%1: %2").arg(title, message));
        emit notified(id, title, message, Channel::StatusBar);
    }
}

void JobNotifier::ensureTray()
{
    if (m_tray || !m_trayAvailable)
        return;
    m_tray = new QSystemTrayIcon(resources::applicationIcon(), this);
    m_tray->setObjectName(u"jobTrayIcon"_s);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this,
            [this] { emit jobActivated(m_lastNotifiedJob); });
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason) { emit jobActivated(QString()); });
    updateTray();
    m_tray->show();
}

void JobNotifier::updateTray()
{
    // The tray icon shows while jobs run (and once a notification needed it).
    if (m_trayAvailable && m_runningCount > 0)
        ensureTray();
    if (m_tray)
        m_tray->setToolTip(summary());
}

} // namespace winnow::ui
