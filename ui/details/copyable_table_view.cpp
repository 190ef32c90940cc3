#include "ui/details/copyable_table_view.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

// Tabs and line breaks inside a cell would split it in a spreadsheet.
QString cleanCell(QString text)
{
    text.replace(u'\t', u' ');
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

CopyableTableView::CopyableTableView(QWidget* parent) : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);

    m_copy = new QAction(tr("&Copy"), this);
    m_copy->setObjectName(u"copyAction"_s);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copy, &QAction::triggered, this, &CopyableTableView::copySelection);
    addAction(m_copy);

    m_copyAll = new QAction(tr("Copy &All"), this);
    m_copyAll->setObjectName(u"copyAllAction"_s);
    connect(m_copyAll, &QAction::triggered, this, &CopyableTableView::copyAll);
    addAction(m_copyAll);
}

QString CopyableTableView::text(const QList<int>& rows) const
{
    const QAbstractItemModel* source = model();
    if (!source)
        return {};
    QList<int> columns;
    for (int visual = 0; visual < horizontalHeader()->count(); ++visual) {
        const int logical = horizontalHeader()->logicalIndex(visual);
        if (!isColumnHidden(logical))
            columns << logical;
    }
    QStringList lines;
    QStringList header;
    for (int column : std::as_const(columns))
        header << cleanCell(source->headerData(column, Qt::Horizontal).toString());
    lines << header.join(u'\t');
    QList<int> wanted = rows;
    if (wanted.isEmpty()) {
        for (int row = 0; row < source->rowCount(); ++row)
            wanted << row;
    }
    for (int row : std::as_const(wanted)) {
        QStringList cells;
        for (int column : std::as_const(columns))
            cells << cleanCell(source->index(row, column).data().toString());
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

void CopyableTableView::copySelection()
{
    if (!selectionModel() || !selectionModel()->hasSelection()) {
        copyAll();
        return;
    }
    QList<int> rows;
    const QModelIndexList selected = selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows << index.row();
    if (rows.isEmpty()) {
        const QModelIndexList cells = selectionModel()->selectedIndexes();
        for (const QModelIndex& index : cells) {
            if (!rows.contains(index.row()))
                rows << index.row();
        }
    }
    std::sort(rows.begin(), rows.end());
    QApplication::clipboard()->setText(text(rows));
}

void CopyableTableView::copyAll()
{
    QApplication::clipboard()->setText(text());
}

void CopyableTableView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    m_copy->setEnabled(model() && model()->rowCount() > 0);
    m_copyAll->setEnabled(model() && model()->rowCount() > 0);
    menu.addAction(m_copy);
    menu.addAction(m_copyAll);
    menu.exec(event->reason() == QContextMenuEvent::Mouse
                  ? event->globalPos()
                  : viewport()->mapToGlobal(visualRect(currentIndex()).center()));
    event->accept();
}

} // namespace winnow::ui
