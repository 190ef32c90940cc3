#include "ui/history/job_table_view.h"

#include "models/job_list_model.h"
#include "ui/csv_drop.h"
#include "ui/history/job_status_delegate.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

using models::JobListModel;

// Bumped when the columns change so much that a saved layout would restore
// them wrongly; an older layout is then ignored.
constexpr int kColumnsVersion = 1;
const QString kHeaderStateKey = u"headerState"_s;
const QString kColumnsVersionKey = u"columnsVersion"_s;
constexpr int kSaveDelayMs = 400;

struct ColumnDefault {
    JobListModel::Column column;
    int width;
    bool visible;
};

// Widths in average characters, so the layout scales with the font.
constexpr ColumnDefault kDefaults[] = {
    {JobListModel::Name, 30, true},      {JobListModel::FeatureTable, 18, true},
    {JobListModel::Target, 13, true},    {JobListModel::Task, 13, true},
    {JobListModel::Scoring, 9, true},    {JobListModel::Status, 34, true},
    {JobListModel::BestScore, 11, true}, {JobListModel::Created, 17, true},
    {JobListModel::Updated, 17, false},  {JobListModel::Duration, 12, true},
    {JobListModel::Backend, 15, false},
};

} // namespace

JobTableView::JobTableView(QWidget* parent) : QTableView(parent)
{
    setObjectName(u"jobTableView"_s);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setTextElideMode(Qt::ElideRight);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setFrameShape(QFrame::NoFrame);
    setTabKeyNavigation(false);
    setMouseTracking(true);

    verticalHeader()->setVisible(false);
    // Fixed row heights let the view lay out a long history without
    // measuring every row.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    updateRowHeight();

    QHeaderView* header = horizontalHeader();
    header->setObjectName(u"jobTableHeader"_s);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicatorShown(true);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu* menu = createColumnMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(horizontalHeader()->viewport()->mapToGlobal(pos));
    });

    m_statusDelegate = new JobStatusDelegate(this);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &JobTableView::saveColumns);
    connect(header, &QHeaderView::sectionResized, this, &JobTableView::scheduleSave);
    connect(header, &QHeaderView::sectionMoved, this, &JobTableView::scheduleSave);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &JobTableView::scheduleSave);

    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(JobListModel::JobIdRole).toString();
        if (!id.isEmpty())
            emit openRequested(id);
    });
}

JobTableView::~JobTableView()
{
    if (m_saveTimer.isActive())
        saveColumns();
}

void JobTableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    setItemDelegateForColumn(JobListModel::Status, m_statusDelegate);
    if (m_settingsGroup.isEmpty())
        applyDefaultColumns();
    else
        restoreColumns();
}

void JobTableView::setSettingsGroup(const QString& group)
{
    m_settingsGroup = group;
    if (model())
        restoreColumns();
}

void JobTableView::applyDefaultColumns()
{
    if (!model())
        return;
    m_restoring = true;
    QHeaderView* header = horizontalHeader();
    const int characterWidth = fontMetrics().averageCharWidth();
    for (const ColumnDefault& column : kDefaults) {
        if (column.column >= header->count())
            continue;
        header->moveSection(header->visualIndex(column.column), column.column);
        header->resizeSection(column.column, column.width * characterWidth);
        header->setSectionHidden(column.column, !column.visible);
    }
    sortByColumn(JobListModel::Created, Qt::DescendingOrder);
    setSortingEnabled(true);
    m_restoring = false;
}

void JobTableView::restoreColumns()
{
    if (!model())
        return;
    applyDefaultColumns();
    if (m_settingsGroup.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(m_settingsGroup);
    if (settings.value(kColumnsVersionKey).toInt() != kColumnsVersion)
        return;
    m_restoring = true;
    QHeaderView* header = horizontalHeader();
    if (header->restoreState(settings.value(kHeaderStateKey).toByteArray())) {
        // The name column always shows: without it a row says nothing.
        header->setSectionHidden(JobListModel::Name, false);
        sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    } else {
        m_restoring = false;
        applyDefaultColumns();
    }
    m_restoring = false;
}

void JobTableView::saveColumns() const
{
    if (m_settingsGroup.isEmpty() || !model())
        return;
    QSettings settings;
    settings.beginGroup(m_settingsGroup);
    settings.setValue(kColumnsVersionKey, kColumnsVersion);
    settings.setValue(kHeaderStateKey, horizontalHeader()->saveState());
}

void JobTableView::resetColumns()
{
    applyDefaultColumns();
    saveColumns();
}

void JobTableView::scheduleSave()
{
    if (!m_restoring)
        m_saveTimer.start();
}

QMenu* JobTableView::createColumnMenu()
{
    auto* menu = new QMenu(this);
    menu->setObjectName(u"jobColumnsMenu"_s);
    menu->setTitle(tr("Columns"));
    QHeaderView* header = horizontalHeader();
    // In the order the columns show.
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        const QString title = model() ? model()->headerData(column, Qt::Horizontal).toString()
                                      : QString::number(column);
        QAction* toggle = menu->addAction(title);
        toggle->setObjectName(u"showColumn%1Action"_s.arg(column));
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        toggle->setEnabled(column != JobListModel::Name);
        connect(toggle, &QAction::toggled, this, [this, column](bool shown) {
            horizontalHeader()->setSectionHidden(column, !shown);
            if (shown && horizontalHeader()->sectionSize(column) < 40)
                horizontalHeader()->resizeSection(column, 12 * fontMetrics().averageCharWidth());
            scheduleSave();
        });
    }
    menu->addSeparator();
    QAction* reset = menu->addAction(tr("Reset Columns"));
    reset->setObjectName(u"resetColumnsAction"_s);
    connect(reset, &QAction::triggered, this, &JobTableView::resetColumns);
    return menu;
}

QStringList JobTableView::selectedJobIds() const
{
    if (!selectionModel())
        return {};
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex& row : std::as_const(rows))
        ids << row.data(JobListModel::JobIdRole).toString();
    return ids;
}

QString JobTableView::currentJobId() const
{
    return currentIndex().data(JobListModel::JobIdRole).toString();
}

bool JobTableView::selectJob(const QString& id)
{
    if (!model())
        return false;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, JobListModel::Name);
        if (index.data(JobListModel::JobIdRole).toString() == id) {
            selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
            scrollTo(index);
            return true;
        }
    }
    return false;
}

void JobTableView::setContextActions(const QList<QAction*>& actions)
{
    m_contextActions.clear();
    for (QAction* action : actions)
        m_contextActions << action;
}

void JobTableView::setPlaceholderText(const QString& text)
{
    if (m_placeholder == text)
        return;
    m_placeholder = text;
    viewport()->update();
}

void JobTableView::contextMenuEvent(QContextMenuEvent* event)
{
    // A right click on a row outside the selection acts on that row.
    const QModelIndex index = indexAt(event->pos());
    if (event->reason() == QContextMenuEvent::Mouse) {
        if (!index.isValid())
            return;
        if (!selectionModel()->isRowSelected(index.row(), index.parent())) {
            selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
        }
    } else if (selectionModel()->selectedRows().isEmpty()) {
        return;
    }
    QMenu menu(this);
    menu.setObjectName(u"jobContextMenu"_s);
    for (const QPointer<QAction>& action : std::as_const(m_contextActions)) {
        if (!action)
            menu.addSeparator();
        else
            menu.addAction(action);
    }
    QPoint position = event->globalPos();
    if (event->reason() != QContextMenuEvent::Mouse && currentIndex().isValid())
        position = viewport()->mapToGlobal(visualRect(currentIndex()).center());
    menu.exec(position);
}

void JobTableView::setPredictDropTest(PredictDropTest test)
{
    m_predictDropTest = std::move(test);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    // The table takes files, never rows: no internal moves.
    setDragDropMode(QAbstractItemView::DropOnly);
    setDropIndicatorShown(false);
}

void JobTableView::dragEnterEvent(QDragEnterEvent* event)
{
    if (csvFilesIn(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    m_dragging = true;
    event->acceptProposedAction();
    updateDropTarget(event->position().toPoint());
}

void JobTableView::dragMoveEvent(QDragMoveEvent* event)
{
    if (!m_dragging) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    updateDropTarget(event->position().toPoint());
}

void JobTableView::dragLeaveEvent(QDragLeaveEvent* event)
{
    m_dragging = false;
    m_dropJobId.clear();
    viewport()->update();
    event->accept();
}

void JobTableView::dropEvent(QDropEvent* event)
{
    const QStringList files = csvFilesIn(event->mimeData());
    updateDropTarget(event->position().toPoint());
    const QString target = m_dropJobId;
    m_dragging = false;
    m_dropJobId.clear();
    viewport()->update();
    if (files.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    if (!target.isEmpty())
        emit csvFilesDroppedOnJob(target, files);
    else
        emit csvFilesDropped(files);
}

void JobTableView::updateDropTarget(const QPoint& position)
{
    QString id;
    const QModelIndex index = indexAt(position);
    if (index.isValid() && m_predictDropTest) {
        const QString candidate = index.siblingAtColumn(0).data(JobListModel::JobIdRole).toString();
        if (!candidate.isEmpty() && m_predictDropTest(candidate))
            id = candidate;
    }
    if (id != m_dropJobId) {
        m_dropJobId = id;
        viewport()->update();
    }
}

void JobTableView::paintDropHint(QPainter& painter)
{
    const QColor accent = palette().color(QPalette::Highlight);
    // Darker than the selection, so the frame shows around a selected row.
    painter.setPen(QPen(accent.darker(160), 2));
    QRect area = viewport()->rect().adjusted(1, 1, -2, -2);
    QString hint = tr("Drop to start a new job");
    if (!m_dropJobId.isEmpty() && model()) {
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QModelIndex index = model()->index(row, 0);
            if (index.data(JobListModel::JobIdRole).toString() != m_dropJobId)
                continue;
            area = visualRect(index).united(
                visualRect(model()->index(row, model()->columnCount() - 1)));
            area.setLeft(0);
            area.setRight(viewport()->width() - 2);
            hint = tr("Drop to predict with this job's model");
            break;
        }
    }
    painter.drawRect(area);
    // The caption sits in the bottom-right corner, clear of the rows.
    const QFontMetrics metrics(font());
    QRect caption = metrics.boundingRect(hint).adjusted(-8, -4, 8, 4);
    caption.moveBottomRight(viewport()->rect().bottomRight() - QPoint(8, 8));
    painter.fillRect(caption, accent);
    painter.setPen(palette().color(QPalette::HighlightedText));
    painter.drawText(caption, Qt::AlignCenter, hint);
}

void JobTableView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    if (m_dragging) {
        QPainter painter(viewport());
        paintDropHint(painter);
    }
    if (m_placeholder.isEmpty() || !model() || model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    QColor color = palette().color(QPalette::PlaceholderText);
    painter.setPen(color);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    painter.setFont(font);
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    painter.drawText(
        QRect(area.left(), area.top() + area.height() / 4, area.width(), area.height() / 2),
        Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
}

void JobTableView::selectionChanged(const QItemSelection& selected,
                                    const QItemSelection& deselected)
{
    QTableView::selectionChanged(selected, deselected);
    emit selectedJobsChanged();
}

void JobTableView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateRowHeight();
    QTableView::changeEvent(event);
}

void JobTableView::updateRowHeight()
{
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 18);
    verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 4);
}

} // namespace winnow::ui
