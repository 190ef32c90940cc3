#pragma once

#include <QWidget>

namespace winnow::models {
class JobFilterProxyModel;
}

namespace winnow::ui {

class JobFilterBar;
class JobTableView;

// The history of jobs: the filter bar over the job table. When filters hide
// every job the table says so; Ctrl+F goes to the search box.
class JobHistoryView : public QWidget {
    Q_OBJECT

public:
    explicit JobHistoryView(models::JobFilterProxyModel* proxy, QWidget* parent = nullptr);

    JobTableView* table() const { return m_table; }
    JobFilterBar* filterBar() const { return m_filterBar; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void updatePlaceholder();

    models::JobFilterProxyModel* m_proxy;
    JobFilterBar* m_filterBar = nullptr;
    JobTableView* m_table = nullptr;
};

} // namespace winnow::ui
