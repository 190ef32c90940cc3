#pragma once

#include "models/job_metrics_document.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace winnow::models {
class JobMetricsTableModel;
}

namespace winnow::ui {

class CopyableTableView;
class PlaceholderStack;

// Every metric of a trained model, test and train side by side, with the
// search's own score above them; copies to the clipboard as a table.
class JobMetricsTab : public QWidget {
    Q_OBJECT

public:
    explicit JobMetricsTab(QWidget* parent = nullptr);

    void setDocument(std::shared_ptr<const models::JobMetricsDocument> document);
    void showPlaceholder(const QString& message);

    CopyableTableView* tableView() const { return m_table; }
    models::JobMetricsTableModel* model() const { return m_model; }
    PlaceholderStack* stack() const { return m_stack; }
    QString summaryText() const;

private:
    QLabel* m_summary;
    CopyableTableView* m_table;
    models::JobMetricsTableModel* m_model;
    PlaceholderStack* m_stack;
};

} // namespace winnow::ui
