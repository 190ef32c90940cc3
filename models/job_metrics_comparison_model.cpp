#include "models/job_metrics_comparison_model.h"

#include <algorithm>

namespace winnow::models {

JobMetricsComparisonModel::JobMetricsComparisonModel(QObject* parent) : QAbstractTableModel(parent)
{}

void JobMetricsComparisonModel::setJobs(const QList<Job>& jobs)
{
    QList<Row> rows;
    for (qsizetype column = 0; column < jobs.size(); ++column) {
        const JobMetricsDocument& document = jobs.at(column).document;
        const QList<MetricEntry> entries =
            metricEntries(document.test.metrics, document.task, document.labels);
        for (const MetricEntry& entry : entries) {
            auto row = std::find_if(rows.begin(), rows.end(),
                                    [&](const Row& r) { return r.entry.key == entry.key; });
            if (row == rows.end()) {
                Row fresh;
                fresh.entry = entry;
                fresh.values.resize(jobs.size());
                fresh.present.resize(jobs.size());
                fresh.best.resize(jobs.size());
                rows.append(fresh);
                row = rows.end() - 1;
            }
            row->values[column] = entry.value;
            row->present[column] = true;
        }
    }
    for (Row& row : rows) {
        if (!row.entry.comparable)
            continue;
        std::optional<double> best;
        int valued = 0;
        for (const std::optional<double>& value : std::as_const(row.values)) {
            if (!value)
                continue;
            ++valued;
            if (!best || (row.entry.smallerIsBetter ? *value < *best : *value > *best))
                best = value;
        }
        // "Best" needs something to beat.
        if (valued < 2)
            continue;
        for (qsizetype column = 0; column < row.values.size(); ++column)
            row.best[column] = row.values.at(column) && *row.values.at(column) == *best;
    }

    beginResetModel();
    m_jobs = jobs;
    m_rows = std::move(rows);
    endResetModel();
}

int JobMetricsComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobMetricsComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size()) + 1;
}

QVariant JobMetricsComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole: return row.entry.name;
        case Qt::ToolTipRole:
            return row.entry.description.isEmpty() ? QVariant() : QVariant(row.entry.description);
        case KeyRole: return row.entry.key;
        default: return {};
        }
    }
    const int job = index.column() - 1;
    const std::optional<double>& value = row.values.at(job);
    const bool best = row.best.at(job);
    switch (role) {
    case Qt::DisplayRole:
        if (!row.present.at(job))
            return QString();
        return value ? formatMetricValue(*value, row.entry.isCount) : tr("—");
    case Qt::AccessibleTextRole:
        if (!row.present.at(job))
            return tr("not measured");
        if (!value)
            return tr("not defined");
        return best ? tr("%1, best").arg(formatMetricValue(*value, row.entry.isCount))
                    : formatMetricValue(*value, row.entry.isCount);
    case Qt::ToolTipRole:
        if (best)
            return row.entry.smallerIsBetter ? tr("The smallest error of the jobs compared.")
                                             : tr("The best value of the jobs compared.");
        return {};
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole: return value ? QVariant(*value) : QVariant();
    case IsBestRole: return best;
    case KeyRole: return row.entry.key;
    default: return {};
    }
}

QVariant JobMetricsComparisonModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Metric (test split)")) : QVariant();
    const int job = section - 1;
    if (job < 0 || job >= m_jobs.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_jobs.at(job).name;
    if (role == Qt::ToolTipRole) {
        const JobMetricsDocument& document = m_jobs.at(job).document;
        return tr("%1\n%2, target %3")
            .arg(m_jobs.at(job).name, taskDisplayName(document.task), document.targetName);
    }
    return {};
}

int JobMetricsComparisonModel::rowOfKey(const QString& key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).entry.key == key)
            return row;
    }
    return -1;
}

QList<int> JobMetricsComparisonModel::bestColumns(int row) const
{
    QList<int> columns;
    if (row < 0 || row >= m_rows.size())
        return columns;
    for (qsizetype job = 0; job < m_rows.at(row).best.size(); ++job) {
        if (m_rows.at(row).best.at(job))
            columns << int(job) + 1;
    }
    return columns;
}

} // namespace winnow::models
