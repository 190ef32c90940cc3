#include "ui/history/backend_sidebar.h"

#include "models/backend_list_model.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

using models::BackendListModel;

constexpr int kRowHeight = 34;
constexpr int kPadding = 8;
constexpr int kIconSize = 18;

QColor mixed(const QColor& base, const QColor& tint, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * amount,
                            base.greenF() + (tint.greenF() - base.greenF()) * amount,
                            base.blueF() + (tint.blueF() - base.blueF()) * amount);
}

// A stand-in drawn when the icon theme has no icon for a backend: a screen
// for this computer, a stack of disks for a service, lines for All jobs.
void paintFallbackIcon(QPainter* painter, const QRectF& box, const QModelIndex& index,
                       const QColor& ink)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(ink, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    const QString id = index.data(BackendListModel::BackendIdRole).toString();
    const QRectF r = box.adjusted(2, 2, -2, -2);
    if (id.isEmpty()) {
        for (int i = 0; i < 3; ++i) {
            const qreal y = r.top() + 3 + i * (r.height() - 6) / 2.0;
            painter->drawLine(QPointF(r.left() + 1, y), QPointF(r.right() - 1, y));
        }
    } else if (id == jobs::localBackendId()) {
        const QRectF screen(r.left(), r.top() + 1, r.width(), r.height() * 0.62);
        painter->drawRoundedRect(screen, 1.5, 1.5);
        painter->drawLine(QPointF(r.center().x(), screen.bottom()),
                          QPointF(r.center().x(), r.bottom() - 1));
        painter->drawLine(QPointF(r.left() + r.width() * 0.28, r.bottom() - 0.5),
                          QPointF(r.right() - r.width() * 0.28, r.bottom() - 0.5));
    } else {
        const qreal h = r.height() / 3.0;
        for (int i = 0; i < 3; ++i)
            painter->drawRoundedRect(QRectF(r.left(), r.top() + i * h + 0.5, r.width(), h - 1.5),
                                     1.5, 1.5);
    }
    painter->restore();
}

} // namespace

void BackendItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QString name = item.text;
    const QIcon icon = item.icon;
    item.text.clear();
    item.icon = QIcon();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette& palette = option.palette;
    const QColor ink = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QRect area = option.rect.adjusted(kPadding, 0, -kPadding, 0);

    const QRectF iconBox(area.left(), area.center().y() - kIconSize / 2.0 + 0.5, kIconSize,
                         kIconSize);
    if (!icon.isNull()) {
        icon.paint(painter, iconBox.toRect(), Qt::AlignCenter,
                   selected ? QIcon::Selected : QIcon::Normal);
    } else {
        QColor iconInk = ink;
        iconInk.setAlphaF(0.7);
        paintFallbackIcon(painter, iconBox, index, iconInk);
    }
    area.setLeft(area.left() + kIconSize + 10);

    // The count, in a soft pill on the right.
    const QLocale locale;
    const int jobs = index.data(BackendListModel::JobCountRole).toInt();
    const int running = index.data(BackendListModel::RunningCountRole).toInt();
    QFont countFont = option.font;
    countFont.setPointSizeF(option.font.pointSizeF() * 0.88);
    const QFontMetrics countMetrics(countFont);
    const QString count = locale.toString(jobs);
    const int pillWidth = countMetrics.horizontalAdvance(count) + 14 + (running > 0 ? 10 : 0);
    const int pillHeight = countMetrics.height() + 4;
    const QRectF pill(area.right() - pillWidth, area.center().y() - pillHeight / 2.0 + 0.5,
                      pillWidth, pillHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor background = palette.color(selected ? QPalette::Highlight : QPalette::Base);
    QPainterPath path;
    path.addRoundedRect(pill, pillHeight / 2.0, pillHeight / 2.0);
    painter->fillPath(path, mixed(background, ink, selected ? 0.22 : 0.08));
    QRectF countRect = pill.adjusted(7, 0, -7, 0);
    if (running > 0) {
        // A dot in the running colour says work is going on there.
        const QColor runningColor(0x2f, 0x80, 0xed);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? ink : runningColor);
        painter->drawEllipse(QRectF(countRect.left(), pill.center().y() - 3, 6, 6));
        countRect.setLeft(countRect.left() + 10);
    }
    painter->setFont(countFont);
    QColor countInk = ink;
    countInk.setAlphaF(selected ? 1.0 : 0.75);
    painter->setPen(countInk);
    painter->drawText(countRect, Qt::AlignCenter, count);
    painter->restore();

    painter->save();
    QFont nameFont = option.font;
    if (index.data(BackendListModel::IsAllJobsRole).toBool())
        nameFont.setWeight(QFont::DemiBold);
    painter->setFont(nameFont);
    QColor nameInk = ink;
    if (!index.data(BackendListModel::IsConfiguredRole).toBool() && !selected)
        nameInk.setAlphaF(0.6);
    painter->setPen(nameInk);
    const QRect nameRect(area.left(), area.top(), int(pill.left()) - area.left() - 8,
                         area.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->restore();
}

QSize BackendItemDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), kRowHeight));
    return size;
}

BackendSidebar::BackendSidebar(models::BackendListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"backendSidebar"_s);

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"backendSidebarHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 0.85);
    headingFont.setWeight(QFont::DemiBold);
    headingFont.setCapitalization(QFont::AllUppercase);
    m_heading->setFont(headingFont);
    m_heading->setForegroundRole(QPalette::PlaceholderText);
    m_heading->setContentsMargins(4, 0, 0, 0);

    m_list = new QListView(this);
    m_list->setObjectName(u"backendListView"_s);
    m_list->setModel(model);
    m_list->setItemDelegate(new BackendItemDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_heading->setBuddy(m_list);

    // One surface from the heading down, in the colour of lists.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 14, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                const QString id = current.data(BackendListModel::BackendIdRole).toString();
                if (id == m_current)
                    return;
                m_current = id;
                emit backendChosen(id);
            });
    // A backend that leaves (a service removed) gives way to All jobs.
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_model->rowOf(m_current) < 0)
            setCurrentBackendId(QString());
    });
    setCurrentBackendId(QString());
    retranslateUi();
}

QString BackendSidebar::currentBackendId() const
{
    return m_current;
}

void BackendSidebar::setCurrentBackendId(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_list->selectionModel()->setCurrentIndex(m_model->index(row),
                                              QItemSelectionModel::ClearAndSelect);
    if (m_current != id) {
        m_current = id;
        emit backendChosen(id);
    }
}

void BackendSidebar::retranslateUi()
{
    m_heading->setText(tr("Backends"));
    m_list->setAccessibleName(tr("Backends"));
}

void BackendSidebar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace winnow::ui
