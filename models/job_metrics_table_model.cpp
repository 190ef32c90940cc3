#include "models/job_metrics_table_model.h"

#include <QLocale>

namespace winnow::models {

JobMetricsTableModel::JobMetricsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void JobMetricsTableModel::setDocument(const JobMetricsDocument& document)
{
    QList<Row> rows;
    const QList<MetricEntry> test =
        metricEntries(document.test.metrics, document.task, document.labels);
    for (const MetricEntry& entry : test)
        rows.append({entry, true, false, entry.value, std::nullopt});
    const QList<MetricEntry> train =
        metricEntries(document.train.metrics, document.task, document.labels);
    for (const MetricEntry& entry : train) {
        auto found = std::find_if(rows.begin(), rows.end(),
                                  [&](const Row& row) { return row.entry.key == entry.key; });
        if (found == rows.end()) {
            rows.append({entry, false, true, std::nullopt, entry.value});
        } else {
            found->inTrain = true;
            found->train = entry.value;
        }
    }
    // A new document is a new table: a reset, not an update of the old one.
    beginResetModel();
    m_rows = std::move(rows);
    m_testRows = document.rowCount(DataSplit::Test);
    m_trainRows = document.rowCount(DataSplit::Train);
    endResetModel();
}

void JobMetricsTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_testRows.reset();
    m_trainRows.reset();
    endResetModel();
}

int JobMetricsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobMetricsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobMetricsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const bool isValueColumn = index.column() != MetricColumn;
    const bool present = index.column() == TestColumn ? row.inTest : row.inTrain;
    const std::optional<double>& value = index.column() == TestColumn ? row.test : row.train;

    switch (role) {
    case Qt::DisplayRole:
        if (!isValueColumn)
            return row.entry.name;
        if (!present)
            return QString();
        return value ? formatMetricValue(*value, row.entry.isCount) : tr("—");
    case Qt::ToolTipRole:
        if (!isValueColumn)
            return row.entry.description.isEmpty() ? QVariant() : QVariant(row.entry.description);
        if (present && !value)
            return tr("Not defined on this split: it holds rows of a single class.");
        return {};
    case Qt::AccessibleTextRole:
        if (isValueColumn && present && !value)
            return tr("not defined");
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return isValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        if (!isValueColumn)
            return row.entry.name;
        return value ? QVariant(*value) : QVariant();
    case KeyRole: return row.entry.key;
    default: return {};
    }
}

QVariant JobMetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (section) {
        case MetricColumn: return tr("Metric");
        case TestColumn:
            return m_testRows ? tr("Test (%1 rows)").arg(locale.toString(*m_testRows)) : tr("Test");
        case TrainColumn:
            return m_trainRows ? tr("Train (%1 rows)").arg(locale.toString(*m_trainRows))
                               : tr("Train");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TestColumn: return tr("Rows held out from training and from the search.");
        case TrainColumn:
            return tr("Rows the final model was fitted on. Much better numbers here than on "
                      "the test split suggest over-fitting.");
        default: return {};
        }
    }
    return {};
}

int JobMetricsTableModel::rowOfKey(const QString& key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).entry.key == key)
            return row;
    }
    return -1;
}

} // namespace winnow::models
