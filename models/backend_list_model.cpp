#include "models/backend_list_model.h"

#include "jobs/job_store.h"
#include "models/backend_registry.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace winnow::models {

BackendListModel::BackendListModel(jobs::JobStore* store, BackendRegistry* backends,
                                   QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_backends(backends)
{
    Q_ASSERT(store);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &BackendListModel::refreshCounts);

    connect(m_store, &jobs::JobStore::jobAdded, this, &BackendListModel::scheduleRefresh);
    connect(m_store, &jobs::JobStore::jobRemoved, this, &BackendListModel::scheduleRefresh);
    // Only a change of status changes a count.
    connect(m_store, &jobs::JobStore::jobChanged, this,
            [this](const QString&, jobs::JobFields fields) {
                if (fields.testFlag(jobs::JobField::Status))
                    scheduleRefresh();
            });
    if (m_backends) {
        connect(m_backends, &BackendRegistry::backendAdded, this,
                &BackendListModel::onBackendsChanged);
        connect(m_backends, &BackendRegistry::backendRemoved, this,
                &BackendListModel::onBackendsChanged);
    }
    refreshCounts();
}

void BackendListModel::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void BackendListModel::refreshCounts()
{
    m_refreshTimer.stop();
    jobs::Result<jobs::JobCounts> counts = m_store->counts();
    if (!counts) {
        qWarning("winnow: could not count jobs: %s", qPrintable(counts.errorString()));
        return;
    }
    m_counts = *counts;
    rebuildEntries();
}

void BackendListModel::onBackendsChanged()
{
    rebuildEntries();
    // A backend set up or gone renames its row ("local" becomes the local
    // backend's own name) and changes whether it is configured.
    if (!m_entries.empty())
        emit dataChanged(
            index(0), index(rowCount() - 1),
            {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, IsConfiguredRole});
}

QList<QString> BackendListModel::wantedIds() const
{
    // All jobs, this computer, the services set up, then the rest by id.
    QList<QString> ids{QString(), jobs::localBackendId()};
    if (m_backends) {
        for (const QString& id : m_backends->ids()) {
            if (!ids.contains(id))
                ids << id;
        }
    }
    QStringList others;
    for (auto it = m_counts.byBackend.cbegin(); it != m_counts.byBackend.cend(); ++it) {
        if (it.value() > 0 && !ids.contains(it.key()) && !it.key().isEmpty())
            others << it.key();
    }
    others.sort(Qt::CaseInsensitive);
    ids << others;
    return ids;
}

void BackendListModel::rebuildEntries()
{
    const QList<QString> wanted = wantedIds();
    const QString running = jobs::jobStatusText(jobs::JobStatus::Running);

    // Rows that are no longer wanted leave, new ones join where they
    // belong, and the rest only have their counts updated: the selection in
    // the sidebar stays put.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(m_entries[size_t(row)].id)) {
            beginRemoveRows({}, row, row);
            m_entries.erase(m_entries.begin() + row);
            endRemoveRows();
        }
    }
    for (int position = 0; position < wanted.size(); ++position) {
        const QString& id = wanted.at(position);
        if (position < int(m_entries.size()) && m_entries[size_t(position)].id == id)
            continue;
        const int existing = rowOf(id);
        if (existing >= 0) {
            beginMoveRows({}, existing, existing, {}, position);
            Entry entry = m_entries[size_t(existing)];
            m_entries.erase(m_entries.begin() + existing);
            m_entries.insert(m_entries.begin() + position, entry);
            endMoveRows();
        } else {
            beginInsertRows({}, position, position);
            m_entries.insert(m_entries.begin() + position, Entry{id, 0, 0});
            endInsertRows();
        }
    }

    for (int row = 0; row < int(m_entries.size()); ++row) {
        Entry& entry = m_entries[size_t(row)];
        const int jobs = entry.id.isEmpty() ? m_counts.total : m_counts.byBackend.value(entry.id);
        const int active = entry.id.isEmpty() ? m_counts.byStatus.value(running)
                                              : m_counts.count(entry.id, running);
        if (jobs != entry.jobs || active != entry.running) {
            entry.jobs = jobs;
            entry.running = active;
            emit dataChanged(index(row), index(row));
        }
    }
}

int BackendListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BackendListModel::rowOf(const QString& backendId) const
{
    for (int row = 0; row < int(m_entries.size()); ++row) {
        if (m_entries[size_t(row)].id == backendId)
            return row;
    }
    return -1;
}

QString BackendListModel::backendIdAt(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? m_entries[size_t(row)].id : QString();
}

QString BackendListModel::nameOf(const Entry& entry) const
{
    if (entry.id.isEmpty())
        return tr("All jobs");
    if (m_backends)
        return m_backends->displayName(entry.id);
    return entry.id == jobs::localBackendId() ? localBackendDisplayName() : entry.id;
}

QIcon BackendListModel::iconOf(const Entry& entry) const
{
    if (entry.id.isEmpty())
        return QIcon::fromTheme(u"view-list-details"_s);
    if (entry.id == jobs::localBackendId())
        return QIcon::fromTheme(u"computer"_s);
    return QIcon::fromTheme(u"network-server"_s);
}

QVariant BackendListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return nameOf(entry);
    case Qt::DecorationRole: return iconOf(entry);
    case Qt::ToolTipRole: {
        QString tip = tr("%n job(s)", nullptr, entry.jobs);
        if (entry.running > 0)
            tip += u", "_s + tr("%n running", nullptr, entry.running);
        if (!entry.id.isEmpty() && m_backends && !m_backends->backend(entry.id) &&
            entry.id != jobs::localBackendId())
            tip += u"\n"_s + tr("This service is no longer set up; its past jobs remain.");
        return tip;
    }
    case Qt::AccessibleTextRole: return tr("%1, %n job(s)", nullptr, entry.jobs).arg(nameOf(entry));
    case BackendIdRole: return entry.id;
    case JobCountRole: return entry.jobs;
    case RunningCountRole: return entry.running;
    case IsAllJobsRole: return entry.id.isEmpty();
    case IsConfiguredRole:
        return entry.id.isEmpty() || entry.id == jobs::localBackendId() ||
               (m_backends && m_backends->backend(entry.id));
    default: break;
    }
    return {};
}

QHash<int, QByteArray> BackendListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(BackendIdRole, "backendId");
    names.insert(JobCountRole, "jobCount");
    names.insert(RunningCountRole, "runningCount");
    names.insert(IsAllJobsRole, "isAllJobs");
    names.insert(IsConfiguredRole, "isConfigured");
    return names;
}

} // namespace winnow::models
