#include "models/job_metrics_confusion_model.h"

#include <QLocale>

namespace winnow::models {

JobMetricsConfusionModel::JobMetricsConfusionModel(QObject* parent) : QAbstractTableModel(parent) {}

void JobMetricsConfusionModel::setMatrix(const ConfusionMatrix& matrix)
{
    beginResetModel();
    m_matrix = matrix;
    endResetModel();
}

void JobMetricsConfusionModel::setNormalized(bool normalized)
{
    if (normalized == m_normalized)
        return;
    m_normalized = normalized;
    if (m_matrix.size() > 0) {
        emit dataChanged(index(0, 0), index(m_matrix.size() - 1, m_matrix.size() - 1),
                         {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole, SortRole});
    }
}

int JobMetricsConfusionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_matrix.size();
}

int JobMetricsConfusionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_matrix.size();
}

QVariant JobMetricsConfusionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int truth = index.row();
    const int predicted = index.column();
    const qint64 count = m_matrix.count(truth, predicted);
    const double share = m_matrix.rowShare(truth, predicted);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        return m_normalized ? locale.toString(share * 100.0, 'f', 1) + locale.percent()
                            : locale.toString(count);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1 of %2 rows of class %3 predicted as %4 (%5 %)")
            .arg(locale.toString(count), locale.toString(m_matrix.rowTotal(truth)),
                 m_matrix.labels.at(truth), m_matrix.labels.at(predicted),
                 locale.toString(share * 100.0, 'f', 1));
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignCenter);
    case CountRole: return count;
    case ShareRole: return share;
    case SortRole: return m_normalized ? QVariant(share) : QVariant(count);
    default: return {};
    }
}

QVariant JobMetricsConfusionModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (section < 0 || section >= m_matrix.size())
        return {};
    const QString& label = m_matrix.labels.at(section);
    if (role == Qt::DisplayRole)
        return label;
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        return orientation == Qt::Vertical ? tr("True class %1").arg(label)
                                           : tr("Predicted class %1").arg(label);
    }
    return {};
}

} // namespace winnow::models
