#pragma once

#include "models/job_metrics_document.h"

#include <QAbstractTableModel>

namespace winnow::models {

// A confusion matrix as a table: one row per true class, one column per
// predicted class. Cells show row counts, or with setNormalized(true) each
// row's shares (every true class's rows adding up to 100 %). It is the
// table alternative to the heat map, for screen readers and copying.
class JobMetricsConfusionModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        CountRole = Qt::UserRole + 1, // qint64: rows of the true class predicted as this one
        ShareRole,                    // double: that count over the true class's rows
        SortRole,                     // the number shown, raw
    };

    explicit JobMetricsConfusionModel(QObject* parent = nullptr);

    void setMatrix(const ConfusionMatrix& matrix);
    const ConfusionMatrix& matrix() const { return m_matrix; }
    void setNormalized(bool normalized);
    bool isNormalized() const { return m_normalized; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ConfusionMatrix m_matrix;
    bool m_normalized = false;
};

} // namespace winnow::models
