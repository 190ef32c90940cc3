#pragma once

#include "models/job_metrics_document.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;

namespace winnow::models {
class JobMetricsFeatureModel;
}

namespace winnow::ui {

class CopyableTableView;
class PlaceholderStack;

// The columns the model reads, with their type, profile and importance;
// on request also the columns it does not read, and why.
class FeaturesTab : public QWidget {
    Q_OBJECT

public:
    explicit FeaturesTab(QWidget* parent = nullptr);

    void setDocument(std::shared_ptr<const models::JobMetricsDocument> document);
    void showPlaceholder(const QString& message);
    void setShowAllColumns(bool all);

    models::JobMetricsFeatureModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    CopyableTableView* tableView() const { return m_table; }
    PlaceholderStack* stack() const { return m_stack; }

private:
    models::JobMetricsFeatureModel* m_model;
    QSortFilterProxyModel* m_proxy;
    CopyableTableView* m_table;
    QLabel* m_summary;
    QCheckBox* m_showAll;
    PlaceholderStack* m_stack;
};

} // namespace winnow::ui
