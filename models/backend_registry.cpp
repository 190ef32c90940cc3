#include "models/backend_registry.h"

#include <QCoreApplication>

namespace winnow::models {

QString localBackendDisplayName()
{
    return QCoreApplication::translate("winnow::models::BackendRegistry", "This computer");
}

void BackendRegistry::addBackend(jobs::JobBackend* backend)
{
    if (!backend)
        return;
    const QString id = backend->id();
    if (const int index = indexOf(id); index >= 0) {
        m_backends[index] = backend;
    } else {
        m_backends << backend;
    }
    // A backend deleted behind the registry's back leaves it too.
    connect(backend, &QObject::destroyed, this, [this, id] { forgetDestroyed(id); });
    emit backendAdded(id);
}

void BackendRegistry::removeBackend(const QString& id)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    m_backends.removeAt(index);
    emit backendRemoved(id);
}

void BackendRegistry::forgetDestroyed(const QString& id)
{
    // The backend is gone already (its id() can no longer be asked), so
    // drop the empty slots and say which id left, unless a replacement
    // with the same id is still there.
    const qsizetype removed =
        m_backends.removeIf([](const QPointer<jobs::JobBackend>& backend) { return !backend; });
    if (removed > 0 && indexOf(id) < 0)
        emit backendRemoved(id);
}

jobs::JobBackend* BackendRegistry::backend(const QString& id) const
{
    const int index = indexOf(id);
    return index >= 0 ? m_backends.at(index).data() : nullptr;
}

QList<jobs::JobBackend*> BackendRegistry::backends() const
{
    QList<jobs::JobBackend*> list;
    for (const QPointer<jobs::JobBackend>& backend : m_backends) {
        if (backend)
            list << backend.data();
    }
    return list;
}

QStringList BackendRegistry::ids() const
{
    QStringList list;
    for (jobs::JobBackend* backend : backends())
        list << backend->id();
    return list;
}

QString BackendRegistry::displayName(const QString& id) const
{
    if (const jobs::JobBackend* found = backend(id)) {
        if (const QString name = found->displayName(); !name.isEmpty())
            return name;
    }
    if (id == jobs::localBackendId())
        return localBackendDisplayName();
    return id;
}

jobs::BackendCapabilities BackendRegistry::capabilities(const QString& id) const
{
    const jobs::JobBackend* found = backend(id);
    return found ? found->capabilities() : jobs::BackendCapabilities();
}

int BackendRegistry::indexOf(const QString& id) const
{
    for (int i = 0; i < m_backends.size(); ++i) {
        // A destroyed backend's slot no longer matches anything.
        if (m_backends.at(i) && m_backends.at(i)->id() == id)
            return i;
    }
    return -1;
}

} // namespace winnow::models
