#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;

namespace winnow::jobs {
class JobStore;
}
namespace winnow::models {
class CandidateListModel;
}

namespace winnow::ui {

class CopyableTableView;
class PlaceholderStack;

// A job's leaderboard: every candidate pipeline the search evaluated, best
// first and highlighted, sortable by any column, growing as the running
// job evaluates more.
class LeaderboardTab : public QWidget {
    Q_OBJECT

public:
    explicit LeaderboardTab(jobs::JobStore* store, QWidget* parent = nullptr);

    void setJobId(const QString& jobId);
    // While a job has no candidates yet, this says why ("The search has not started").
    void setEmptyMessage(const QString& message);
    // Sets the scoring direction, once metadata.json tells it.
    void setSmallerIsBetter(bool smallerIsBetter);

    models::CandidateListModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    CopyableTableView* tableView() const { return m_table; }
    PlaceholderStack* stack() const { return m_stack; }

private:
    void refresh();

    models::CandidateListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    CopyableTableView* m_table;
    QLabel* m_summary;
    PlaceholderStack* m_stack;
    QString m_emptyMessage;
};

} // namespace winnow::ui
