#pragma once

#include "models/job_metrics_document.h"
#include "models/job_metrics_rows.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace winnow::models {

// A trained model's metrics on the test and the train split side by side:
// one row per number in metadata.json's metrics and trainMetrics (per-class
// values and confusion counts each on their own row), in a reading order.
class JobMetricsTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { MetricColumn, TestColumn, TrainColumn, ColumnCount };
    enum Role {
        // The number as a double (an invalid QVariant when undefined), or
        // the metric's name: what a sort proxy compares.
        SortRole = Qt::UserRole + 1,
        // The entry's key, e.g. "precision:yes".
        KeyRole,
    };

    explicit JobMetricsTableModel(QObject* parent = nullptr);

    void setDocument(const JobMetricsDocument& document);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The row of an entry key, or -1.
    int rowOfKey(const QString& key) const;

private:
    struct Row {
        MetricEntry entry; // names and kind, from whichever split has it
        bool inTest = false;
        bool inTrain = false;
        std::optional<double> test;
        std::optional<double> train;
    };

    QList<Row> m_rows;
    std::optional<qint64> m_testRows;
    std::optional<qint64> m_trainRows;
};

} // namespace winnow::models
