#include "ui/history/job_filter_bar.h"

#include "models/job_filter_proxy_model.h"
#include "models/job_presentation.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

using jobs::JobStatus;

constexpr int kDefaultSearchDelayMs = 150;

constexpr JobStatus kStatuses[] = {JobStatus::Running, JobStatus::Pending, JobStatus::Finished,
                                   JobStatus::Failed,  JobStatus::Stopped, JobStatus::Interrupted,
                                   JobStatus::Unknown};

// A magnifying glass in the text colour, drawn so it is sharp at any scale
// and follows the theme.
QIcon searchIcon(const QPalette& palette, qreal devicePixelRatio)
{
    const int size = 16;
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor ink = palette.color(QPalette::Text);
    ink.setAlphaF(0.6);
    painter.setPen(QPen(ink, 1.6, Qt::SolidLine, Qt::RoundCap));
    painter.drawEllipse(QRectF(2.5, 2.5, 8.0, 8.0));
    painter.drawLine(QPointF(9.6, 9.6), QPointF(13.5, 13.5));
    return QIcon(pixmap);
}

} // namespace

JobFilterBar::JobFilterBar(models::JobFilterProxyModel* proxy, QWidget* parent)
    : QWidget(parent)
    , m_proxy(proxy)
{
    setObjectName(u"jobFilterBar"_s);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"jobSearchField"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->addAction(searchIcon(palette(), devicePixelRatioF()), QLineEdit::LeadingPosition);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kDefaultSearchDelayMs);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    // Clearing with the button or Escape applies at once.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            applySearchNow();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &JobFilterBar::applySearchNow);
    connect(&m_searchDelay, &QTimer::timeout, this, &JobFilterBar::applySearchNow);

    m_statusButton = new QToolButton(this);
    m_statusButton->setObjectName(u"jobStatusFilterButton"_s);
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_statusMenu = new QMenu(m_statusButton);
    m_statusMenu->setObjectName(u"jobStatusFilterMenu"_s);
    m_statusButton->setMenu(m_statusMenu);
    buildStatusMenu();

    m_dateCombo = new QComboBox(this);
    m_dateCombo->setObjectName(u"jobDateFilterCombo"_s);
    for (int i = 0; i <= int(DateRange::Custom); ++i)
        m_dateCombo->addItem(QString(), i);
    connect(m_dateCombo, &QComboBox::activated, this, [this](int row) {
        m_range = DateRange(m_dateCombo->itemData(row).toInt());
        applyDateRange();
    });

    const QDate today = QDate::currentDate();
    m_fromEdit = new QDateEdit(today.addDays(-30), this);
    m_fromEdit->setObjectName(u"jobDateFromEdit"_s);
    m_fromEdit->setCalendarPopup(true);
    m_toEdit = new QDateEdit(today, this);
    m_toEdit->setObjectName(u"jobDateToEdit"_s);
    m_toEdit->setCalendarPopup(true);
    m_toLabel = new QLabel(this);
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_range == DateRange::Custom)
                applyDateRange();
        });
    }

    m_clearButton = new QToolButton(this);
    m_clearButton->setObjectName(u"jobClearFiltersButton"_s);
    m_clearButton->setAutoRaise(true);
    m_clearButton->setVisible(false);
    connect(m_clearButton, &QToolButton::clicked, this, &JobFilterBar::clearFilters);

    m_count = new QLabel(this);
    m_count->setObjectName(u"jobCountLabel"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_statusButton);
    layout->addWidget(m_dateCombo);
    layout->addWidget(m_fromEdit);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_toEdit);
    layout->addWidget(m_clearButton);
    layout->addStretch(1);
    layout->addWidget(m_count);

    if (m_proxy) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
            connect(m_proxy, signal, this, &JobFilterBar::updateCount);
        }
        connect(m_proxy, &QAbstractItemModel::modelReset, this, &JobFilterBar::updateCount);
        connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &JobFilterBar::updateCount);
        connect(m_proxy, &models::JobFilterProxyModel::filtersChanged, this,
                &JobFilterBar::updateCount);
    }

    retranslateUi();
    applyDateRange();
}

void JobFilterBar::setSearchDelay(int milliseconds)
{
    m_searchDelay.setInterval(milliseconds);
}

void JobFilterBar::applySearchNow()
{
    m_searchDelay.stop();
    if (m_proxy && m_proxy->nameFilter() != m_search->text().trimmed()) {
        m_proxy->setNameFilter(m_search->text());
        emit filtersChanged();
    }
    updateCount();
}

void JobFilterBar::buildStatusMenu()
{
    m_statusMenu->clear();
    QAction* all = m_statusMenu->addAction(QString());
    all->setObjectName(u"allStatusesAction"_s);
    connect(all, &QAction::triggered, this, [this] { setStatuses({}); });
    m_statusMenu->addSeparator();
    for (JobStatus status : kStatuses) {
        QAction* action = m_statusMenu->addAction(QString());
        action->setObjectName(u"statusFilter%1Action"_s.arg(jobs::jobStatusText(status)));
        action->setCheckable(true);
        action->setData(int(status));
        action->setIcon([&] {
            QPixmap dot(QSize(12, 12) * devicePixelRatioF());
            dot.setDevicePixelRatio(devicePixelRatioF());
            dot.fill(Qt::transparent);
            QPainter painter(&dot);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(models::jobStatusColor(status));
            painter.drawEllipse(QRectF(2, 2, 8, 8));
            return QIcon(dot);
        }());
        connect(action, &QAction::toggled, this, &JobFilterBar::applyStatuses);
    }
}

QSet<JobStatus> JobFilterBar::statuses() const
{
    QSet<JobStatus> chosen;
    for (const QAction* action : m_statusMenu->actions()) {
        if (action->isCheckable() && action->isChecked())
            chosen.insert(JobStatus(action->data().toInt()));
    }
    return chosen;
}

void JobFilterBar::setStatuses(const QSet<JobStatus>& statuses)
{
    for (QAction* action : m_statusMenu->actions()) {
        if (!action->isCheckable())
            continue;
        const QSignalBlocker blocker(action);
        action->setChecked(statuses.contains(JobStatus(action->data().toInt())));
    }
    applyStatuses();
}

void JobFilterBar::applyStatuses()
{
    if (m_proxy)
        m_proxy->setStatusFilter(statuses());
    updateStatusButton();
    updateCount();
    emit filtersChanged();
}

void JobFilterBar::setDateRange(DateRange range)
{
    m_range = range;
    m_dateCombo->setCurrentIndex(m_dateCombo->findData(int(range)));
    applyDateRange();
}

void JobFilterBar::setCustomDates(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker blockFrom(m_fromEdit);
        const QSignalBlocker blockTo(m_toEdit);
        m_fromEdit->setDate(from);
        m_toEdit->setDate(to);
    }
    setDateRange(DateRange::Custom);
}

void JobFilterBar::applyDateRange()
{
    const QDate today = QDate::currentDate();
    QDate from;
    QDate to;
    switch (m_range) {
    case DateRange::AnyTime: break;
    case DateRange::Today: from = today; break;
    case DateRange::Last7Days: from = today.addDays(-6); break;
    case DateRange::Last30Days: from = today.addDays(-29); break;
    case DateRange::ThisYear: from = QDate(today.year(), 1, 1); break;
    case DateRange::Custom:
        from = m_fromEdit->date();
        to = m_toEdit->date();
        break;
    }
    const bool custom = m_range == DateRange::Custom;
    m_fromEdit->setVisible(custom);
    m_toLabel->setVisible(custom);
    m_toEdit->setVisible(custom);
    if (m_proxy)
        m_proxy->setCreatedRange(from, to);
    updateCount();
    emit filtersChanged();
}

void JobFilterBar::clearFilters()
{
    m_search->clear();
    applySearchNow();
    setStatuses({});
    setDateRange(DateRange::AnyTime);
}

void JobFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void JobFilterBar::updateStatusButton()
{
    const QSet<JobStatus> chosen = statuses();
    if (chosen.isEmpty()) {
        m_statusButton->setText(tr("All Statuses"));
        return;
    }
    QStringList names;
    for (JobStatus status : kStatuses) {
        if (chosen.contains(status))
            names << (status == JobStatus::Unknown ? tr("Other")
                                                   : models::jobStatusLabel(status, {}));
    }
    m_statusButton->setText(names.size() <= 2 ? names.join(u", "_s)
                                              : tr("%n Statuses", nullptr, int(names.size())));
}

void JobFilterBar::updateCount()
{
    if (!m_proxy)
        return;
    const int shown = m_proxy->rowCount();
    const int total = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : shown;
    const bool filtered = m_proxy->hasActiveFilters();
    m_clearButton->setVisible(filtered);
    const QLocale locale;
    m_count->setText(filtered ? tr("%1 of %Ln job(s)", nullptr, total).arg(locale.toString(shown))
                              : tr("%Ln job(s)", nullptr, shown));
}

void JobFilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search jobs by name or data"));
    m_search->setAccessibleName(tr("Search jobs"));
    m_search->setToolTip(
        tr("Show only jobs whose name or data contains this text (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_statusButton->setAccessibleName(tr("Status filter"));
    m_statusButton->setToolTip(tr("Show only jobs in the chosen statuses"));
    const QList<QAction*> actions = m_statusMenu->actions();
    for (QAction* action : actions) {
        if (action->objectName() == u"allStatusesAction"_s)
            action->setText(tr("Show All Statuses"));
        else if (action->isCheckable()) {
            const auto status = JobStatus(action->data().toInt());
            action->setText(status == JobStatus::Unknown ? tr("Other (reported by a service)")
                                                         : models::jobStatusLabel(status, {}));
        }
    }
    updateStatusButton();

    const QStringList ranges{tr("Any Time"),     tr("Today"),     tr("Last 7 Days"),
                             tr("Last 30 Days"), tr("This Year"), tr("Custom Range…")};
    for (int i = 0; i < ranges.size(); ++i)
        m_dateCombo->setItemText(i, ranges.at(i));
    m_dateCombo->setAccessibleName(tr("Created"));
    m_dateCombo->setToolTip(tr("Show only jobs created in this period"));
    m_fromEdit->setAccessibleName(tr("Created from"));
    m_toEdit->setAccessibleName(tr("Created until"));
    m_toLabel->setText(tr("to"));
    m_clearButton->setText(tr("Clear Filters"));
    m_clearButton->setToolTip(tr("Show every job again"));
    updateCount();
}

void JobFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace winnow::ui
