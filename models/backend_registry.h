#pragma once

#include "jobs/job_backend.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace winnow::models {

// The backends the app knows this session: this computer, then each
// configured remote service as it is set up. Models ask it for names and
// capabilities; the app asks it which backend runs a job. It does not own
// the backends.
class BackendRegistry : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // Adds `backend`, replacing one with the same id.
    void addBackend(jobs::JobBackend* backend);
    void removeBackend(const QString& id);

    jobs::JobBackend* backend(const QString& id) const;
    // In the order they were added.
    QList<jobs::JobBackend*> backends() const;
    QStringList ids() const;

    // The backend's own name; "This computer" for local jobs even before the
    // local backend is added; the id itself for a service no longer set up.
    QString displayName(const QString& id) const;
    // What the backend running `id` can do; nothing for an unknown backend.
    jobs::BackendCapabilities capabilities(const QString& id) const;

signals:
    void backendAdded(const QString& id);
    void backendRemoved(const QString& id);

private:
    int indexOf(const QString& id) const;
    void forgetDestroyed(const QString& id);

    QList<QPointer<jobs::JobBackend>> m_backends;
};

// "This computer".
QString localBackendDisplayName();

} // namespace winnow::models
