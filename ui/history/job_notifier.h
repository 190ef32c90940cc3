#pragma once

#include "jobs/job.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace winnow::models {
class JobListModel;
}

namespace winnow::ui {

// Tells the user when a job ends while they may be looking elsewhere: a
// desktop notification through the system tray when there is one, a
// status-bar message otherwise. Keeps count of the running jobs for the
// window title and the tray's tooltip ("Winnow — 2 running").
class JobNotifier : public QObject {
    Q_OBJECT

public:
    enum class Channel { Tray, StatusBar };
    Q_ENUM(Channel)

    explicit JobNotifier(models::JobListModel* model, QObject* parent = nullptr);
    ~JobNotifier() override;

    // Whether notifications go to the tray; by default, whether the desktop
    // has one. Tests choose.
    void setTrayAvailable(bool available);
    bool isTrayAvailable() const { return m_trayAvailable; }
    // The tray icon, made on first use; null without a tray.
    QSystemTrayIcon* trayIcon() const { return m_tray; }

    int runningCount() const { return m_runningCount; }
    // "Winnow — 2 running", or "Winnow" when nothing runs.
    QString summary() const;

signals:
    // A job ended and the user was told, through `channel`.
    void notified(const QString& jobId, const QString& title, const QString& message,
                  winnow::ui::JobNotifier::Channel channel);
    // For the status bar, when there is no tray.
    void statusMessageRequested(const QString& message);
    void runningCountChanged(int count);
    // The user clicked a notification: show that job.
    void jobActivated(const QString& jobId);

private:
    void onStatusChanged(const QString& id, jobs::JobStatus previous, jobs::JobStatus current);
    void onRunningCountChanged(int count);
    void ensureTray();
    void updateTray();

    QPointer<models::JobListModel> m_model;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_trayAvailable = false;
    int m_runningCount = 0;
    QString m_lastNotifiedJob;
};

} // namespace winnow::ui
