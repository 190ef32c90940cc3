#pragma once

#include <QPointer>
#include <QTableView>
#include <QTimer>

#include <functional>

class QMenu;

namespace winnow::ui {

class JobStatusDelegate;

// The history table: one row per job, over a JobFilterProxyModel. Rows are
// selected whole, several at once; Enter or a double click opens a job.
// The header's context menu hides and shows columns; the columns' widths,
// order, visibility and the sort order are kept in QSettings between runs.
//
// CSV files dragged over the table are its to take: dropped on a job that
// can predict, they are for that job's model (csvFilesDroppedOnJob);
// anywhere else, they start a new job (csvFilesDropped), as on the rest of
// the window.
class JobTableView : public QTableView {
    Q_OBJECT

public:
    explicit JobTableView(QWidget* parent = nullptr);
    ~JobTableView() override;

    void setModel(QAbstractItemModel* model) override;

    // Where the column layout is kept in QSettings; restores it from there
    // (or the default layout) at once.
    void setSettingsGroup(const QString& group);
    void saveColumns() const;
    void resetColumns();

    // The selected jobs, in the order the table shows them.
    QStringList selectedJobIds() const;
    QString currentJobId() const;
    // Makes job `id` current and the only one selected, scrolling to it.
    // Returns false when the job is not shown.
    bool selectJob(const QString& id);

    // The actions of a row's context menu, in order; nullptr for a separator.
    void setContextActions(const QList<QAction*>& actions);
    // Which jobs take CSV files dropped on their row, to predict; none
    // unless set.
    using PredictDropTest = std::function<bool(const QString& jobId)>;
    void setPredictDropTest(PredictDropTest test);
    // The job whose row a drag is over and would predict; empty otherwise.
    QString dropTargetJobId() const { return m_dropJobId; }

    // What the empty table says (e.g. "No jobs match the filters").
    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return m_placeholder; }

    JobStatusDelegate* statusDelegate() const { return m_statusDelegate; }
    // The header's menu of columns, built when shown; for tests.
    QMenu* createColumnMenu();

signals:
    void openRequested(const QString& id);
    // CSV files dropped on the row of job `id`, which predicts.
    void csvFilesDroppedOnJob(const QString& id, const QStringList& paths);
    // CSV files dropped elsewhere on the table.
    void csvFilesDropped(const QStringList& paths);
    // The set of selected jobs changed, by the user or because a selected
    // job left the view.
    void selectedJobsChanged();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void selectionChanged(const QItemSelection& selected,
                          const QItemSelection& deselected) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void applyDefaultColumns();
    void restoreColumns();
    void scheduleSave();
    void updateRowHeight();
    // Follows a drag to the row under `position` (viewport coordinates).
    void updateDropTarget(const QPoint& position);
    void paintDropHint(QPainter& painter);

    JobStatusDelegate* m_statusDelegate = nullptr;
    QList<QPointer<QAction>> m_contextActions;
    QString m_settingsGroup;
    QString m_placeholder;
    QTimer m_saveTimer;
    bool m_restoring = false;
    PredictDropTest m_predictDropTest;
    bool m_dragging = false; // CSV files are being dragged over the table
    QString m_dropJobId;
};

} // namespace winnow::ui
