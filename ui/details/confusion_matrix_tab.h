#pragma once

#include "models/job_metrics_document.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QStackedWidget;

namespace winnow::models {
class JobMetricsConfusionModel;
}

namespace winnow::ui {

class ConfusionMatrixHeatMap;
class CopyableTableView;
class PlaceholderStack;
class SplitComboBox;

// The confusion matrix of a classification: a heat map, or the same numbers
// as a table; counts or shares of each true class; test or train rows.
class ConfusionMatrixTab : public QWidget {
    Q_OBJECT

public:
    explicit ConfusionMatrixTab(QWidget* parent = nullptr);

    void setDocument(std::shared_ptr<const models::JobMetricsDocument> document);
    void showPlaceholder(const QString& message);
    void setSplit(models::DataSplit split);
    void setNormalized(bool normalized);
    void setShowTable(bool table);

    ConfusionMatrixHeatMap* heatMap() const { return m_heatMap; }
    CopyableTableView* tableView() const { return m_table; }
    models::JobMetricsConfusionModel* model() const { return m_model; }
    PlaceholderStack* stack() const { return m_stack; }

signals:
    void splitChanged(winnow::models::DataSplit split);

private:
    void refresh();

    std::shared_ptr<const models::JobMetricsDocument> m_document;
    models::DataSplit m_split = models::DataSplit::Test;
    QLabel* m_caption;
    QCheckBox* m_normalized;
    QCheckBox* m_asTable;
    SplitComboBox* m_splitBox;
    QStackedWidget* m_views;
    ConfusionMatrixHeatMap* m_heatMap;
    CopyableTableView* m_table;
    models::JobMetricsConfusionModel* m_model;
    PlaceholderStack* m_stack;
};

} // namespace winnow::ui
