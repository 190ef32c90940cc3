#pragma once

#include <QTableView>

class QAction;

namespace winnow::ui {

// A read-only table whose cells copy as tab-separated text, with the column
// headers, so they paste into a spreadsheet: Ctrl+C copies the selected
// rows, the context menu also offers Copy All.
class CopyableTableView : public QTableView {
    Q_OBJECT

public:
    explicit CopyableTableView(QWidget* parent = nullptr);

    // The visible columns of the given rows (view order) as tab-separated
    // lines, headers first; every row when `rows` is empty.
    QString text(const QList<int>& rows = {}) const;

    QAction* copyAction() const { return m_copy; }
    QAction* copyAllAction() const { return m_copyAll; }

public slots:
    void copySelection();
    void copyAll();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QAction* m_copy;
    QAction* m_copyAll;
};

} // namespace winnow::ui
