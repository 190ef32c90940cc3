#include "models/job_filter_proxy_model.h"

#include "models/job_list_model.h"

#include <limits>
#include <string_view>

namespace winnow::models {

JobFilterProxyModel::JobFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(JobListModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void JobFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    forgetSearchIndex();
    m_jobModel = qobject_cast<JobListModel*>(model);
    if (m_jobModel) {
        // Connected before QSortFilterProxyModel's own handlers, so that the
        // index is dropped before the proxy filters changed rows with it.
        const auto forget = [this] { forgetSearchIndex(); };
        connect(m_jobModel, &QAbstractItemModel::rowsAboutToBeInserted, this, forget);
        connect(m_jobModel, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget);
        connect(m_jobModel, &QAbstractItemModel::rowsAboutToBeMoved, this, forget);
        connect(m_jobModel, &QAbstractItemModel::layoutAboutToBeChanged, this, forget);
        connect(m_jobModel, &QAbstractItemModel::modelAboutToBeReset, this, forget);
        connect(m_jobModel, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                    // Only names and data tables are searched: progress
                    // and status updates keep the index.
                    if (topLeft.column() <= JobListModel::FeatureTable &&
                        bottomRight.column() >= JobListModel::Name)
                        forgetSearchIndex();
                });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void JobFilterProxyModel::forgetSearchIndex()
{
    if (!m_searchIndex.isBuilt() && m_nameMatches.empty())
        return;
    m_searchIndex.clear();
    m_nameMatches.clear();
}

void JobFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    // Sorted here, every change of filter would sort the rows it lets
    // through again: over a long history, most of a keystroke's time.
    if (m_jobModel) {
        m_jobModel->sort(column, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

void JobFilterProxyModel::setNameFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_name)
        return;
    m_name = trimmed;
    m_nameKey = searchKey(trimmed).toUtf8();
    applyFilterChange();
}

void JobFilterProxyModel::setStatusFilter(const QSet<jobs::JobStatus>& statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    applyFilterChange();
}

void JobFilterProxyModel::setCreatedRange(const QDate& from, const QDate& to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    m_fromMs =
        from.isValid() ? from.startOfDay().toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    m_toMs = to.isValid() ? to.addDays(1).startOfDay().toMSecsSinceEpoch()
                          : std::numeric_limits<qint64>::max();
    applyFilterChange();
}

void JobFilterProxyModel::setBackendFilter(const QString& backendId)
{
    if (backendId == m_backend)
        return;
    m_backend = backendId;
    applyFilterChange();
}

void JobFilterProxyModel::clearFilters()
{
    if (!hasActiveFilters() && m_backend.isEmpty())
        return;
    m_name.clear();
    m_nameKey.clear();
    m_statuses.clear();
    m_from = m_to = QDate();
    m_backend.clear();
    applyFilterChange();
}

bool JobFilterProxyModel::hasActiveFilters() const
{
    return !m_name.isEmpty() || !m_statuses.isEmpty() || m_from.isValid() || m_to.isValid();
}

void JobFilterProxyModel::applyFilterChange()
{
    if (!m_from.isValid())
        m_fromMs = std::numeric_limits<qint64>::min();
    if (!m_to.isValid())
        m_toMs = std::numeric_limits<qint64>::max();
    // A full re-filter, not invalidateFilter(): that one inserts each newly
    // accepted row into its place one by one, which over a long history (a
    // search box emptied: tens of thousands of rows back) takes seconds.
    // The rows come in the source's order, so there is nothing to sort. The
    // selection stays on its jobs either way (persistent indexes).
    if (m_jobModel && !m_nameKey.isEmpty()) {
        if (!m_searchIndex.isBuilt())
            m_searchIndex.build(*m_jobModel);
        m_nameMatches = m_searchIndex.rowsContaining(
            std::string_view(m_nameKey.constData(), size_t(m_nameKey.size())));
    } else {
        m_nameMatches.clear();
    }
    invalidate();
    emit filtersChanged();
}

bool JobFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const JobListModel* model = jobModel();
    if (!model || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);

    // Typed access to the row: a filter pass over a long history must not
    // build a QVariant per cell.
    const jobs::JobSummary& job = model->summaryAt(sourceRow);
    if (!m_backend.isEmpty() && job.backend != m_backend)
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(model->statusAt(sourceRow)))
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        if (!job.createdAt.isValid())
            return false;
        const qint64 created = job.createdAt.toMSecsSinceEpoch();
        if (created < m_fromMs || created >= m_toMs)
            return false;
    }
    // The rows matching the search, found in one pass over the search
    // index when the text changed; rows that changed since are searched
    // one by one.
    if (!m_nameKey.isEmpty() && sourceRow < int(m_nameMatches.size())) {
        if (!m_nameMatches[size_t(sourceRow)])
            return false;
    } else if (!m_nameKey.isEmpty()) {
        const QByteArray& text = model->searchTextAt(sourceRow);
        const std::string_view haystack(text.constData(), size_t(text.size()));
        if (haystack.find(std::string_view(m_nameKey.constData(), size_t(m_nameKey.size()))) ==
            std::string_view::npos)
            return false;
    }
    return true;
}

QString JobFilterProxyModel::jobIdAt(int row) const
{
    return index(row, 0).data(JobListModel::JobIdRole).toString();
}

QModelIndex JobFilterProxyModel::indexOfJob(const QString& id, int column) const
{
    const JobListModel* model = jobModel();
    if (!model)
        return {};
    const int row = model->rowOf(id);
    if (row < 0)
        return {};
    return mapFromSource(model->index(row, column));
}

} // namespace winnow::models
