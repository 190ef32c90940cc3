#include "ui/history/job_history_view.h"

#include "models/job_filter_proxy_model.h"
#include "ui/history/job_filter_bar.h"
#include "ui/history/job_table_view.h"

#include <QAction>
#include <QEvent>
#include <QFrame>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace winnow::ui {

JobHistoryView::JobHistoryView(models::JobFilterProxyModel* proxy, QWidget* parent)
    : QWidget(parent)
    , m_proxy(proxy)
{
    setObjectName(u"jobHistoryView"_s);
    m_filterBar = new JobFilterBar(proxy, this);
    m_table = new JobTableView(this);
    m_table->setModel(proxy);

    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(rule);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);

    auto* find = new QAction(this);
    find->setObjectName(u"findJobAction"_s);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, m_filterBar, &JobFilterBar::focusSearch);
    addAction(find);
    // Down from the search box goes to the jobs it found.
    setTabOrder(m_filterBar->searchField(), m_table);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy, signal, this, &JobHistoryView::updatePlaceholder);
    connect(proxy, &QAbstractItemModel::modelReset, this, &JobHistoryView::updatePlaceholder);
    connect(proxy, &models::JobFilterProxyModel::filtersChanged, this,
            &JobHistoryView::updatePlaceholder);
    updatePlaceholder();
}

void JobHistoryView::updatePlaceholder()
{
    if (m_proxy->rowCount() > 0) {
        m_table->setPlaceholderText(QString());
        return;
    }
    const bool filtered = m_proxy->hasActiveFilters();
    m_table->setPlaceholderText(filtered ? tr("No jobs match the filters.\nClear the search or "
                                              "choose other statuses or dates to see more.")
                                         : tr("No jobs here yet."));
}

void JobHistoryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        updatePlaceholder();
    QWidget::changeEvent(event);
}

} // namespace winnow::ui
