#pragma once

#include "jobs/job.h"

#include <QDate>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace winnow::models {
class JobFilterProxyModel;
}

namespace winnow::ui {

// The row above the job table that narrows it down: a search box (applied
// a moment after the last keystroke, so typing stays fluid over a long
// history), a menu of statuses, and a creation date range with the usual
// presets. It drives a JobFilterProxyModel and shows how many jobs are left.
class JobFilterBar : public QWidget {
    Q_OBJECT

public:
    enum class DateRange { AnyTime, Today, Last7Days, Last30Days, ThisYear, Custom };
    Q_ENUM(DateRange)

    explicit JobFilterBar(models::JobFilterProxyModel* proxy, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    // How long the search waits after a keystroke.
    void setSearchDelay(int milliseconds);
    // Applies a pending search at once; for tests.
    void applySearchNow();

    void setStatuses(const QSet<jobs::JobStatus>& statuses);
    QSet<jobs::JobStatus> statuses() const;
    void setDateRange(DateRange range);
    void setCustomDates(const QDate& from, const QDate& to);
    DateRange dateRange() const { return m_range; }

    // Empties the search, every status and the date range.
    void clearFilters();
    // Puts the keyboard focus in the search box, selecting what is there.
    void focusSearch();

signals:
    void filtersChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void buildStatusMenu();
    void applyStatuses();
    void applyDateRange();
    void updateStatusButton();
    void updateCount();

    QPointer<models::JobFilterProxyModel> m_proxy;
    QLineEdit* m_search = nullptr;
    QTimer m_searchDelay;
    QToolButton* m_statusButton = nullptr;
    QMenu* m_statusMenu = nullptr;
    QComboBox* m_dateCombo = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QDateEdit* m_toEdit = nullptr;
    QLabel* m_toLabel = nullptr;
    QToolButton* m_clearButton = nullptr;
    QLabel* m_count = nullptr;
    DateRange m_range = DateRange::AnyTime;
};

} // namespace winnow::ui
